/* Run by booklet-structure.test.ts in a new Node process: prints the SHA-256 of a fixture's booklet. */
import crypto from 'node:crypto';
import { BookletRequest } from '../../../shared/contract/booklets';
import { renderBooklet } from '../../../electron/pdf/booklet/render-booklet';
import { fixture } from './booklet-helpers';

const name = process.argv[2] as 'booklet-full-en' | 'booklet-ru';
const pdf = await renderBooklet(BookletRequest.parse(fixture(name)));
process.stdout.write(crypto.createHash('sha256').update(pdf).digest('hex'));

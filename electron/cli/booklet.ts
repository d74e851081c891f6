import fs from 'node:fs';
import path from 'node:path';
import { BookletRequest, toValidationIssues } from '../../shared/contract';
import { PlanBlockedError, renderBooklet, UnprintableCharacterError } from '../pdf/booklet/render-booklet';
import { parseBookletArgs, UsageError } from './booklet-args';

/*
 * `npm run booklet -- --in request.json --out booklet.pdf`: batch printing and support. The
 * request follows BookletRequest (shared/contract/booklets.ts; example in tests/fixtures/).
 * A bad request gets one line on stderr and exit code 2; anything else that fails, exit code 1.
 */

function fail(message: string, code = 2): never {
  process.stderr.write(`valgo booklet: ${message}\n`);
  process.exit(code);
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseBookletArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) fail(error.message);
    throw error;
  }
  const { input, output } = args;
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(input, 'utf8'));
  } catch (error) {
    fail(`cannot read ${input} as JSON: ${(error as Error).message.split('\n')[0]}`);
  }
  const parsed = BookletRequest.safeParse(raw);
  if (!parsed.success) {
    const issues = toValidationIssues(parsed.error).map((i) => `${i.path || '(request)'}: ${i.message}`);
    fail(`invalid request: ${issues.join('; ')}`);
  }
  let pdf: Buffer;
  try {
    pdf = await renderBooklet(parsed.data);
  } catch (error) {
    if (error instanceof UnprintableCharacterError || error instanceof PlanBlockedError) fail(error.message);
    throw error;
  }
  fs.mkdirSync(path.dirname(path.resolve(output)), { recursive: true });
  fs.writeFileSync(output, pdf);
  process.stdout.write(`${output}: ${pdf.length} bytes\n`);
}

main().catch((error: unknown) => fail(`could not make the booklet: ${(error as Error).message}`, 1));

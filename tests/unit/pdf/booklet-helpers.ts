/* Rendering test booklets and reading them back with poppler (pdftotext, pdfinfo, pdffonts). */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BookletRequest, type BookletRequestInput } from '../../../shared/contract/booklets';
import { renderBooklet } from '../../../electron/pdf/booklet/render-booklet';

const fixtures = path.join(path.dirname(new URL(import.meta.url).pathname), '../../fixtures');

export function fixture(name: 'booklet-full-en' | 'booklet-ru'): BookletRequestInput {
  return JSON.parse(fs.readFileSync(path.join(fixtures, `${name}.json`), 'utf8')) as BookletRequestInput;
}

/** Why the poppler checks are skipped on this machine, or null when the tools are there. */
export const popplerMissing: string | null = (() => {
  for (const tool of ['pdftotext', 'pdfinfo', 'pdffonts']) {
    const r = spawnSync(tool, ['-v'], { encoding: 'utf8' });
    if (r.error) return `${tool} is not installed (Debian: apt-get install poppler-utils)`;
  }
  return null;
})();

/** Appended to a describe title, so a skipped run says why. */
export const skipNote = popplerMissing ? ` (skipped: ${popplerMissing})` : '';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'valgo-booklet-test-'));
let counter = 0;

export interface Rendered {
  bytes: Buffer;
  file: string;
  /** Text of each page as laid out (pdftotext -layout): for what is on which page. */
  pages: string[];
  /**
   * The whole text in drawing order, whitespace collapsed (pdftotext -raw): for phrases that
   * wrap or sit in side-by-side boxes, where the layout mode interleaves the columns.
   */
  text: string;
}

function run(tool: string, args: string[]): string {
  const r = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${tool} failed: ${r.stderr}`);
  return r.stdout;
}

export async function render(input: BookletRequestInput): Promise<Rendered> {
  const bytes = await renderBooklet(BookletRequest.parse(input));
  const file = path.join(dir, `booklet-${++counter}.pdf`);
  fs.writeFileSync(file, bytes);
  const pages = run('pdftotext', ['-layout', file, '-']).split('\f').slice(0, -1);
  const text = flat(run('pdftotext', ['-raw', file, '-']));
  return { bytes, file, pages, text };
}

export function pdfinfo(file: string): Record<string, string> {
  return Object.fromEntries(
    run('pdfinfo', [file])
      .split('\n')
      .filter((line) => line.includes(':'))
      .map((line) => {
        const i = line.indexOf(':');
        return [line.slice(0, i).trim(), line.slice(i + 1).trim()];
      }),
  );
}

/** pdffonts rows: name, type, embedded, subset. */
export function pdffonts(file: string): { name: string; type: string; emb: boolean; sub: boolean }[] {
  return run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const cols = line.trim().split(/\s{2,}/);
      const flags = line.match(/\b(yes|no)\s+(yes|no)\s+(yes|no)\b/);
      return { name: cols[0]!, type: cols[1]!, emb: flags?.[1] === 'yes', sub: flags?.[2] === 'yes' };
    });
}

/** Text with runs of whitespace collapsed, for phrases that may wrap across lines. */
export const flat = (s: string): string => s.replace(/\s+/g, ' ');

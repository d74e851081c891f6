/* Reading printed cards and calendars back: poppler for PDFs, ical.js for iCalendar text. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'valgo-print-test-'));
let counter = 0;

function run(tool: string, args: string[]): string {
  const r = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${tool} failed: ${r.stderr}`);
  return r.stdout;
}

export interface PdfRead {
  file: string;
  /** Text in drawing order, whitespace collapsed. */
  text: string;
  info: Record<string, string>;
}

export function readPdf(bytes: Buffer): PdfRead {
  const file = path.join(dir, `print-${++counter}.pdf`);
  fs.writeFileSync(file, bytes);
  const text = run('pdftotext', ['-raw', file, '-']).replace(/\s+/g, ' ');
  const info = Object.fromEntries(
    run('pdfinfo', [file])
      .split('\n')
      .filter((line) => line.includes(':'))
      .map((line) => [line.slice(0, line.indexOf(':')).trim(), line.slice(line.indexOf(':') + 1).trim()]),
  );
  return { file, text, info };
}

/** pdffonts rows: font name and whether it is embedded. */
export function fontsOf(file: string): { name: string; embedded: boolean }[] {
  return run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => ({ name: line.trim().split(/\s+/)[0]!, embedded: /\byes\s+(yes|no)\s+(yes|no)\s+\d+/.test(line) }));
}

export interface ParsedEvent {
  uid: string;
  /** Epoch ms. */
  start: number;
  end: number;
  summary: string;
  location: string;
  description: string;
}

/** The VEVENTs of an iCalendar text, as a well-kept parser reads them. */
export function parseEvents(text: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid ?? '',
      start: e.startDate.toJSDate().getTime(),
      end: e.endDate.toJSDate().getTime(),
      summary: e.summary ?? '',
      location: e.location ?? '',
      description: e.description ?? '',
    };
  });
}

/** The calendar's own properties (VERSION, PRODID...). */
export function calendarProps(text: string): Record<string, string> {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return Object.fromEntries(calendar.getAllProperties().map((p) => [p.name, String(p.getFirstValue())]));
}

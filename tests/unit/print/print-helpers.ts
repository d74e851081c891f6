/* Reading printed cards and calendars back: poppler for PDFs, ical.js for iCalendar text. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
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

/**
 * The page content streams of a PDF, inflated (pdfkit compresses them with Flate). Each stream is
 * read by its /Length, not up to the next "endstream": compressed bytes may end in a carriage
 * return, which a pattern for the line break before "endstream" would swallow.
 */
export function contentStreams(bytes: Buffer): string[] {
  const raw = bytes.toString('latin1');
  const out: string[] = [];
  const head = /\d+ 0 obj\s*<<([^]*?)>>\s*stream\r?\n/g;
  for (let m = head.exec(raw); m; m = head.exec(raw)) {
    const length = Number(/\/Length (\d+)/.exec(m[1]!)?.[1]);
    const from = m.index + m[0].length;
    // Past the data, so bytes inside a stream are never read as the next object's head.
    head.lastIndex = from + length;
    if (m[1]!.includes('/FlateDecode'))
      out.push(zlib.inflateSync(bytes.subarray(from, from + length)).toString('latin1'));
  }
  return out;
}

/**
 * The QR codes as printed, read back from the drawing: each code is a white square followed by one
 * rectangle per run of dark modules, one module high (see electron/pdf/qr.ts). Returns each code's
 * module matrix (quiet zone left out), to compare with the symbol of the text it should hold.
 */
export function printedQrCodes(bytes: Buffer): boolean[][][] {
  const codes: boolean[][][] = [];
  for (const stream of contentStreams(bytes)) {
    const rects = [...stream.matchAll(/(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) re/g)].map((m) =>
      m.slice(1, 5).map(Number),
    ) as [number, number, number, number][];
    for (let i = 0; i < rects.length; i++) {
      const [x, y, side, h] = rects[i]!;
      if (side < 60 || Math.abs(side - h) > 0.01) continue;
      const runs: [number, number, number, number][] = [];
      for (let k = i + 1; k < rects.length; k++) {
        const [rx, ry, rw, rh] = rects[k]!;
        if (rx < x || ry < y || rx + rw > x + side + 0.01 || ry + rh > y + side + 0.01) break;
        runs.push([rx, ry, rw, rh]);
      }
      if (runs.length === 0) continue;
      const m = runs[0]![3];
      const size = Math.round(side / m) - 8;
      const matrix = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
      for (const [rx, ry, rw] of runs) {
        const row = Math.round((ry - y) / m) - 4;
        const from = Math.round((rx - x) / m) - 4;
        for (let c = 0; c < Math.round(rw / m); c++) matrix[row]![from + c] = true;
      }
      codes.push(matrix);
      i += runs.length;
    }
  }
  return codes;
}

export interface WordBox {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every word with its box in points (pdftotext -bbox), to find text off the page or drawn over other text. */
export function wordBoxes(file: string): { pages: { width: number; height: number }[]; words: WordBox[] } {
  const html = run('pdftotext', ['-bbox', file, '-']);
  const pages: { width: number; height: number }[] = [];
  const words: WordBox[] = [];
  for (const m of html.matchAll(
    /<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
  )) {
    if (m[1]) pages.push({ width: Number(m[1]), height: Number(m[2]) });
    else words.push({ page: pages.length, text: m[7]!, xMin: +m[3]!, yMin: +m[4]!, xMax: +m[5]!, yMax: +m[6]! });
  }
  return { pages, words };
}

/** Pairs of words whose boxes overlap by more than a sliver (a glyph's side bearings may touch). */
export function overlappingWords(words: readonly WordBox[]): [string, string][] {
  const found: [string, string][] = [];
  words.forEach((a, i) => {
    for (const b of words.slice(i + 1)) {
      if (a.page !== b.page) continue;
      const w = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      const h = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      if (w > 1 && h > 1.5) found.push([a.text, b.text]);
    }
  });
  return found;
}

/** Each VEVENT's identity as a calendar app keys it: UID, DTSTAMP (epoch ms) and SEQUENCE. */
export function eventIdentities(text: string): { uid: string; stamp: number; sequence: number }[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const stamp = v.getFirstPropertyValue('dtstamp');
    return {
      uid: String(v.getFirstPropertyValue('uid') ?? ''),
      stamp: stamp instanceof ICAL.Time ? stamp.toJSDate().getTime() : NaN,
      sequence: Number(v.getFirstPropertyValue('sequence') ?? 0),
    };
  });
}

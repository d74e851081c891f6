import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { drawQr, QR_OPTIONS, QUIET_ZONE, qrSideModules, qrSymbol } from '../../../electron/pdf/qr';
import { cardQr, MIN_MODULE_MM, qrCalendar, QR_SIDE } from '../../../electron/pdf/card/qr-payload';
import { MM } from '../../../electron/pdf/booklet/theme';
import { eventIdentities, parseEvents } from './print-helpers';

/** `count` weekly visits from June 2025, titled `summary`. */
const eventsOf = (count: number, summary: string) =>
  Array.from({ length: count }, (_, i) => ({
    uid: `valgo-appointment-${100 + i}@0123456789ab`,
    stamp: '2025-05-20T10:00:00.000Z',
    sequence: 0,
    start: new Date(Date.UTC(2025, 5, 3 + 7 * i, 7, 30)).toISOString(),
    end: new Date(Date.UTC(2025, 5, 3 + 7 * i, 7, 50)).toISOString(),
    summary,
  }));
const visits = eventsOf(8, 'Foot check-up: Mia Novak');

/** The text a decoder gets back from the symbol's segments (byte segments are UTF-8). */
function decode(text: string): string {
  const segments = QRCode.create(text, QR_OPTIONS).segments as { data: string | Uint8Array }[];
  return segments.map((s) => (typeof s.data === 'string' ? s.data : new TextDecoder().decode(s.data))).join('');
}

/** Draws the code into an uncompressed PDF and returns the rectangles of its content stream. */
async function drawnRects(text: string, side: number): Promise<{ rects: number[][]; dark: number; size: number }> {
  const doc = new PDFDocument({ compress: false, size: 'A6' });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => doc.on('end', resolve));
  const drawn = drawQr(doc, qrSymbol(text), 20, 30, side);
  doc.end();
  await done;
  const content = Buffer.concat(chunks).toString('latin1');
  const rects = [...content.matchAll(/(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) re/g)].map((m) =>
    m.slice(1, 5).map(Number),
  );
  return { rects, dark: drawn.dark, size: drawn.size };
}

describe('QR code', () => {
  it('encodes the calendar text exactly, Cyrillic included', () => {
    const ru = eventsOf(8, 'Контрольный осмотр после курса 1: Мия');
    const text = qrCalendar(ru, 3);
    expect(decode(text)).toBe(text);
    const events = parseEvents(decode(text));
    expect(events.map((e) => [e.uid, e.start, e.end, e.summary])).toEqual(
      ru.slice(0, 3).map((v) => [v.uid, Date.parse(v.start), Date.parse(v.end), v.summary]),
    );
  });

  it('draws every dark module of the matrix, inside a white quiet zone of 4 modules', async () => {
    const text = qrCalendar(visits, 2);
    const side = 36 * MM;
    const { rects, dark, size } = await drawnRects(text, side);
    const { modules } = QRCode.create(text, QR_OPTIONS);
    const expected = Array.from(modules.data).filter((bit) => bit === 1).length;
    expect(size).toBe(modules.size);
    expect(dark).toBe(expected);
    // The first rectangle is the white square; the others are the dark runs, one module high.
    const [background, ...runs] = rects;
    expect(background).toEqual([20, 30, expect.closeTo(side, 3), expect.closeTo(side, 3)]);
    const m = side / (modules.size + 2 * QUIET_ZONE);
    const area = runs.reduce((sum, [, , w, h]) => sum + w! * h!, 0);
    expect(area / (m * m)).toBeCloseTo(expected, 1);
    for (const [x, y, w, h] of runs) {
      expect(h).toBeCloseTo(m, 3);
      expect(x!).toBeGreaterThanOrEqual(20 + QUIET_ZONE * m - 1e-3);
      expect(y!).toBeGreaterThanOrEqual(30 + QUIET_ZONE * m - 1e-3);
      expect(x! + w!).toBeLessThanOrEqual(20 + side - QUIET_ZONE * m + 1e-3);
      expect(y! + h!).toBeLessThanOrEqual(30 + side - QUIET_ZONE * m + 1e-3);
    }
  });

  it('holds every visit when they fit the printed size, else as many of the next as stay readable', () => {
    const side = 36 * MM;
    const maxModules = Math.floor(side / (MIN_MODULE_MM * MM));
    const two = cardQr(visits.slice(0, 2), side)!;
    expect(two.count).toBe(2);
    const many = cardQr(visits, side)!;
    expect(many.count).toBeLessThan(visits.length);
    expect(many.count).toBeGreaterThanOrEqual(2);
    expect(qrSideModules(many.symbol)).toBeLessThanOrEqual(maxModules);
    expect(parseEvents(many.text)).toHaveLength(many.count);
    expect(cardQr([], side)).toBeNull();
  });

  it('drops the furthest visits of a long plan until the code fits, for any number of visits', () => {
    for (const layout of ['A6', 'A4'] as const) {
      const side = QR_SIDE[layout];
      const maxModules = Math.floor(side / (MIN_MODULE_MM * MM));
      for (const count of [1, 23, 24, 60, 200]) {
        const all = eventsOf(count, 'Контрольный осмотр после курса 12: Александра');
        const qr = cardQr(all, side)!;
        expect(qr.count).toBeGreaterThanOrEqual(1);
        expect(qrSideModules(qr.symbol)).toBeLessThanOrEqual(maxModules);
        // The next visits, in order, none skipped: the furthest are the ones left out.
        expect(eventIdentities(qr.text).map((e) => e.uid)).toEqual(all.slice(0, qr.count).map((e) => e.uid));
        if (qr.count < count) {
          const oneMore = QRCode.create(qrCalendar(all, qr.count + 1), QR_OPTIONS).modules.size;
          expect(oneMore + 2 * QUIET_ZONE).toBeGreaterThan(maxModules);
        }
      }
    }
  });

  it('prints a single visit even when its code is denser than the readable size', () => {
    const long = eventsOf(3, `Foot check-up: ${'Maximiliana-'.repeat(20)}`);
    const qr = cardQr(long, 36 * MM)!;
    expect(qr.count).toBe(1);
    expect(qrSideModules(qr.symbol)).toBeGreaterThan(Math.floor(36 / MIN_MODULE_MM));
  });
});

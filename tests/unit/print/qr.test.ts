import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { drawQr, QR_OPTIONS, QUIET_ZONE, qrSideModules, qrSymbol } from '../../../electron/pdf/qr';
import { cardQr, MIN_MODULE_MM, qrCalendar } from '../../../electron/pdf/card/qr-payload';
import { MM } from '../../../electron/pdf/booklet/theme';
import { parseEvents } from './print-helpers';

const visits = Array.from({ length: 8 }, (_, i) => ({
  start: new Date(Date.UTC(2025, 5 + i, 3, 7, 30)).toISOString(),
  end: new Date(Date.UTC(2025, 5 + i, 3, 7, 50)).toISOString(),
}));

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
    const text = qrCalendar(visits, 'Осмотр стоп: Мия Новак', 3);
    expect(decode(text)).toBe(text);
    const events = parseEvents(decode(text));
    expect(events.map((e) => [e.start, e.end, e.summary])).toEqual(
      visits.slice(0, 3).map((v) => [Date.parse(v.start), Date.parse(v.end), 'Осмотр стоп: Мия Новак']),
    );
  });

  it('draws every dark module of the matrix, inside a white quiet zone of 4 modules', async () => {
    const text = qrCalendar(visits, 'Foot check-up: Mia Novak', 2);
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
    const two = cardQr(visits.slice(0, 2), 'Foot check-up: Mia Novak', side)!;
    expect(two.count).toBe(2);
    const many = cardQr(visits, 'Foot check-up: Mia Novak', side)!;
    expect(many.count).toBeLessThan(visits.length);
    expect(many.count).toBeGreaterThanOrEqual(3);
    expect(qrSideModules(many.symbol)).toBeLessThanOrEqual(maxModules);
    expect(qrSideModules(cardQr(visits, 'x', side)!.symbol)).toBeLessThanOrEqual(maxModules);
    expect(parseEvents(many.text)).toHaveLength(many.count);
    expect(cardQr([], 'x', side)).toBeNull();
  });
});

/*
 * What the card's QR code holds: the visits as a compact iCalendar, as many as stay readable at
 * the printed size. A phone camera reads modules of 0.4 mm off an office laser print reliably at
 * reading distance; denser codes fail on worn toner. When all visits would need smaller modules,
 * the code holds as many of the next visits as fit (3 on the A6 card) and the card says so.
 */
import { MM } from '../booklet/theme';
import { qrSideModules, qrSymbol, type QrSymbol } from '../qr';
import { compactCalendar } from '../../services/ics-format';

export const MIN_MODULE_MM = 0.4;

export interface QrVisit {
  start: string;
  end: string;
}

export interface CardQr {
  text: string;
  symbol: QrSymbol;
  /** Visits in the code: the first `count` of the card's list. */
  count: number;
}

/** The calendar for the first `count` visits, each titled `summary`. */
export function qrCalendar(visits: readonly QrVisit[], summary: string, count = visits.length): string {
  return compactCalendar(visits.slice(0, count).map((v) => ({ start: v.start, end: v.end, summary })));
}

/** The largest readable QR for a square of `sidePt` points, or null when there is no visit. */
export function cardQr(visits: readonly QrVisit[], summary: string, sidePt: number): CardQr | null {
  if (visits.length === 0) return null;
  const maxModules = Math.floor(sidePt / (MIN_MODULE_MM * MM));
  const make = (count: number): CardQr => {
    const text = qrCalendar(visits, summary, count);
    return { text, symbol: qrSymbol(text), count };
  };
  const fits = (qr: CardQr) => qrSideModules(qr.symbol) <= maxModules;
  const all = make(visits.length);
  if (fits(all)) return all;
  // Fewer visits, fewer bytes: the first count that fits, from the most down. Even one visit may
  // be too dense (a very long name); it is printed anyway, a dense code beats none.
  for (let count = visits.length - 1; count > 1; count--) {
    const qr = make(count);
    if (fits(qr)) return qr;
  }
  return make(1);
}

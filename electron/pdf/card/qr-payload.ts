/*
 * What the card's QR code holds: the visits as a compact iCalendar, as many as stay readable at
 * the printed size. A phone camera reads modules of 0.4 mm off an office laser print reliably at
 * reading distance; denser codes fail on worn toner. A plan books two dozen visits or more, far
 * beyond any readable code, so the code holds the next visits that fit (the furthest are left
 * out) and the card says how many; the .ics file and the A4 sheet have them all.
 */
import type { CardLayout } from '../../../shared/contract/appointment-print';
import { compactCalendar, type CoreEvent } from '../../services/print/ics-format';
import { qrSideModules, qrSymbol } from '../kit/qr';
import { MM } from '../kit/theme';
import { CARD_TEXTS, eventTitle } from './texts';
import type { CardQr, CardRenderInput } from './types';

export type { CardQr } from './types';

export const MIN_MODULE_MM = 0.4;

/**
 * The printed square per layout, quiet zone included. On the A6 card 36 mm holds the next two
 * visits with English titles, one with the longer Russian ones; the A4 sheet's 48 mm about four.
 */
export const QR_SIDE: Record<CardLayout, number> = { A6: 36 * MM, A4: 48 * MM };

/** The calendar of the first `count` events. */
export function qrCalendar(events: readonly CoreEvent[], count = events.length): string {
  return compactCalendar(events.slice(0, count));
}

/**
 * The code for the next visits that stay readable in a square of `sidePt` points, or null when
 * there is no visit. Counting up stops at the first count that no longer fits, so a long list never
 * reaches the encoder whole (past about 2 KB it throws rather than grow).
 */
export function cardQr(events: readonly CoreEvent[], sidePt: number): CardQr | null {
  if (events.length === 0) return null;
  const maxModules = Math.floor(sidePt / (MIN_MODULE_MM * MM));
  const make = (count: number): CardQr | null => {
    const text = qrCalendar(events, count);
    try {
      return { text, symbol: qrSymbol(text), count };
    } catch {
      return null;
    }
  };
  // Even one visit may be too dense (a very long name); it is printed anyway: a dense code beats none.
  let best = make(1);
  if (!best) return null;
  for (let count = 2; count <= events.length && qrSideModules(best.symbol) <= maxModules; count++) {
    const next = make(count);
    if (!next || qrSideModules(next.symbol) > maxModules) break;
    best = next;
  }
  return best;
}

/**
 * The code a card prints: each event titled with the child's first name only, since every byte
 * makes the code denser (the .ics file, with no such limit, has the full name).
 */
export function cardQrFor(input: CardRenderInput): CardQr | null {
  const t = CARD_TEXTS[input.language];
  const events = input.visits.map((v) => ({
    uid: v.uid,
    stamp: v.stamp,
    sequence: v.sequence,
    start: v.start,
    end: v.end,
    summary: eventTitle(t, v.checkUp, input.child.firstName),
  }));
  return cardQr(events, QR_SIDE[input.layout]);
}

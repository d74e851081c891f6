/*
 * The A6 pocket card (105 × 148 mm), printed while the family puts on coats: letterhead, the
 * child's name big, the next visits with weekday, date and time, and at the foot the calendar QR
 * beside the clinic's phone. One page: visits that do not fit are counted, not dropped silently.
 */
import { COLOR, SIZE } from '../kit/theme';
import { drawQr } from '../kit/qr';
import { visitWhen } from './format';
import { drawLetterhead, drawRule } from './letterhead';
import { QR_SIDE as SIDES } from './qr-payload';
import type { CardCtx, CardVisit } from './types';
import { fill, qrNote } from './texts';

const QR_SIDE = SIDES.A6;
const ROW_GAP = 5;

export function drawA6(c: CardCtx): void {
  const { l, t, input } = c;
  const { frame } = l;
  l.newPage();
  l.section(`${t.kicker.A6}: ${c.name}`);
  let y = drawLetterhead(l, input.clinic, { name: 11, small: SIZE.min, logo: { w: 56, h: 28 } }, frame.top);
  drawRule(l, y + 4, 1);
  y += 12;

  y += l.paragraph(t.kicker.A6, frame.left, y, frame.width, { font: 'semibold', size: SIZE.min, color: COLOR.soft });
  // A long double-barrelled name steps down a size rather than take a third line from the visits.
  const big = l.lines(c.name, frame.width, { font: 'bold', size: 17 });
  const size = big.lines.length > 2 ? 14 : 17;
  y += l.paragraph(c.name, frame.left, y, frame.width, { font: 'bold', size }, 'H1');
  if (input.clinician?.name) {
    const who = [input.clinician.name, input.clinician.title].filter(Boolean).join(', ');
    y += l.paragraph(fill(t.withClinician, { clinician: who }), frame.left, y, frame.width, {
      size: SIZE.min,
      color: COLOR.soft,
    });
  }
  y += 8;
  y += l.paragraph(
    t.nextVisits,
    frame.left,
    y,
    frame.width,
    { font: 'bold', size: SIZE.body, color: COLOR.accent },
    'H2',
  );
  y += 2;

  const foot = footBlock(c);
  const footTop = frame.bottom - foot.height;
  if (input.visits.length === 0) {
    l.paragraph(t.noVisits, frame.left, y, frame.width, { size: SIZE.small });
  } else {
    drawVisits(c, y, footTop - 8);
  }
  foot.draw(footTop);
}

/** The visit rows from `top`, as many as fit above `limit`, then "and N more". */
function drawVisits(c: CardCtx, top: number, limit: number): void {
  const { l, t, input } = c;
  const { frame, doc } = l;
  const more = l.lines(fill(t.moreVisits, { count: 99 }), frame.width, { font: 'italic', size: SIZE.min });
  const rows = input.visits.map((v) => visitRow(c, v));
  let y = top;
  let shown = 0;
  for (const row of rows) {
    const last = shown === rows.length - 1;
    const needed = row.height + (last ? 0 : more.height + ROW_GAP);
    if (y + needed > limit) break;
    row.draw(y);
    y += row.height;
    shown++;
    if (shown < rows.length) {
      const ruleY = y + ROW_GAP / 2;
      l.artifact(() => doc.moveTo(frame.left, ruleY).lineTo(frame.right, ruleY).lineWidth(0.5).stroke(COLOR.grey));
      y += ROW_GAP;
    }
  }
  if (shown < rows.length) {
    l.paragraph(fill(t.moreVisits, { count: rows.length - shown }), frame.left, y, frame.width, {
      font: 'italic',
      size: SIZE.min,
      color: COLOR.soft,
    });
  }
}

/** One visit: date and time in bold, its type and length to the right, or below when too long. */
function visitRow(c: CardCtx, v: CardVisit): { height: number; draw: (y: number) => void } {
  const { l, t, input } = c;
  const { frame } = l;
  const when = { font: 'semibold' as const, size: 10.5 };
  const what = { size: SIZE.min, color: COLOR.soft };
  const whenText = visitWhen(v.localDate, v.localTime, input.language);
  const whatText = [v.label, v.durationMinutes ? fill(t.minutes, { minutes: v.durationMinutes }) : '']
    .filter(Boolean)
    .join(' · ');
  const whenLines = l.lines(whenText, frame.width, when);
  const oneLine = whenLines.lines.length === 1 && l.width(whenText, when) + 10 + l.width(whatText, what) <= frame.width;
  const whatLines = l.lines(whatText, frame.width, { ...what, align: oneLine ? 'right' : 'left' });
  const whatTop = oneLine ? (when.size - what.size) * 0.9 : whenLines.height;
  return {
    height: oneLine ? whenLines.height : whenLines.height + whatLines.height,
    draw: (y) =>
      l.tag('P', () => {
        l.draw(whenLines, frame.left, y);
        l.draw(whatLines, frame.left, y + whatTop);
      }),
  };
}

/**
 * The foot: QR at the left, its lines and the phone to call at the right, the phone at the bottom.
 * As tall as the code, or taller when the lines need it (a long language, a narrow phone column):
 * the visit list above gives way, never the phone.
 */
function footBlock(c: CardCtx): { height: number; draw: (top: number) => void } {
  const { l, t, input, qr } = c;
  const { frame, doc } = l;
  const x = frame.left + (qr ? QR_SIDE + 8 : 0);
  const width = frame.right - x;
  const small = { size: SIZE.min };
  const scan = qr ? l.lines(t.scan, width, small) : null;
  const note =
    qr && qr.count < input.visits.length
      ? l.lines(qrNote(t, qr.count, input.visits.length), width, { ...small, font: 'italic' })
      : null;
  const phone = input.clinic.phone ? l.lines(input.clinic.phone, width, { font: 'bold', size: 12 }) : null;
  const call = phone
    ? l.lines(input.visits.length > 0 ? t.cannotCome : t.callToBook, width, { ...small, color: COLOR.soft })
    : null;
  const pad = qr ? 8 : 4;
  const upper = pad + (scan?.height ?? 0) + (note?.height ?? 0);
  const lower = (call?.height ?? 0) + (phone?.height ?? 0);
  const height = Math.max(qr ? QR_SIDE : 40, upper + (lower > 0 ? 4 + lower : 0));
  return {
    height,
    draw: (top) => {
      l.artifact(() =>
        doc
          .moveTo(frame.left, top - 4)
          .lineTo(frame.right, top - 4)
          .lineWidth(0.5)
          .stroke(COLOR.grey),
      );
      if (qr) l.tag('Figure', () => drawQr(doc, qr.symbol, frame.left, top, QR_SIDE), { alt: t.scan });
      let y = top + pad;
      for (const block of [scan, note]) {
        if (!block) continue;
        l.tag('P', () => l.draw(block, x, y));
        y += block.height;
      }
      if (!call || !phone) return;
      const callTop = top + height - lower;
      l.tag('P', () => {
        l.draw(call, x, callTop);
        l.draw(phone, x, callTop + call.height);
      });
    },
  };
}

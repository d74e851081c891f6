/*
 * The A4 follow-up sheet: the card's content with room to breathe (letterhead, the child's name,
 * the calendar QR beside it, the visits as a table), plus the course and break dates of the plan
 * and a notes line. Long visit lists continue on further pages with the table's header repeated
 * (visit-table.ts); every page has the footer (child, clinic phone, page X of Y).
 */
import { COLOR, SIZE } from '../kit/theme';
import { drawQr } from '../kit/qr';
import { drawLetterhead, drawRule } from './letterhead';
import { drawPlan, planHeight } from './plan-strip';
import { QR_SIDE as SIDES } from './qr-payload';
import type { CardCtx } from './types';
import { fill, qrNote } from './texts';
import { drawVisitTable } from './visit-table';

const QR_SIDE = SIDES.A4;

export async function drawA4(c: CardCtx): Promise<Buffer> {
  const { l, t, input } = c;
  const { frame, doc } = l;
  l.newPage();
  l.section(`${t.kicker.A4}: ${c.name}`);
  let y = drawLetterhead(l, input.clinic, { name: SIZE.h3, small: SIZE.small, logo: { w: 110, h: 52 } }, frame.top);
  drawRule(l, y + 8, 1.5);
  y += 26;

  // The child and how to reach the clinic at the left, the QR code at the right.
  const { qr } = c;
  const leftW = frame.width - (qr ? QR_SIDE + 24 : 0);
  const top = y;
  y += l.paragraph(t.kicker.A4, frame.left, y, leftW, { font: 'semibold', size: SIZE.lead, color: COLOR.soft });
  y += l.paragraph(c.name, frame.left, y, leftW, { font: 'bold', size: 22, color: COLOR.accent }, 'H1');
  y += 6;
  if (input.clinician?.name) {
    const who = [input.clinician.name, input.clinician.title].filter(Boolean).join(', ');
    y += l.paragraph(fill(t.withClinician, { clinician: who }), frame.left, y, leftW, { size: SIZE.body });
  }
  if (input.clinic.phone) {
    y += 10;
    const call = input.visits.length > 0 ? t.cannotCome : t.callToBook;
    y += l.paragraph(call, frame.left, y, leftW, { size: SIZE.body, color: COLOR.soft });
    y += l.paragraph(input.clinic.phone, frame.left, y, leftW, { font: 'bold', size: SIZE.h2 });
  }
  if (qr) {
    const x = frame.right - QR_SIDE;
    l.tag('Figure', () => drawQr(doc, qr.symbol, x, top, QR_SIDE), { alt: t.scan });
    let qy = top + QR_SIDE + 2;
    const style = { size: SIZE.min, align: 'center' as const };
    qy += l.paragraph(t.scan, x, qy, QR_SIDE, style);
    if (qr.count < input.visits.length) {
      qy += l.paragraph(qrNote(t, qr.count, input.visits.length), x, qy, QR_SIDE, { ...style, font: 'italic' });
    }
    y = Math.max(y, qy);
  }
  l.y = y + 14;

  drawVisitTable(c);
  if (input.plan && input.plan.courses.length > 0) {
    l.ensure(planHeight(c, input.plan) + 18);
    l.y += 16;
    drawPlan(c, input.plan);
  }
  drawNotes(c);
  const footer = [c.name, input.clinic.phone].filter(Boolean).join('   ·   ');
  return l.finish((page, pages) => {
    const fy = frame.bottom + 24 - 12;
    l.artifact(() => {
      doc
        .moveTo(frame.left, fy - 6)
        .lineTo(frame.right, fy - 6)
        .lineWidth(0.6)
        .stroke(COLOR.grey);
      l.draw(l.lines(footer, frame.width * 0.7, { size: SIZE.min, color: COLOR.soft }), frame.left, fy);
      const pageText = fill(t.footerPage, { page, pages });
      l.draw(l.lines(pageText, frame.width, { size: SIZE.min, color: COLOR.soft, align: 'right' }), frame.left, fy);
    }, 'Pagination');
  });
}

/** "Notes" and ruled lines to write on: up to four, filling what is left of the page. */
function drawNotes(c: CardCtx): void {
  const { l, t } = c;
  const { frame, doc } = l;
  const gap = 24;
  const label = l.lines(t.notes, frame.width, { font: 'bold', size: SIZE.h3, color: COLOR.accent });
  const head = 22 + label.height;
  // A fresh page needs no gap above.
  if (!l.ensure(head + 2 * gap + 8)) l.y += 22;
  // The last line stays clear of the footer's rule.
  const count = Math.max(2, Math.min(4, Math.floor((frame.bottom - 8 - l.y - label.height) / gap)));
  l.tag('H2', () => l.draw(label, frame.left, l.y));
  l.y += label.height;
  for (let i = 1; i <= count; i++) {
    const y = l.y + i * gap;
    l.artifact(() => doc.moveTo(frame.left, y).lineTo(frame.right, y).lineWidth(0.6).stroke(COLOR.line));
  }
  l.y += count * gap;
}

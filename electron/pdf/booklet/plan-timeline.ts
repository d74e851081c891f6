/*
 * Fig. 17, the plan at a glance: a bar per twelve months with course blocks (numbered), breaks,
 * month ticks and check-up markers (numbered, listed under the bar with their dates). Booked
 * visits are filled markers, proposed ones hollow, so the difference survives greyscale.
 */
import { addDays, daysBetween } from '../../../shared/plan';
import { fixed, label } from './blocks';
import { type Ctx, f } from './context';
import { formatDate } from './format';
import type { Block } from './layout';
import { COLOR, SIZE } from './theme';

export interface TimelineVisit {
  date: string;
  booked: boolean;
}

const ROW_DAYS = 366;
const MARK = 24;
const BAR = 22;
const TICKS = 15;
const ROW_H = MARK + BAR + TICKS + 8;

function pin(doc: PDFKit.PDFDocument, x: number, y: number, booked: boolean): void {
  doc
    .moveTo(x, y + MARK - 1)
    .lineTo(x - 5.5, y + MARK - 12)
    .lineTo(x + 5.5, y + MARK - 12)
    .closePath()
    .lineWidth(1.2)
    .lineJoin('round');
  if (booked) doc.fillAndStroke(COLOR.ink, COLOR.ink);
  else doc.fillAndStroke(COLOR.white, COLOR.ink);
}

export function timelineBlock(ctx: Ctx, visits: readonly TimelineVisit[]): Block {
  const { l, plan, t } = ctx;
  const cal = plan.calendar!;
  const start = cal.courses[0]!.startDate;
  const total = daysBetween(start, cal.horizonEnd);
  const rows = Math.max(1, Math.ceil(total / ROW_DAYS));
  const rowDays = Math.ceil(total / rows);
  const legendH = 20;
  return fixed(rows * ROW_H + legendH, (y) => {
    l.tag(
      'Figure',
      () => {
        const doc = l.doc;
        const { left, width } = l.frame;
        for (let r = 0; r < rows; r++) {
          const from = r * rowDays;
          const to = Math.min(total, from + rowDays);
          const top = y + r * ROW_H;
          const barY = top + MARK;
          const scale = width / rowDays;
          const xOf = (date: string) => left + (daysBetween(start, date) - from) * scale;
          const clip = (a: number, b: number) => [Math.max(a, from), Math.min(b, to)] as const;
          doc
            .rect(left, barY, (to - from) * scale, BAR)
            .lineWidth(0.8)
            .fillAndStroke(COLOR.white, COLOR.line);
          for (const b of cal.breaks) {
            const [a, e] = clip(daysBetween(start, b.startDate), daysBetween(start, b.endDate) + 1);
            if (e > a) doc.rect(left + (a - from) * scale, barY, (e - a) * scale, BAR).fill(COLOR.tint);
          }
          for (const c of cal.courses) {
            const [a, e] = clip(daysBetween(start, c.startDate), daysBetween(start, c.endDate) + 1);
            if (e <= a) continue;
            const x = left + (a - from) * scale;
            const w = (e - a) * scale;
            doc.rect(x, barY, w, BAR).fill(COLOR.accent);
            if (w >= 11)
              label(l, String(c.number), x + w / 2, barY + 5, { font: 'bold', color: COLOR.white, align: 'center' });
          }
          // Month ticks: a mark at each month's first day, labelled with the short month name.
          for (let d = from; d < to; d++) {
            const date = addDays(start, d);
            if (!date.endsWith('-01')) continue;
            const x = left + (d - from) * scale;
            doc
              .moveTo(x, barY + BAR)
              .lineTo(x, barY + BAR + 4)
              .lineWidth(0.8)
              .stroke(COLOR.ink);
            if (x + 20 < left + width)
              label(l, formatDate(date, ctx.lang, 'month'), x + 2, barY + BAR + 3, { size: SIZE.min });
          }
          // Numbers sit right of their pin; when two check-ups are close, the later number moves
          // up a line so they never run into each other.
          let lastRight = -Infinity;
          visits.forEach((v, i) => {
            const d = daysBetween(start, v.date);
            if (d < from || d > to || (d === to && r < rows - 1)) return;
            const x = xOf(v.date);
            pin(doc, x, top, v.booked);
            const text = String(i + 1);
            const w = l.metrics.width(text, { font: 'bold', size: SIZE.min });
            const clash = x + 6 < lastRight + 2;
            label(l, text, x + 6, clash ? top : top + 9, { size: SIZE.min, font: 'bold' });
            if (!clash) lastRight = x + 6 + w;
          });
        }
        // Legend: course, break, visit (proposed and booked).
        const ly = y + rows * ROW_H + 4;
        let x = left;
        const item = (draw: () => void, text: string) => {
          draw();
          label(l, text, x + 18, ly, { size: SIZE.small });
          x += 18 + l.metrics.width(text, { font: 'regular', size: SIZE.small }) + 18;
        };
        item(() => doc.rect(x, ly + 2, 13, 10).fill(COLOR.accent), f(t.planOverview.course, { n: '' }).trim());
        item(
          () =>
            doc
              .rect(x, ly + 2, 13, 10)
              .lineWidth(0.6)
              .fillAndStroke(COLOR.tint, COLOR.line),
          t.planOverview.break,
        );
        item(() => pin(doc, x + 6, ly - MARK + 15, false), t.planOverview.visit);
      },
      {
        alt: `${t.sections.plan_overview.title}: ${f(t.planOverview.horizon, { months: plan.settings!.horizonMonths.value })}`,
      },
    );
  });
}

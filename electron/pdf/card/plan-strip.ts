/*
 * The plan's course and break dates on the A4 sheet: a strip to see the rhythm at a glance
 * (courses filled, breaks hatched and outlined, so they differ in greyscale too; visits marked
 * above it), then the same as a table with the exact dates for the fridge door.
 */
import { daysBetween } from '../../../shared/calendar';
import { COLOR, SIZE } from '../kit/theme';
import { longDate } from './format';
import type { CardCtx, CardPlan, DateRange } from './types';
import { fill, plural } from './texts';

const STRIP_H = 18;
const MARK_H = 9;
const ROW_H = 17;

interface Period extends DateRange {
  label: string;
  kind: 'course' | 'break';
  number: number;
}

function periods(c: CardCtx, plan: CardPlan): Period[] {
  const { t } = c;
  const all: Period[] = [
    ...plan.courses.map((r, i) => ({ ...r, kind: 'course' as const, number: i + 1, label: '' })),
    ...plan.breaks.map((r) => ({ ...r, kind: 'break' as const, number: 0, label: t.plan.break })),
  ];
  for (const p of all) if (p.kind === 'course') p.label = fill(t.plan.course, { number: p.number });
  return all.sort((a, b) => a.start.localeCompare(b.start) || a.kind.localeCompare(b.kind));
}

export function planHeight(c: CardCtx, plan: CardPlan): number {
  return 30 + MARK_H + STRIP_H + 44 + periods(c, plan).length * ROW_H;
}

export function drawPlan(c: CardCtx, plan: CardPlan): void {
  const { l, t, input } = c;
  const { frame, doc } = l;
  const list = periods(c, plan);
  const first = list[0]!.start;
  const last = list.reduce((end, p) => (p.end > end ? p.end : end), list[0]!.end);
  const span = daysBetween(first, last) + 1;
  const xOf = (date: string) => frame.left + (daysBetween(first, date) / span) * frame.width;

  const head = l.lines(t.plan.title, frame.width, { font: 'bold', size: SIZE.h2, color: COLOR.accent });
  l.tag('H2', () => l.draw(head, frame.left, l.y));
  l.y += head.height + 6;

  const top = l.y + MARK_H;
  l.tag(
    'Figure',
    () => {
      for (const p of list) {
        const x = xOf(p.start);
        const w = Math.max(1, xOf(p.end) + frame.width / span - x);
        if (p.kind === 'course') {
          doc.rect(x, top, w, STRIP_H).fill(COLOR.accent);
          const n = String(p.number);
          if (w > 14)
            l.draw(l.lines(n, w, { font: 'bold', size: SIZE.min, color: COLOR.white, align: 'center' }), x, top + 3);
        } else {
          hatch(c, x, top, w, STRIP_H);
        }
      }
      // Visits inside the plan's span: a small triangle pointing down at the day.
      for (const v of input.visits) {
        if (v.localDate < first || v.localDate > last) continue;
        const x = xOf(v.localDate) + frame.width / span / 2;
        doc
          .moveTo(x - 4, top - MARK_H)
          .lineTo(x + 4, top - MARK_H)
          .lineTo(x, top - 1)
          .closePath()
          .fill(COLOR.ink);
      }
    },
    {
      alt: list
        .map((p) => `${p.label}: ${longDate(p.start, input.language)} – ${longDate(p.end, input.language)}`)
        .join('; '),
    },
  );
  l.y = top + STRIP_H + 4;

  // The span's first and last dates under the strip, then the legend.
  const small = { size: SIZE.min, color: COLOR.soft };
  l.artifact(() => {
    l.draw(l.lines(longDate(first, input.language), frame.width, small), frame.left, l.y);
    l.draw(l.lines(longDate(last, input.language), frame.width, { ...small, align: 'right' }), frame.left, l.y);
  });
  l.y += 16;
  drawLegend(c, l.y);
  l.y += 24;

  const table = l.group('Table');
  const widths = [0.22, 0.5, 0.28].map((s) => s * frame.width);
  list.forEach((p, i) => {
    if (i % 2 === 1) l.artifact(() => doc.rect(frame.left, l.y, frame.width, ROW_H).fill(COLOR.zebra));
    const cells = [
      { text: p.label, font: 'semibold' as const },
      { text: `${longDate(p.start, input.language)} – ${longDate(p.end, input.language)}`, font: 'regular' as const },
      { text: plural(t, t.plan.days, daysBetween(p.start, p.end) + 1), font: 'regular' as const },
    ];
    const tr = l.group('TR', table);
    let x = frame.left + 4;
    cells.forEach((cell, k) => {
      const lines = l.lines(cell.text, widths[k]! - 8, { font: cell.font, size: SIZE.small + 0.5 });
      const y = l.y + (ROW_H - lines.lead) / 2;
      const cx = x;
      l.tag('TD', () => l.draw(lines, cx, y), {}, tr);
      x += widths[k]!;
    });
    tr.end();
    l.y += ROW_H;
  });
  table.end();
}

/** Diagonal hatching inside an outlined box: a break reads as "not a course" without colour. */
function hatch(c: CardCtx, x: number, y: number, w: number, h: number): void {
  const { doc } = c.l;
  doc.save();
  doc.rect(x, y, w, h).clip();
  for (let d = -h; d < w; d += 5) doc.moveTo(x + d, y + h).lineTo(x + d + h, y);
  doc.lineWidth(0.7).stroke(COLOR.line);
  doc.restore();
  doc
    .rect(x + 0.4, y + 0.4, w - 0.8, h - 0.8)
    .lineWidth(0.8)
    .stroke(COLOR.line);
}

function drawLegend(c: CardCtx, y: number): void {
  const { l, t } = c;
  const { frame, doc } = l;
  const style = { size: SIZE.min, color: COLOR.soft };
  let x = frame.left;
  const item = (swatch: () => void, text: string) => {
    swatch();
    x += 16;
    l.tag('P', () => l.draw(l.lines(text, 200, style), x, y - 1));
    x += l.width(text, style) + 18;
  };
  item(() => l.artifact(() => doc.rect(x, y + 1, 11, 9).fill(COLOR.accent)), t.plan.legendCourse);
  item(() => l.artifact(() => hatch(c, x, y + 1, 11, 9)), t.plan.legendBreak);
  item(
    () =>
      l.artifact(() =>
        doc
          .moveTo(x + 1, y + 1)
          .lineTo(x + 10, y + 1)
          .lineTo(x + 5.5, y + 10)
          .closePath()
          .fill(COLOR.ink),
      ),
    t.plan.legendVisit,
  );
}

/*
 * The tick-box grid of a calendar page (§4.5): one row per course day with the date to write in,
 * the day number, target minutes, intensity dots, a tick box (at least 5 mm) per part or activity
 * still in the plan, three faces to circle and a notes line. Rows are zebra-tinted; a row is drawn
 * whole, and the grid is sized so every row of the course fits on its page.
 */
import type { CalendarColumn, Course, Plan } from '../../../shared/plan';
import { label } from './blocks';
import type { Ctx } from './context';
import { dots, face, tickBox } from './figures/marks';
import type { Layout } from './layout';
import { INTENSITY_DOTS } from './plan-overview';
import { COLOR, MM, SIZE } from './theme';

export const BOX = 5.2 * MM;
const HEAD = { font: 'semibold' as const, size: SIZE.min };
const HEAD_LEAD = SIZE.min * 1.3;

export interface GridColumn {
  id: CalendarColumn;
  label: string;
  width: number;
  tick: boolean;
  /** Which time slot the column belongs to when the session is split (§4.3). */
  slot: 'massage' | 'exercises' | null;
}

function labelOf(ctx: Ctx, id: CalendarColumn): string {
  const { t, plan } = ctx;
  const c = t.calendar;
  if (id in c.columns) return c.columns[id as keyof typeof c.columns];
  if (id in c.stepColumns) return c.stepColumns[id as keyof typeof c.stepColumns];
  return plan.steps.find((s) => s.id === id)?.custom?.title ?? id;
}

function slotOf(plan: Plan, id: CalendarColumn): GridColumn['slot'] {
  if (id === 'part_a' || id === 'part_b') return 'massage';
  const step = plan.steps.find((s) => s.id === id);
  if (!step) return null;
  return step.group === 'part_a' || step.group === 'part_b' ? 'massage' : 'exercises';
}

/** Column widths for the page width; tick columns share what the fixed columns leave. */
export interface Grid {
  columns: GridColumn[];
  rotated: boolean;
  /** The slot band (split sessions) plus the column labels. */
  headHeight: number;
  band: number;
}

const BAND = 15;

export function gridColumns(ctx: Ctx, width: number): Grid {
  const { l, plan } = ctx;
  const ids = plan.calendar!.columns;
  const fixedWidth: Partial<Record<CalendarColumn, number>> = { date: 56, day: 30, minutes: 32, intensity: 46, mood: 56 };
  const ticks = ids.filter((id) => !(id in fixedWidth) && id !== 'notes');
  const fixedSum = ids.reduce((s, id) => s + (fixedWidth[id] ?? 0), 0);
  const notesMin = 48;
  const tickW = Math.max(BOX + 6, Math.min(40, (width - fixedSum - notesMin) / Math.max(1, ticks.length)));
  const columns: GridColumn[] = ids.map((id) => ({
    id,
    label: labelOf(ctx, id),
    width: fixedWidth[id] ?? (id === 'notes' ? 0 : tickW),
    tick: ticks.includes(id),
    slot: slotOf(plan, id),
  }));
  const notes = columns.find((c) => c.id === 'notes');
  if (notes) notes.width = Math.max(0, width - columns.reduce((s, c) => s + c.width, 0));
  // Tick labels read across when every word fits and two lines are enough; otherwise they all turn.
  const fits = (c: GridColumn) =>
    c.label.split(' ').every((w) => l.metrics.width(w, HEAD) <= c.width - 4) &&
    l.metrics.wrap(c.label, HEAD, c.width - 4).length <= 2;
  const rotated = !columns.filter((c) => c.tick).every(fits);
  const tallest = Math.max(...columns.filter((c) => c.tick).map((c) => l.metrics.width(c.label, HEAD)), 0);
  const labels = rotated ? Math.max(2 * HEAD_LEAD + 8, tallest + 10) : 2 * HEAD_LEAD + 8;
  const band = plan.session?.split.value ? BAND : 0;
  return { columns, rotated, headHeight: band + labels, band };
}

function headCell(l: Layout, c: GridColumn, x: number, y: number, h: number, rotated: boolean): void {
  if (rotated && c.tick) {
    const doc = l.doc;
    doc.save();
    doc.rotate(-90, { origin: [x + c.width / 2, y + h - 5] });
    label(l, c.label, x + c.width / 2, y + h - 5 - HEAD_LEAD / 2, HEAD);
    doc.restore();
    return;
  }
  const lines = l.metrics.wrap(c.label, HEAD, c.width - 4);
  const top = y + h - 4 - lines.length * HEAD_LEAD;
  lines.forEach((line, i) => label(l, line, x + c.width / 2, top + i * HEAD_LEAD, { ...HEAD, align: 'center' }));
}

/** A tick box placed from the document's one drawing of it (stamps.ts). */
export function stampTick(l: Layout, x: number, y: number, size: number): void {
  const s = Math.round(size * 10) / 10;
  l.stamps.place(`tick:${s}`, x, y, [-1, -1, s + 1, s + 1], () => tickBox(l.doc, 0, 0, s));
}

function stampDots(l: Layout, x: number, cy: number, filled: number): void {
  l.stamps.place(`dots:${filled}`, x, cy, [-1, -4, 22, 4], () => dots(l.doc, 0, 0, filled, 2.6));
}

/** The three faces of the "how did it go?" column, centred on (cx, cy). */
function stampFaces(l: Layout, cx: number, cy: number): void {
  l.stamps.place('faces', cx, cy, [-24, -8, 24, 8], () =>
    (['good', 'soSo', 'hard'] as const).forEach((m, k) => face(l.doc, (k - 1) * 16, 0, 6.2, m)),
  );
}

/** §4.3: a split session shows its two time slots over their columns. */
function slotBand(ctx: Ctx, columns: readonly GridColumn[], y: number): void {
  const { l, t } = ctx;
  for (const slot of ['massage', 'exercises'] as const) {
    let x = l.frame.left;
    let from = -1;
    let to = -1;
    for (const c of columns) {
      if (c.slot === slot) {
        if (from < 0) from = x;
        to = x + c.width;
      }
      x += c.width;
    }
    if (from < 0) continue;
    l.artifact(() => l.doc.roundedRect(from + 1, y, to - from - 2, BAND - 2, 3).fill(COLOR.accentPale));
    l.tag('P', () => label(l, t.calendar.slots[slot], (from + to) / 2, y + 1, { ...HEAD, align: 'center' }));
  }
}

/** Draws the grid's header and one row per day, starting at y; returns the height used. */
export function drawGrid(
  ctx: Ctx,
  course: Course,
  grid: Grid,
  y: number,
  rowH: number,
): number {
  const { l } = ctx;
  const doc = l.doc;
  const { columns, rotated, headHeight, band } = grid;
  const x0 = l.frame.left;
  const width = columns.reduce((s, c) => s + c.width, 0);
  if (band > 0) slotBand(ctx, columns, y);
  l.tag('Table', () => {
    let x = x0;
    for (const c of columns) {
      headCell(l, c, x, y + band, headHeight - band, rotated);
      x += c.width;
    }
  });
  const top = y + headHeight;
  l.artifact(() => {
    course.days.forEach((_d, i) => {
      if (i % 2 === 0) doc.rect(x0, top + i * rowH, width, rowH).fill(COLOR.zebra);
    });
    for (let i = 0; i <= course.days.length; i++)
      doc.moveTo(x0, top + i * rowH).lineTo(x0 + width, top + i * rowH).lineWidth(i === 0 ? 1.2 : 0.5).stroke(i === 0 ? COLOR.ink : COLOR.grey);
    let x = x0;
    for (const c of columns.slice(0, -1)) {
      x += c.width;
      doc.moveTo(x, top).lineTo(x, top + course.days.length * rowH).lineWidth(0.5).stroke(COLOR.grey);
    }
  });
  course.days.forEach((d, i) => {
    const ry = top + i * rowH;
    const mid = ry + rowH / 2;
    let x = x0;
    for (const c of columns) {
      const cx = x + c.width / 2;
      if (c.id === 'day') l.tag('P', () => label(l, String(d.day), cx, mid - 6.5, { font: 'semibold', size: SIZE.small, align: 'center' }));
      else if (c.id === 'minutes') l.tag('P', () => label(l, String(d.targetMinutes), cx, mid - 6.5, { size: SIZE.small, align: 'center' }));
      else if (c.id === 'intensity') l.artifact(() => stampDots(l, cx - 10.3, mid, INTENSITY_DOTS[d.intensity]));
      else if (c.id === 'mood') l.artifact(() => stampFaces(l, cx, mid));
      else if (c.tick) {
        const box = Math.min(BOX, c.width - 4, rowH - 3);
        l.artifact(() => stampTick(l, cx - box / 2, mid - box / 2, box));
      }
      x += c.width;
    }
  });
  return headHeight + course.days.length * rowH;
}

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

/** Rotated labels longer than this are cut with an ellipsis, so the rows keep their room. */
const MAX_ROTATED = 92;
const MIN_TICK = 12;

/**
 * Column widths for the page width. Tick columns share what the fixed columns leave; when many
 * steps (clinician-added ones) crowd the row, the notes column goes first, then the date column
 * narrows, and in the extreme every column shrinks to fit the page rather than run off it.
 */
export function gridColumns(ctx: Ctx, width: number): Grid {
  const { l, plan } = ctx;
  const fixedWidth: Partial<Record<CalendarColumn, number>> = {
    date: 56,
    day: 30,
    minutes: 32,
    intensity: 46,
    mood: 56,
  };
  let ids = plan.calendar!.columns;
  const ticks = ids.filter((id) => !(id in fixedWidth) && id !== 'notes');
  const fixedSum = () => ids.reduce((s, id) => s + (fixedWidth[id] ?? 0), 0);
  const share = (notes: number) => (width - fixedSum() - notes) / Math.max(1, ticks.length);
  let tickW = share(ids.includes('notes') ? 48 : 0);
  if (tickW < BOX + 6) {
    ids = ids.filter((id) => id !== 'notes');
    fixedWidth.date = 40;
    tickW = share(0);
  }
  tickW = Math.max(MIN_TICK, Math.min(40, tickW));
  const columns: GridColumn[] = ids.map((id) => ({
    id,
    label: labelOf(ctx, id),
    width: fixedWidth[id] ?? (id === 'notes' ? 0 : tickW),
    tick: ticks.includes(id),
    slot: slotOf(plan, id),
  }));
  const notes = columns.find((c) => c.id === 'notes');
  const used = columns.reduce((s, c) => s + c.width, 0);
  if (notes) notes.width = Math.max(0, width - used);
  else if (used > width) for (const c of columns) c.width *= width / used;
  // Tick labels read across when every word fits and two lines are enough; otherwise they all turn.
  const fits = (c: GridColumn) =>
    c.label.split(' ').every((w) => l.metrics.width(w, HEAD) <= c.width - 4) &&
    l.metrics.wrap(c.label, HEAD, c.width - 4).length <= 2;
  const rotated = !columns.filter((c) => c.tick).every(fits);
  if (rotated) for (const c of columns) if (c.tick) c.label = shorten(l, c.label, MAX_ROTATED);
  const tallest = Math.max(...columns.filter((c) => c.tick).map((c) => l.metrics.width(c.label, HEAD)), 0);
  const labels = rotated ? Math.max(2 * HEAD_LEAD + 8, tallest + 10) : 2 * HEAD_LEAD + 8;
  const band = plan.session?.split.value ? BAND : 0;
  return { columns, rotated, headHeight: band + labels, band };
}

function shorten(l: Layout, text: string, width: number): string {
  let s = text;
  while (s.length > 1 && l.metrics.width(s, HEAD) > width) s = `${s.slice(0, -2).trimEnd()}…`;
  return s;
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
    l.tag('P', () =>
      label(l, shorten(l, t.calendar.slots[slot], to - from - 4), (from + to) / 2, y + 1, { ...HEAD, align: 'center' }),
    );
  }
}

/** Draws the grid's header and one row per day, starting at y; returns the height used. */
export function drawGrid(ctx: Ctx, course: Course, grid: Grid, y: number, rowH: number): number {
  const { l } = ctx;
  const doc = l.doc;
  const { columns, rotated, headHeight, band } = grid;
  const x0 = l.frame.left;
  const width = columns.reduce((s, c) => s + c.width, 0);
  if (band > 0) slotBand(ctx, columns, y);
  const top = y + headHeight;
  const cells = (visit: (c: GridColumn, cx: number, mid: number, day: Course['days'][number]) => void) =>
    course.days.forEach((d, i) => {
      let x = x0;
      for (const c of columns) {
        visit(c, x + c.width / 2, top + i * rowH + rowH / 2, d);
        x += c.width;
      }
    });
  // The marks in one artifact and the numbers in the table's one structure element: a calendar
  // page is hundreds of cells, and an element per cell would make the file and the render heavy.
  l.artifact(() => {
    course.days.forEach((_d, i) => {
      if (i % 2 === 0) doc.rect(x0, top + i * rowH, width, rowH).fill(COLOR.zebra);
    });
    for (let i = 0; i <= course.days.length; i++)
      doc
        .moveTo(x0, top + i * rowH)
        .lineTo(x0 + width, top + i * rowH)
        .lineWidth(i === 0 ? 1.2 : 0.5)
        .stroke(i === 0 ? COLOR.ink : COLOR.grey);
    let x = x0;
    for (const c of columns.slice(0, -1)) {
      x += c.width;
      doc
        .moveTo(x, top)
        .lineTo(x, top + course.days.length * rowH)
        .lineWidth(0.5)
        .stroke(COLOR.grey);
    }
    cells((c, cx, mid, d) => {
      if (c.id === 'intensity') stampDots(l, cx - 10.3, mid, INTENSITY_DOTS[d.intensity]);
      else if (c.id === 'mood') stampFaces(l, cx, mid);
      else if (c.tick) {
        const box = Math.min(BOX, c.width - 4, rowH - 2);
        stampTick(l, cx - box / 2, mid - box / 2, box);
      }
    });
  });
  l.tag('Table', () => {
    let x = x0;
    for (const c of columns) {
      headCell(l, c, x, y + band, headHeight - band, rotated);
      x += c.width;
    }
    cells((c, cx, mid, d) => {
      if (c.id === 'day')
        label(l, String(d.day), cx, mid - 6.5, { font: 'semibold', size: SIZE.small, align: 'center' });
      else if (c.id === 'minutes')
        label(l, String(d.targetMinutes), cx, mid - 6.5, { size: SIZE.small, align: 'center' });
    });
  });
  return headHeight + course.days.length * rowH;
}

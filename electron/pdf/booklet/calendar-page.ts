/*
 * One calendar page per course (§4.5, design "Calendar pages"): the course, the next check-up and
 * the course's dates, the legend for dots and faces, the tick-box grid, then the "skipped because"
 * ticks, the break strip with its weeks, the questions box and the warning-signs reminder with the
 * number to call. The page is laid out as one piece: the grid's rows share what the rest leaves,
 * and never get too low for a 5 mm tick box. A long course (up to 21 days) on the shorter Letter
 * page first packs the parts under the grid tighter (`compact`).
 */
import type { BreakBlock, Course } from '../../../shared/plan';
import { drawLines, heightOf, label, linesOf } from './blocks';
import { BOX, drawGrid, type Grid, gridColumns, stampTick } from './calendar-table';
import { factsOf, introOf, kickerText, READ, READ_LEAD } from './calendar-texts';
import { contactPhone, type Ctx, f } from './context';
import { warningIcon } from './figures/icons';
import { dots, face } from './figures/marks';
import { formatDate } from './format';
import type { Layout } from './layout';
import { COLOR, MM, SIZE } from './theme';

/** Legend words and tick reasons: labels beside their marks. */
const SMALL = { font: 'regular' as const, size: SIZE.small };

/** The lowest a grid row may be: a tick box of at least 5 mm and a little air (design "Calendar pages"). */
export const MIN_ROW = 5 * MM + 2;
/** The highest: short courses do not stretch into ladders. */
const MAX_ROW = 26;

/** Items (a drawn mark and a word) flowed along lines; returns the height they take. */
function flowItems(
  l: Layout,
  items: readonly { mark: number; draw?: (x: number, y: number) => void; text: string }[],
  x0: number,
  y: number,
  width: number,
  lead: number,
  draw: boolean,
): number {
  let x = x0;
  let line = 0;
  const placed: { item: (typeof items)[number]; x: number; y: number }[] = [];
  for (const item of items) {
    const w = item.mark + 4 + l.metrics.width(item.text, SMALL) + 14;
    if (x > x0 && x + w > x0 + width) {
      x = x0;
      line++;
    }
    placed.push({ item, x, y: y + line * lead });
    x += w;
  }
  if (draw) {
    l.artifact(() => placed.forEach((p) => p.item.draw?.(p.x, p.y)));
    l.tag('P', () => placed.forEach((p) => label(l, p.item.text, p.x + p.item.mark + 4, p.y, SMALL)));
  }
  return (line + 1) * lead;
}

/** Texts laid along lines whole, never broken inside one, with a dot between neighbours. */
interface FlowedText {
  /** `font` semibold: the next check-up; a separator dot is regular. */
  placed: { text: string; x: number; line: number; font: 'regular' | 'semibold' }[];
  lines: number;
}

const SEP = '  ·  ';

export function flowTexts(
  l: Layout,
  items: readonly { text: string; font?: 'regular' | 'semibold' }[],
  width: number,
): FlowedText {
  const sepW = l.metrics.width(SEP, READ);
  const placed: FlowedText['placed'] = [];
  let x = 0;
  let line = 0;
  for (const { text, font = 'regular' } of items) {
    const w = l.metrics.width(text, { font, size: READ.size });
    if (x > 0 && x + sepW + w > width) {
      x = 0;
      line++;
    }
    if (x > 0) {
      placed.push({ text: SEP.trim(), x: x + sepW / 2 - l.metrics.width('·', READ) / 2, line, font: 'regular' });
      x += sepW;
    }
    placed.push({ text, x, line, font });
    x += w;
  }
  return { placed, lines: line + 1 };
}

/** The page's parts, measured: the grid's rows take what the others leave. */
export interface CalendarPageLayout {
  facts: FlowedText;
  intro: ReturnType<typeof linesOf>;
  legendHeight: number;
  grid: Grid;
  bottom: Bottom;
  /** Where the grid starts, below the heading, facts, intro and legend. */
  gridTop: number;
  rowH: number;
}

const KICKER = { font: 'semibold' as const, size: SIZE.small, color: COLOR.accent };

/** The section's name ("Your calendar") sits at the right of the course's title when it fits, else above it. */
function kickerAbove(l: Layout, title: ReturnType<typeof linesOf>, kicker: string): number {
  const beside =
    title.lines.length === 1 &&
    l.metrics.width(title.lines[0]!, { font: 'bold', size: SIZE.h1 }) + 24 + l.metrics.width(kicker, KICKER) <=
      l.frame.width;
  return beside ? 0 : 14;
}

/** Measures the page for `course`: the same numbers draw it (and the tests check them). */
export function layoutCalendarPage(ctx: Ctx, course: Course, breakAfter: BreakBlock | undefined): CalendarPageLayout {
  const { l, t, plan } = ctx;
  const { frame } = l;
  const W = frame.width;
  const title = linesOf(l, f(t.calendar.course, { n: course.number, total: plan.calendar!.courses.length }), W, {
    font: 'bold',
    size: SIZE.h1,
  });
  const legendHeight = flowItems(l, legendItems(ctx), frame.left, 0, W, 16, false);
  const grid = gridColumns(ctx, W);
  // Normal, then the parts under the grid packed tighter, then the facts said once, then (the
  // longest course, an older child's extra lines, the shorter page) the reminder without its list
  // of signs, which the warning-signs page gives: the first that leaves every row room for its
  // 5 mm tick boxes.
  let page: CalendarPageLayout | null = null;
  for (const [compact, tight, bare, noNote] of [
    [false, false, false, false],
    [true, false, false, false],
    [true, true, false, false],
    [true, true, true, false],
    [true, true, true, true],
  ] as const) {
    // Last resort: the specialist's note, which the booklet prints in full near its start, is left off.
    const intro = linesOf(l, introOf(ctx, course, !noNote), W, { ...READ, color: COLOR.soft });
    const facts = flowTexts(l, factsOf(ctx, course, tight), W);
    const gridTop =
      frame.top +
      kickerAbove(l, title, kickerText(ctx, course)) +
      heightOf(title) +
      facts.lines * READ_LEAD +
      heightOf(intro) +
      4 +
      legendHeight +
      4;
    const bottom = bottomParts(ctx, breakAfter, compact, bare);
    const rowH = Math.min(
      MAX_ROW,
      (frame.bottom - gridTop - grid.headHeight - bottom.height - bottom.gap) / course.days.length,
    );
    page = { facts, intro, legendHeight, grid, bottom, gridTop, rowH };
    if (rowH >= MIN_ROW) break;
  }
  return page!;
}

/** What the dots and the faces mean. */
function legendItems(ctx: Ctx): { mark: number; draw?: (x: number, y: number) => void; text: string }[] {
  const { l, t, plan } = ctx;
  const c = t.calendar;
  const doc = l.doc;
  const legend = [
    ...(['light', 'medium', 'full'] as const).map((i) => ({
      mark: 20,
      draw: (x: number, ly: number) => dots(doc, x, ly + 7, { light: 1, medium: 2, full: 3 }[i], 2.6),
      text: c.intensity[i],
    })),
    ...(['good', 'soSo', 'hard'] as const).map((m) => ({
      mark: 13,
      draw: (x: number, ly: number) => face(doc, x + 6.5, ly + 7, 6.2, m),
      text: c.faces[m],
    })),
  ];
  return plan.calendar!.columns.includes('intensity') ? legend : legend.slice(3);
}

export function drawCalendarPage(ctx: Ctx, course: Course, breakAfter: BreakBlock | undefined): void {
  const { l, t, plan } = ctx;
  const c = t.calendar;
  const { frame } = l;
  const W = frame.width;
  const page = layoutCalendarPage(ctx, course, breakAfter);
  let y = frame.top;

  // Heading: the section's name, the course, then the next check-up and the course's dates.
  const title = linesOf(l, f(c.course, { n: course.number, total: plan.calendar!.courses.length }), W, {
    font: 'bold',
    size: SIZE.h1,
    color: COLOR.accent,
  });
  const kicker = kickerText(ctx, course);
  const above = kickerAbove(l, title, kicker);
  l.tag('P', () =>
    above > 0
      ? label(l, kicker, frame.left, y, KICKER)
      : label(l, kicker, frame.right, y + 8, { ...KICKER, align: 'right' }),
  );
  y += above;
  l.tag('H1', () => drawLines(l, title, frame.left, y));
  y += heightOf(title);
  const factsTop = y;
  l.tag('P', () =>
    page.facts.placed.forEach((p) =>
      label(l, p.text, frame.left + p.x, factsTop + p.line * READ_LEAD, { ...READ, font: p.font }),
    ),
  );
  y += page.facts.lines * READ_LEAD;
  l.tag('P', () => drawLines(l, page.intro, frame.left, y));
  y += heightOf(page.intro) + 4;
  y += flowItems(l, legendItems(ctx), frame.left, y, W, 16, true) + 4;

  y += drawGrid(ctx, course, page.grid, y, page.rowH) + page.bottom.gap;
  page.bottom.draw(y);
  l.y = frame.bottom;
}

interface Bottom {
  height: number;
  /** The space between the grid and these parts. */
  gap: number;
  compact: boolean;
  draw(y: number): void;
}

/**
 * The parts under the grid. Normally: the skipped ticks across the page, the break strip beside
 * the questions box, and the reminder strip. `compact` (a long course on a short page) moves the
 * skipped ticks into the column beside the strip, over a lower questions box, and packs the rest
 * tighter, so the rows keep their 5 mm tick boxes.
 */
function bottomParts(ctx: Ctx, breakAfter: BreakBlock | undefined, compact: boolean, bare = false): Bottom {
  const { l, t } = ctx;
  const c = t.calendar;
  const { frame, doc } = l;
  const W = frame.width;
  const gap = compact ? 5 : 8;
  const skipLead = compact ? 15 : 17;
  const skipItems = [c.skipped.ill, c.skipped.fever, c.skipped.rash, c.skipped.upset, c.skipped.other].map((text) => ({
    mark: BOX * 0.8,
    draw: (x: number, y: number) => stampTick(l, x, y - 1, BOX * 0.8),
    text,
  }));
  const skipHead = { font: 'semibold' as const, size: SIZE.small };
  // Beside its heading, or (compact) under it in the side column, which takes from the strip what
  // it needs to hold the ticks in two lines.
  const headW = compact ? 0 : l.metrics.width(c.skipped.heading, skipHead) + 10;
  const share = !compact
    ? 0.56
    : ([0.56, 0.52, 0.48].find(
        (k) => flowItems(l, skipItems, 0, 0, W * (1 - k) - 12, skipLead, false) <= 2 * skipLead,
      ) ?? 0.48);
  const strip = breakAfter ? breakStrip(ctx, breakAfter, W * share, compact ? 15 : 17) : null;
  const sideW = strip ? W - strip.width - 12 : W;
  const skipW = compact ? sideW : W - headW;
  const skipH = (compact ? 16 : 0) + flowItems(l, skipItems, 0, 0, skipW, skipLead, false);
  const questionsMin = compact ? 46 : 64;
  const middleH = compact
    ? Math.max(strip?.height ?? 0, skipH + gap + questionsMin)
    : Math.max(strip?.height ?? 0, questionsMin);
  const questionsH = compact ? middleH - skipH - gap : middleH;
  const phone = contactPhone(ctx);
  const reminderText = phone ? f(t.redFlags.reminder, { phone }) : t.redFlags.reminderNoPhone;
  const signs = Object.values(t.redFlags.items)
    .map((i) => i.heading)
    .join(' · ');
  const reminder = linesOf(l, bare ? reminderText : `${reminderText} ${signs}.`, W - 44, READ);
  const reminderH = Math.max(30, heightOf(reminder) + (compact ? 6 : 10));
  const skipTicks = (x: number, y: number) => {
    l.tag('P', () => label(l, c.skipped.heading, x, y, skipHead));
    flowItems(l, skipItems, x + headW, y + (compact ? 16 : 0), skipW, skipLead, true);
  };
  return {
    height: (compact ? 0 : skipH + gap) + middleH + gap + reminderH,
    gap: compact ? 6 : 10,
    compact,
    draw: (y) => {
      let my = y;
      if (!compact) {
        skipTicks(frame.left, my);
        my += skipH + gap;
      }
      if (strip) strip.draw(frame.left, my);
      const qx = frame.left + W - sideW;
      if (compact) skipTicks(qx, my);
      const qy = compact ? my + skipH + gap : my;
      l.artifact(() => {
        doc.roundedRect(qx, qy, sideW, questionsH, 5).lineWidth(1).stroke(COLOR.accent);
        for (let ly = qy + 36; ly < qy + questionsH - 6; ly += 18)
          doc
            .moveTo(qx + 8, ly)
            .lineTo(qx + sideW - 8, ly)
            .lineWidth(0.5)
            .stroke(COLOR.grey);
      });
      l.tag('H2', () => label(l, c.questions, qx + 8, qy + 6, { font: 'bold', size: SIZE.note, color: COLOR.accent }));
      my += middleH + gap;
      l.artifact(() => {
        doc.roundedRect(frame.left, my, W, reminderH, 5).fill(COLOR.tint);
        l.drawing('warning:pain', { x: frame.left + 6, y: my + reminderH / 2 - 12, w: 24, h: 24 }, (b) =>
          warningIcon(doc, 'pain', b.x + 12, b.y + 12, 12),
        );
      });
      l.tag('P', () => drawLines(l, reminder, frame.left + 38, my + (reminderH - heightOf(reminder)) / 2));
    },
  };
}

/** The break after the course: its dates and a week-by-activity grid of optional ticks. */
function breakStrip(
  ctx: Ctx,
  b: BreakBlock,
  width: number,
  rowH: number,
): { width: number; height: number; draw(x: number, y: number): void } {
  const { l, t } = ctx;
  const s = t.calendar.breakStrip;
  const weeks = Math.ceil(b.days / 7);
  const activities = [
    s.cycling,
    s.swimming,
    s.barefoot,
    ...(b.exercises.value === 'three_per_week' ? [s.exercisesNote] : []),
  ];
  const labelW = Math.min(width * 0.42, Math.max(...activities.map((a) => l.metrics.width(a, SMALL))) + 8);
  const cellW = (width - labelW) / weeks;
  const box = Math.min(BOX * 0.8, cellW - 6, rowH - 2);
  const head = linesOf(
    l,
    `${s.heading} (${formatDate(b.startDate, ctx.lang, 'dayMonth')} – ${formatDate(b.endDate, ctx.lang, 'dayMonth')})`,
    width,
    { font: 'semibold', size: SIZE.note, color: COLOR.accent },
  );
  const headH = heightOf(head) + 2;
  const height = headH + 13 + activities.length * rowH;
  return {
    width,
    height,
    draw: (x, y) => {
      l.tag('H2', () => drawLines(l, head, x, y));
      const gy = y + headH;
      const rowY = (i: number) => gy + 13 + i * rowH;
      l.artifact(() =>
        activities.forEach((_a, i) => {
          if (i % 2 === 0) l.doc.rect(x, rowY(i), width, rowH).fill(COLOR.zebra);
          for (let w = 0; w < weeks; w++)
            stampTick(l, x + labelW + (w + 0.5) * cellW - box / 2, rowY(i) + (rowH - box) / 2, box);
        }),
      );
      l.tag('Table', () => {
        for (let w = 0; w < weeks; w++)
          label(l, f(s.week, { n: w + 1 }), x + labelW + (w + 0.5) * cellW, gy, { size: SIZE.min, align: 'center' });
        activities.forEach((a, i) => label(l, a, x + 2, rowY(i) + (rowH - SIZE.small * 1.2) / 2, SMALL));
      });
    },
  };
}

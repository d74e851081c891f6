/*
 * One calendar page per course (§4.5, design "Calendar pages"): the course and its dates, the
 * legend for dots and faces, the tick-box grid, then the "skipped because" ticks, the break strip
 * with its weeks, the questions box and the warning-signs reminder with the number to call.
 * The page is laid out as one piece: the grid's row height is chosen so all of it fits.
 */
import type { BreakBlock, Course } from '../../../shared/plan';
import { drawLines, heightOf, label, linesOf } from './blocks';
import { BOX, drawGrid, gridColumns, stampTick } from './calendar-table';
import { contactPhone, type Ctx, f } from './context';
import { warningIcon } from './figures/icons';
import { dots, face } from './figures/marks';
import { formatDate } from './format';
import type { Layout } from './layout';
import { COLOR, SIZE } from './theme';

const SMALL = { font: 'regular' as const, size: SIZE.small };

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

/** The booked visit of the first check-up from this course on; none booked: a line to fill in. */
function nextVisit(ctx: Ctx, course: Course): string | null {
  const next = (ctx.req.checkups ?? [])
    .filter((c) => (c.booked?.slice(0, 10) ?? c.dueOn) >= course.startDate)
    .sort((a, b) => ((a.booked ?? a.dueOn) < (b.booked ?? b.dueOn) ? -1 : 1))[0];
  return next?.booked ?? null;
}

export function drawCalendarPage(ctx: Ctx, course: Course, breakAfter: BreakBlock | undefined): void {
  const { l, t, plan } = ctx;
  const c = t.calendar;
  const { frame, doc } = l;
  const W = frame.width;
  let y = frame.top;

  // Heading: the section's name, the course, and its dates.
  l.tag('P', () =>
    label(l, t.sections.calendars.title, frame.left, y, { font: 'semibold', size: SIZE.small, color: COLOR.accent }),
  );
  y += 14;
  const title = linesOf(l, f(c.course, { n: course.number, total: plan.calendar!.courses.length }), W, {
    font: 'bold',
    size: SIZE.h1,
    color: COLOR.accent,
  });
  l.tag('H1', () => drawLines(l, title, frame.left, y));
  y += heightOf(title);
  const visit = nextVisit(ctx, course);
  const facts = [
    f(c.dates, { from: formatDate(course.startDate, ctx.lang), to: formatDate(course.endDate, ctx.lang) }),
    f(c.suggestedStart, { date: formatDate(course.startDate, ctx.lang) }),
    visit ? f(c.nextVisit, { date: formatDate(visit, ctx.lang) }) : `${c.nextVisitBlank} ________________`,
  ];
  if (plan.child.ageBand.value === 'older') facts.push(f(c.childTicks, { name: plan.child.firstName }));
  const factLines = linesOf(l, facts.join('   ·   '), W, { size: SIZE.small + 0.5 });
  l.tag('P', () => drawLines(l, factLines, frame.left, y));
  y += heightOf(factLines);
  const intro = linesOf(l, t.sections.calendars.intro, W, { size: SIZE.small + 0.5, color: COLOR.soft });
  l.tag('P', () => drawLines(l, intro, frame.left, y));
  y += heightOf(intro) + 4;

  // Legend: what the dots and the faces mean.
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
  const showLegend = plan.calendar!.columns.includes('intensity');
  const legendItems = showLegend ? legend : legend.slice(3);
  y += flowItems(l, legendItems, frame.left, y, W, 16, true) + 4;

  // Everything under the grid, measured first so the rows can take the rest of the page.
  const bottom = bottomHeight(ctx, breakAfter);
  const grid = gridColumns(ctx, W);
  // Rows share the rest of the page. 17.5 pt keeps the 5 mm tick boxes for any course of up to 21
  // days; only a course crowded with added steps (tall rotated labels) goes below to stay on its page.
  const rowH = Math.max(
    14,
    Math.min(26, (frame.bottom - y - grid.headHeight - bottom.height - 10) / course.days.length),
  );
  y += drawGrid(ctx, course, grid, y, rowH) + 10;
  bottom.draw(y);
  l.y = frame.bottom;
}

/** The parts under the grid: skipped ticks, break strip beside the questions box, reminder strip. */
function bottomHeight(ctx: Ctx, breakAfter: BreakBlock | undefined): { height: number; draw(y: number): void } {
  const { l, t } = ctx;
  const c = t.calendar;
  const { frame, doc } = l;
  const W = frame.width;
  const skipItems = [c.skipped.ill, c.skipped.fever, c.skipped.rash, c.skipped.upset, c.skipped.other].map((text) => ({
    mark: BOX * 0.8,
    draw: (x: number, y: number) => stampTick(l, x, y - 1, BOX * 0.8),
    text,
  }));
  const headW = l.metrics.width(c.skipped.heading, { font: 'semibold', size: SIZE.small }) + 10;
  const skipH = flowItems(l, skipItems, frame.left + headW, 0, W - headW, 17, false);
  const strip = breakAfter ? breakStrip(ctx, breakAfter, W * 0.56) : null;
  const questionsW = strip ? W - strip.width - 12 : W;
  const middleH = Math.max(strip?.height ?? 0, 64);
  const phone = contactPhone(ctx);
  const reminderText = phone ? f(t.redFlags.reminder, { phone }) : t.redFlags.reminderNoPhone;
  const signs = Object.values(t.redFlags.items)
    .map((i) => i.heading)
    .join(' · ');
  const reminder = linesOf(l, `${reminderText} ${signs}.`, W - 44, { size: SIZE.small });
  const reminderH = Math.max(30, heightOf(reminder) + 10);
  return {
    height: skipH + 8 + middleH + 8 + reminderH,
    draw: (y) => {
      l.tag('P', () => label(l, c.skipped.heading, frame.left, y, { font: 'semibold', size: SIZE.small }));
      flowItems(l, skipItems, frame.left + headW, y, W - headW, 17, true);
      let my = y + skipH + 8;
      if (strip) strip.draw(frame.left, my);
      const qx = frame.left + W - questionsW;
      l.artifact(() => {
        doc.roundedRect(qx, my, questionsW, middleH, 5).lineWidth(1).stroke(COLOR.accent);
        for (let ly = my + 34; ly < my + middleH - 6; ly += 18)
          doc
            .moveTo(qx + 8, ly)
            .lineTo(qx + questionsW - 8, ly)
            .lineWidth(0.5)
            .stroke(COLOR.grey);
      });
      l.tag('H2', () => label(l, c.questions, qx + 8, my + 6, { font: 'bold', size: SIZE.small, color: COLOR.accent }));
      my += middleH + 8;
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
  const box = Math.min(BOX * 0.8, cellW - 6);
  const head = linesOf(
    l,
    `${s.heading} (${formatDate(b.startDate, ctx.lang, 'dayMonth')} – ${formatDate(b.endDate, ctx.lang, 'dayMonth')})`,
    width,
    {
      font: 'semibold',
      size: SIZE.small,
      color: COLOR.accent,
    },
  );
  const rowH = 17;
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
        activities.forEach((a, i) => label(l, a, x + 2, rowY(i) + 3, SMALL));
      });
    },
  };
}

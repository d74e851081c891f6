/*
 * §5 item 6, "Your plan at a glance": the course rhythm, the timeline of courses, breaks and
 * check-ups (Fig. 17), the day-by-day massage minutes of course 1, and the rules for missed days.
 */
import type { Course, FollowUp, Intensity } from '../../../shared/plan';
import { fixed, heading, label, paragraph } from './blocks';
import { textBox } from './box';
import { type Ctx, f, noteOf } from './context';
import { dots, dotsWidth } from './figures/marks';
import { formatDate, formatVisit } from './format';
import type { Block, Layout } from './layout';
import { windowNote } from './calendar-window';
import { type TimelineVisit, timelineBlock } from './plan-timeline';
import { sectionHead } from './section';
import { COLOR, SIZE } from './theme';

export const INTENSITY_DOTS: Record<Intensity, number> = { light: 1, medium: 2, full: 3 };

export interface Visit extends TimelineVisit {
  text: string;
}

/**
 * The plan's check-ups in date order, each at its booked date and time when a visit is booked
 * for it (the stored schedule, req.checkups), else at its due date. A request without a
 * schedule (the command line) prints the plan's proposals.
 */
export function visitsOf(ctx: Ctx): Visit[] {
  const { t, req, plan } = ctx;
  const reasonText = (v: { purpose: FollowUp['reason']; course: number | null }) =>
    v.purpose === 'after_course'
      ? f(t.planOverview.followUps.after_course, { n: v.course ?? 1 })
      : t.planOverview.followUps[v.purpose];
  const checkups =
    req.checkups ?? plan.followUps.map((v) => ({ dueOn: v.date, purpose: v.reason, course: v.course, booked: null }));
  const visits = checkups.map((c) => ({
    date: c.booked ? c.booked.slice(0, 10) : c.dueOn,
    booked: c.booked !== null,
    text: `${reasonText(c)}: ${c.booked ? formatVisit(c.booked, ctx.lang) : formatDate(c.dueOn, ctx.lang)}`,
  }));
  return visits.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * The intensity dots under each day of the chart. A day's three dots sit close together (gaps of
 * 0.6 r) and days stay at least 3 r apart, so a 21-day course's dots still read as one group per
 * day; they shrink from the usual 2.4 pt radius only as far as that needs.
 * Returns each day's column centre and the dots' radius, gap and left edge.
 */
export function chartDots(
  days: number,
  x0: number,
  width: number,
): { colW: number; r: number; gap: number; days: { cx: number; x: number }[] } {
  const colW = width / days;
  // A group is 6r + 2(0.6r) = 7.2r wide; with 3r clear to the next day, a day needs 10.2r.
  const r = Math.min(2.4, colW / 10.2);
  const gap = 0.6 * r;
  const w = dotsWidth(r, gap);
  return {
    colW,
    r,
    gap,
    days: Array.from({ length: days }, (_, i) => {
      const cx = x0 + (i + 0.5) * colW;
      return { cx, x: cx - w / 2 };
    }),
  };
}

/** The width the chart's row labels take (Massage, min / Day / Intensity). */
export function chartLabelWidth(ctx: Ctx): number {
  const mt = ctx.t.planOverview.minutesTable;
  return (
    Math.max(
      ...[mt.minutes, mt.day, mt.intensity].map((s) => ctx.l.metrics.width(s, { font: 'semibold', size: SIZE.small })),
    ) + 10
  );
}

/** Course 1 as a bar chart: minutes per day, the day numbers under it, then the intensity dots. */
function minutesChart(ctx: Ctx, course: Course): Block {
  const { l, t } = ctx;
  const mt = t.planOverview.minutesTable;
  const labelW = chartLabelWidth(ctx);
  const geometry = chartDots(course.days.length, l.frame.left + labelW, l.frame.width - labelW);
  const { colW } = geometry;
  const barMax = 64;
  const peak = Math.max(...course.days.map((d) => d.targetMinutes));
  const height = barMax + 16 + 34;
  return fixed(height, (y) => {
    l.tag(
      'Figure',
      () => {
        const doc = l.doc;
        const x0 = l.frame.left + labelW;
        const base = y + barMax + 12;
        label(l, mt.minutes, l.frame.left, base - 18, { font: 'semibold', size: SIZE.small });
        label(l, mt.day, l.frame.left, base + 3, { font: 'semibold', size: SIZE.small });
        label(l, mt.intensity, l.frame.left, base + 20, { font: 'semibold', size: SIZE.small });
        course.days.forEach((d, i) => {
          const { cx, x: dotsX } = geometry.days[i]!;
          const h = (d.targetMinutes / peak) * barMax;
          const w = Math.min(colW - 3, 22);
          doc.rect(cx - w / 2, base - h, w, h).fill(d.phase === 'plateau' ? COLOR.accent : COLOR.accentMid);
          label(l, String(d.targetMinutes), cx, base - h - 11, { size: SIZE.min, font: 'semibold', align: 'center' });
          label(l, String(d.day), cx, base + 3, { size: SIZE.min, align: 'center' });
          dots(doc, dotsX, base + 26, INTENSITY_DOTS[d.intensity], geometry.r, geometry.gap);
        });
        doc.moveTo(x0, base).lineTo(l.frame.right, base).lineWidth(1).stroke(COLOR.ink);
      },
      {
        alt: `${mt.minutes}, ${mt.intensity}: ${course.days
          .map((d) => `${mt.day} ${d.day} – ${d.targetMinutes}, ${t.calendar.intensity[d.intensity]}`)
          .join('; ')}`,
      },
    );
  });
}

/** A numbered list in two columns (the check-ups under the timeline), numbers matching the pins. */
function numberedColumns(l: Layout, items: readonly string[]): Block {
  const gutter = 16;
  const colW = items.length > 3 ? (l.frame.width - gutter) / 2 : l.frame.width;
  const perCol = items.length > 3 ? Math.ceil(items.length / 2) : items.length;
  const style = { font: 'regular' as const, size: SIZE.body };
  const lead = SIZE.body * 1.362;
  const numW = l.metrics.width(`${items.length}.`, style) + 6;
  const wrapped = items.map((s) => l.metrics.wrap(s, style, colW - numW));
  const colHeight = (from: number, to: number) => wrapped.slice(from, to).reduce((h, w) => h + w.length * lead + 2, 0);
  const height = Math.max(colHeight(0, perCol), colHeight(perCol, items.length));
  return fixed(
    height,
    (y) =>
      l.tag('L', () => {
        for (const col of [0, 1]) {
          let cy = y;
          const x = l.frame.left + col * (colW + gutter);
          for (let i = col * perCol; i < Math.min(items.length, (col + 1) * perCol); i++) {
            label(l, `${i + 1}.`, x, cy, style);
            wrapped[i]!.forEach((line, k) => label(l, line, x + numW, cy + k * lead, style));
            cy += wrapped[i]!.length * lead + 2;
          }
        }
      }),
    { space: 6 },
  );
}

export function planOverviewBlocks(ctx: Ctx): Block[] {
  const { l, t, plan } = ctx;
  const settings = plan.settings!;
  const cal = plan.calendar!;
  const o = t.planOverview;
  const blocks: Block[] = [sectionHead(ctx, 'plan_overview', { newPage: true })];
  if (plan.edition.banner === 'supportive_measure')
    blocks.push(
      textBox(l, {
        label: t.editions.specialist_care.supportiveBanner,
        text: t.editions.specialist_care.supportiveIntro,
        borderWidth: 2,
      }),
    );
  const rhythm = [
    f(o.summary, { courseDays: settings.courseDays.value, breakDays: settings.breakDays.value }),
    f(o.horizon, { months: settings.horizonMonths.value }),
  ];
  if (noteOf(ctx, 'break_per_specialist')) rhythm.push(o.breakSetBySpecialist);
  blocks.push(paragraph(l, rhythm.join(' '), { space: 8 }));

  const visits = visitsOf(ctx);
  blocks.push({ ...timelineBlock(ctx, visits), space: 10 });
  blocks.push(
    numberedColumns(
      l,
      visits.map((v) => v.text),
    ),
  );
  blocks.push(paragraph(l, o.checkups.text.join(' '), { space: 8 }));
  // The booklet holds only the next few calendars: which, and when the next ones come.
  const held = windowNote(ctx);
  if (held) blocks.push(paragraph(l, held, { font: 'semibold', space: 6 }));

  blocks.push(heading(l, o.minutesTable.heading, 2), minutesChart(ctx, cal.courses[0]!));
  blocks.push(paragraph(l, o.minutesTable.shorterEarly, { color: COLOR.soft, space: 4 }));
  const extra: string[] = [];
  if (noteOf(ctx, 'consistency_reminder')) extra.push(t.notes.degree2Consistency);
  if (plan.session?.split.value) extra.push(f(t.notes.splitSession, { minutes: plan.session.totalMinutes }));
  for (const text of extra) blocks.push(paragraph(l, text, { font: 'semibold', space: 8 }));
  if (plan.missedDays) {
    const m = t.notes.missedDays;
    blocks.push(textBox(l, { label: m.heading, text: m.rule, more: [m.longGap], space: 12, labelTag: 'H2' }));
  }
  return blocks;
}

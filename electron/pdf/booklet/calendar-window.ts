/*
 * Which course calendars a booklet prints. The family gets a new booklet at every check-up
 * (§4.4), so printing a calendar for every course of an 18-month plan only makes the booklet
 * thick: it prints the next `calendarCourses` courses (the clinician's choice, else the clinic's
 * default, applied by main), counted from the first course that has not ended on the day the
 * booklet is made, and says at which check-up the next calendars come.
 */
import { DEFAULT_CALENDAR_COURSES } from '../../../shared/contract/settings';
import type { Course } from '../../../shared/plan';
import { type Ctx, f } from './context';
import { formatVisit } from './format';

export interface CalendarWindow {
  /** The courses that get a calendar page, in order. */
  courses: Course[];
  /** Courses of the plan after the printed ones: their calendars come with a later booklet. */
  later: number;
  /** The first check-up after the day the booklet is made: its day, and what to print (booked or due). */
  nextCheckup: { date: string; at: string; booked: boolean } | null;
}

/** The booklet's day: the calendar date of `generatedAt`, as its "made on" line prints it. */
export function bookletDay(ctx: Pick<Ctx, 'req'>): string {
  return ctx.req.generatedAt.slice(0, 10);
}

export function calendarWindow(ctx: Ctx): CalendarWindow {
  const all = ctx.plan.calendar?.courses ?? [];
  const today = bookletDay(ctx);
  const from = all.findIndex((c) => c.endDate >= today);
  const wanted = ctx.req.calendarCourses ?? DEFAULT_CALENDAR_COURSES;
  const courses = from < 0 ? [] : all.slice(from, wanted === 'all' ? undefined : from + wanted);
  const last = courses.at(-1);
  const later = last ? all.length - last.number : 0;
  return { courses, later, nextCheckup: nextCheckup(ctx, today) };
}

/**
 * The plan's first check-up after `day` (the booklet is made at a visit: the child is being seen
 * that day): a booked visit at its date, else the due date. A
 * request without the stored schedule (the command line) uses the plan's proposals, as the
 * timeline does (plan-overview.ts).
 */
export function nextCheckup(ctx: Pick<Ctx, 'req' | 'plan'>, day: string): CalendarWindow['nextCheckup'] {
  const checkups = ctx.req.checkups ?? ctx.plan.followUps.map((f) => ({ dueOn: f.date, booked: null }));
  const dates = checkups
    .map((c) => ({
      date: c.booked ? c.booked.slice(0, 10) : c.dueOn,
      at: c.booked ?? c.dueOn,
      booked: c.booked !== null,
    }))
    .filter((c) => c.date > day)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return dates[0] ?? null;
}

/**
 * "Calendars in this booklet: courses 4–6. You will get the next ones at your check-up on …":
 * printed on the plan overview and on the last calendar page. Null when the booklet holds every
 * calendar of the plan, or none.
 */
export function windowNote(ctx: Ctx, win: CalendarWindow = calendarWindow(ctx)): string | null {
  const first = win.courses[0];
  const last = win.courses.at(-1);
  if (!first || !last || (first.number === 1 && win.later === 0)) return null;
  const c = ctx.t.calendar;
  const held =
    first === last ? f(c.windowOne, { n: first.number }) : f(c.window, { from: first.number, to: last.number });
  if (win.later === 0) return held;
  const next = win.nextCheckup
    ? f(c.nextCalendars, { date: formatVisit(win.nextCheckup.at, ctx.lang) })
    : c.nextCalendarsNoDate;
  return `${held} ${next}`;
}

/**
 * How many boxes the check-up log gets. A booklet that holds only the next few calendars is
 * replaced at the next check-up, where the next calendars come: one box, for that visit. One that
 * holds every remaining calendar gets a box per check-up still ahead, and at least three.
 */
export function checkupLogBoxes(ctx: Ctx): number {
  if (calendarWindow(ctx).later > 0) return 1;
  const today = bookletDay(ctx);
  const checkups = ctx.req.checkups ?? ctx.plan.followUps.map((f) => ({ dueOn: f.date, booked: null }));
  const ahead = checkups.filter((c) => (c.booked ? c.booked.slice(0, 10) : c.dueOn) > today).length;
  return Math.max(3, ahead);
}

/*
 * The words at the top of a calendar page: the next check-up, the course's dates, the intro (with
 * when the next calendars come and the specialist's note), and the kicker with the course code.
 */
import { courseCode } from '../../../shared/contract/adherence';
import type { Course } from '../../../shared/plan';
import { calendarWindow } from './calendar-window';
import { type Ctx, f } from './context';
import { formatDate, formatVisit } from './format';
import { LEADING, SIZE } from './theme';

/** What a parent reads on the page: the dates, the next check-up, the intro, the reminder. */
export const READ = { font: 'regular' as const, size: SIZE.note };
export const READ_LEAD = SIZE.note * LEADING;

/** The booked visit of the first check-up from this course on; none booked: a line to fill in. */
function nextVisit(ctx: Ctx, course: Course): { booked: string | null; dueOn: string } | null {
  const next = (ctx.req.checkups ?? [])
    .filter((c) => (c.booked?.slice(0, 10) ?? c.dueOn) >= course.startDate)
    .sort((a, b) => ((a.booked ?? a.dueOn) < (b.booked ?? b.dueOn) ? -1 : 1))[0];
  return next ? { booked: next.booked, dueOn: next.dueOn } : null;
}

/** The booked check-up, else the plan's date for it "to be booked", else a line to write on. */
function nextVisitText(ctx: Ctx, course: Course): string {
  const c = ctx.t.calendar;
  const visit = nextVisit(ctx, course);
  if (visit?.booked) return f(c.nextVisit, { date: formatVisit(visit.booked, ctx.lang) });
  if (visit) return f(c.nextVisitDue, { date: formatDate(visit.dueOn, ctx.lang) });
  return `${c.nextVisitBlank} ________________`;
}

/** The facts line: the next check-up first, so it never ends up alone on a line of its own. */
export function factsOf(ctx: Ctx, course: Course, tight: boolean): { text: string; font?: 'semibold' }[] {
  const { t, plan } = ctx;
  const c = t.calendar;
  const facts: { text: string; font?: 'semibold' }[] = [
    { text: nextVisitText(ctx, course), font: 'semibold' },
    { text: f(c.dates, { from: formatDate(course.startDate, ctx.lang), to: formatDate(course.endDate, ctx.lang) }) },
  ];
  // The suggested start is the first of the dates: a tight page says it once.
  if (!tight) facts.push({ text: f(c.suggestedStart, { date: formatDate(course.startDate, ctx.lang) }) });
  if (plan.child.ageBand.value === 'older') facts.push({ text: f(c.childTicks, { name: plan.child.firstName }) });
  return facts;
}

/** The intro; the last calendar of a booklet that holds only the next few says when the next come. */
export function introOf(ctx: Ctx, course: Course, withNote = true): string {
  const { t } = ctx;
  const win = calendarWindow(ctx);
  const note = withNote ? noteLine(ctx) : '';
  if (win.later === 0 || win.courses.at(-1)?.number !== course.number) return t.sections.calendars.intro + note;
  const c = t.calendar;
  const next = win.nextCheckup
    ? f(c.nextCalendars, { date: formatVisit(win.nextCheckup.at, ctx.lang) })
    : c.nextCalendarsNoDate;
  return `${t.sections.calendars.intro} ${next}${note}`;
}

/**
 * The specialist's note repeated on every calendar page (§3.7): as much as one line holds, then
 * where the whole note is. Empty when there is no note.
 */
function noteLine(ctx: Ctx): string {
  const { l, t, req } = ctx;
  const note = req.specialistNotes.replace(/\s+/g, ' ').trim();
  if (!note) return '';
  const c = t.calendar;
  const full = `${c.specialistNote} ${note}`;
  if (l.metrics.width(full, READ) <= l.frame.width) return `\n${full}`;
  let cut = '';
  for (const word of note.split(' ')) {
    const next = cut ? `${cut} ${word}` : word;
    if (l.metrics.width(`${c.specialistNote} ${next}…`, READ) > l.frame.width) break;
    cut = next;
  }
  const more = ctx.notesPage ? ` ${f(c.specialistNoteMore, { page: ctx.notesPage })}` : '';
  return `\n${c.specialistNote} ${cut.replace(/[.,;:!?]$/, '')}…${more ? `\n${more.trim()}` : ''}`;
}

/** "Your calendar", and the course code that opens this page's entry screen when the record is known. */
export function kickerText(ctx: Ctx, course: Course): string {
  const { t, req, plan } = ctx;
  const start = plan.settings?.startDate;
  if (!req.recordId || !start) return t.sections.calendars.title;
  return `${t.sections.calendars.title} · ${f(t.calendar.code, { code: courseCode(req.recordId, start, course.number) })}`;
}

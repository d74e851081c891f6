import type { BookletRecord, BookletRequest, ProposedVisit } from '../../../shared/contract';
import { daysBetween } from '../../../shared/diary/dates';
import { localDate } from '../../../shared/diary/local-time';
import { computePlan } from '../../../shared/plan';

/*
 * The follow-up visits the child's plan proposes. The plan is worked out here from the booklet
 * draft (latest assessment and its clinician) starting on the day of the latest printed booklet,
 * so the dates are the ones the family has on paper; with no booklet yet, starting today.
 */

export interface PlanVisit {
  dueOn: string;
  reason: 'after_course' | 'every_months' | 'end_of_horizon';
  course: number | null;
}

export interface PlanVisits {
  visits: PlanVisit[];
  /** The start date the dates count from. */
  startDate: string;
  /** The booklet the plan comes from (`booklet:<id>`), or null when none was printed. */
  planRef: string | null;
  bookletDate: string | null;
  /** Why there is nothing to propose: the plan is blocked, or its kind has no home program. */
  none: 'blocked' | 'noFollowUps' | null;
}

export function planVisits(draft: BookletRequest, booklets: readonly BookletRecord[], today: string): PlanVisits {
  const latest = booklets[0] ?? null;
  const bookletDate = latest ? localDate(Date.parse(latest.createdAt)) : null;
  const startDate = bookletDate ?? today;
  const result = computePlan({ ...draft, settings: { ...draft.settings, startDate } });
  const base = { startDate, planRef: latest ? `booklet:${latest.id}` : null, bookletDate };
  // No assessment yet (an information-only plan) or a blocked one: nothing the clinician planned.
  if (!draft.assessment || result.status !== 'ok') return { ...base, visits: [], none: 'blocked' };
  const all = result.plan.followUps.map((f) => ({ dueOn: f.date, reason: f.reason, course: f.course }));
  // Visits still ahead, and the latest one already due (the family may be overdue for it).
  const past = all.filter((v) => v.dueOn < today);
  const visits = [...past.slice(-1), ...all.filter((v) => v.dueOn >= today)];
  return { ...base, visits, none: visits.length ? null : 'noFollowUps' };
}

/** `YYYY-MM-DDTHH:MM` for a slot, or `skip`. */
export type Choice = string;
export const SKIP: Choice = 'skip';

export const slotChoice = (s: { date: string; start: string }): Choice => `${s.date}T${s.start}`;

export function parseChoice(choice: Choice): { date: string; time: string } | null {
  if (choice === SKIP) return null;
  const [date = '', time = ''] = choice.split('T');
  return { date, time };
}

/** A booking this close to the due date already serves it (e.g. this screen was used before). */
export const SERVES_WITHIN_DAYS = 7;

/** The child's bookings near the due date, nearest first. */
export function nearby(p: ProposedVisit, withinDays = 14) {
  return p.existing
    .map((e) => ({ entry: e, distance: Math.abs(daysBetween(p.dueOn, e.date)) }))
    .filter((x) => x.distance <= withinDays)
    .sort((a, b) => a.distance - b.distance)
    .map((x) => x.entry);
}

/** The suggestion: the nearest free slot on or after the due date, else the nearest before; skip when already booked. */
export function defaultChoice(p: ProposedVisit): Choice {
  if (nearby(p, SERVES_WITHIN_DAYS).length > 0) return SKIP;
  const first = p.slots[0] ?? p.earlier[0];
  return first ? slotChoice(first) : SKIP;
}

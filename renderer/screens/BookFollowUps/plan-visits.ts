import type { Checkup, PlanSchedule, ProposedVisit } from '../../../shared/contract';
import { daysBetween } from '../../../shared/calendar';

/*
 * Choices on "Book follow-ups". The check-ups themselves come only from the child's stored care
 * plan (`care-plans:schedule`): the dates the family's booklet prints. Nothing is recomputed here.
 */

/** The check-ups still to book: due, with a stored id (a plan's check-ups always have one). */
export function dueCheckups(schedule: PlanSchedule): (Checkup & { id: number })[] {
  return schedule.checkups.filter((c): c is Checkup & { id: number } => c.state === 'due' && c.id !== null);
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

/** A booking this close to the due date probably serves it already (booked by hand, not linked). */
export const SERVES_WITHIN_DAYS = 7;

/**
 * The child's bookings near the due date that answer no other check-up of the plan, nearest
 * first: worth a look before booking one more visit.
 */
export function nearby(p: ProposedVisit, planVisitIds: ReadonlySet<number>, withinDays = 14) {
  return p.existing
    .filter((e) => !planVisitIds.has(e.id))
    .map((e) => ({ entry: e, distance: Math.abs(daysBetween(p.dueOn, e.date)) }))
    .filter((x) => x.distance <= withinDays)
    .sort((a, b) => a.distance - b.distance)
    .map((x) => x.entry);
}

/** The suggestion: the nearest free slot on or after the due date, else the nearest before; skip when a visit is already near. */
export function defaultChoice(p: ProposedVisit, planVisitIds: ReadonlySet<number>): Choice {
  if (nearby(p, planVisitIds, SERVES_WITHIN_DAYS).length > 0) return SKIP;
  const first = p.slots[0] ?? p.earlier[0];
  return first ? slotChoice(first) : SKIP;
}

/** The ids of the visits that answer a check-up of the plan. */
export function planVisitIds(schedule: PlanSchedule): Set<number> {
  return new Set(schedule.checkups.flatMap((c) => (c.visit ? [c.visit.appointmentId] : [])));
}

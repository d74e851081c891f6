/*
 * Total session length at the peak of a course, §4.3 [PROPOSAL]: toddlers, or sessions over
 * 35 minutes, get the "you may split the session" tip and two calendar time slots.
 */
import { sessionMinutes } from './doses';
import type { AgeBand } from './ids';
import type { PlanStep, Session } from './types';

export const SPLIT_ABOVE_MINUTES = 35;

export function sessionAtPeak(steps: PlanStep[], peakMinutes: number, band: AgeBand): Session {
  const hasMassage = steps.some((s) => s.dose.type === 'massage');
  const sum = (pick: (s: PlanStep) => boolean) =>
    steps.filter(pick).reduce((total, s) => total + sessionMinutes(s.dose), 0);
  const massageMinutes = hasMassage ? peakMinutes : 0;
  const matMinutes = sum((s) => s.dose.type === 'mat');
  const bathMinutes = sum((s) => s.group === 'bath');
  // Custom steps in the massage parts share the massage time; elsewhere they add to the exercises.
  const exerciseMinutes = sum((s) => s.group === 'active' && s.dose.type !== 'mat');
  const totalMinutes = massageMinutes + matMinutes + exerciseMinutes + bathMinutes;
  const split: Session['split'] =
    band === 'toddler'
      ? { value: true, reason: 'toddler' }
      : totalMinutes > SPLIT_ABOVE_MINUTES
        ? { value: true, reason: 'total_over_35' }
        : { value: false, reason: 'total_within_35' };
  return { massageMinutes, matMinutes, exerciseMinutes, bathMinutes, totalMinutes, split };
}

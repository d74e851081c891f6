/*
 * Course-level numbers (§4.1, §3.3, §3.8): the clinician's value where given, else the default
 * for the age band or degree, each with the reason it was chosen.
 */
import { PLAN_DEFAULTS, type PlanSettings } from '../contract/plans';
import { MASSAGE_MINUTES } from './doses';
import type { AgeBand } from './ids';
import type { Choice, PlanNotice } from './reasons';
import type { CourseSettings } from './types';

const given = <T>(value: T | undefined, fallback: T, reason: Choice<T>['reason']): Choice<T> =>
  value === undefined ? { value: fallback, reason } : { value, reason: 'override' };

export function resolveCourseSettings(
  s: PlanSettings,
  band: AgeBand,
  worseDegree: number,
): { settings: CourseSettings; notices: PlanNotice[] } {
  const notices: PlanNotice[] = [];
  const defaults = MASSAGE_MINUTES[band];
  const peakMinutes = given(s.peakMinutes, defaults.peak, 'age_band_default');
  const peak = peakMinutes.value;
  // The peak is the course maximum: a start or end above it (override or band default) is lowered.
  const capped = (value: number | undefined, fallback: number, code: 'start' | 'end'): Choice<number> => {
    const choice = given(value, fallback, 'age_band_default');
    if (choice.value <= peak) return choice;
    if (value !== undefined) notices.push({ code: `${code}_capped_at_peak`, requested: value, peak });
    return { value: peak, reason: 'capped_at_peak' };
  };
  const breakDays = given(s.breakDays, PLAN_DEFAULTS.breakDays, 'default');
  const { min, max } = PLAN_DEFAULTS.breakDaysNoWarning;
  // Degree 3-4 only reaches a program under specialist care (G2); it gets the longer horizon.
  const horizonDefault =
    worseDegree <= 1 ? PLAN_DEFAULTS.horizonMonthsByDegree[1] : PLAN_DEFAULTS.horizonMonthsByDegree[2];
  return {
    settings: {
      startDate: s.startDate,
      courseDays: given(s.courseDays, PLAN_DEFAULTS.courseDays, 'default'),
      breakDays: { ...breakDays, perSpecialist: breakDays.value < min || breakDays.value > max },
      horizonMonths: given(s.horizonMonths, horizonDefault, 'degree_default'),
      startMinutes: capped(s.startMinutes, defaults.start, 'start'),
      peakMinutes,
      endMinutes: capped(s.endMinutes, defaults.end, 'end'),
    },
    notices,
  };
}

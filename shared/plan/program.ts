/*
 * The home program of an edition that prints one: course settings, steps with doses, zones,
 * calendar, session length and follow-ups. Only called after gating (edition.ts) allowed it.
 */
import { PLAN_DEFAULTS, type PlanInput } from '../contract/plans';
import { buildCalendar, calendarColumns, calendarIntensityCap } from './course-calendar';
import { courseCurve } from './course-curve';
import { resolveCourseSettings } from './course-settings';
import { proposeFollowUps } from './follow-ups';
import type { AgeBand } from './ids';
import type { Laterality } from './laterality';
import type { Choice, PlanNotice } from './reasons';
import { sessionAtPeak } from './session';
import { orderSteps } from './step-order';
import { planSteps } from './steps';
import type { Calendar, CourseSettings, FollowUp, PlanStep, Session, SkippedStep, ZoneMinutes } from './types';
import { zoneMinutesAtPeak } from './zones';

export interface Program {
  settings: CourseSettings;
  steps: PlanStep[];
  skipped: SkippedStep[];
  zones: ZoneMinutes[];
  calendar: Calendar;
  session: Session;
  followUps: FollowUp[];
  notices: PlanNotice[];
}

interface ProgramContext {
  band: AgeBand;
  worseDegree: number;
  laterality: Laterality;
}

export function buildProgram(input: PlanInput, { band, worseDegree, laterality }: ProgramContext): Program {
  const { settings, overrides } = input;
  const course = resolveCourseSettings(settings, band, worseDegree);
  const order = orderSteps({
    overrides,
    customSteps: input.customSteps,
    includeMat: settings.includeMat ?? PLAN_DEFAULTS.includeMat,
    includeBath: settings.includeBath ?? PLAN_DEFAULTS.includeBath,
  });
  const peak = course.settings.peakMinutes.value;
  const zones = zoneMinutesAtPeak(new Set(order.steps.map((s) => s.id)), peak);
  const built = planSteps(order.steps, {
    band,
    overweight: input.assessment?.overweight ?? false,
    laterality,
    overrides,
    stepNotes: input.stepNotes,
    zones,
  });
  const { courseDays, startMinutes, endMinutes, breakDays, horizonMonths } = course.settings;
  const exercisesInBreaks: Choice<boolean> =
    settings.exercisesInBreaks === undefined
      ? { value: PLAN_DEFAULTS.exercisesInBreaks, reason: 'default' }
      : { value: settings.exercisesInBreaks, reason: 'override' };
  const calendar = buildCalendar(
    {
      startDate: settings.startDate,
      courseDays: courseDays.value,
      breakDays: breakDays.value,
      horizonMonths: horizonMonths.value,
      curve: courseCurve(courseDays.value, startMinutes.value, peak, endMinutes.value),
      intensityCap: calendarIntensityCap(order.steps, overrides),
      exercisesInBreaks,
    },
    calendarColumns(order.steps),
  );
  const visits = proposeFollowUps({
    courses: calendar.courses,
    horizonEnd: calendar.horizonEnd,
    worseDegree,
    settings: settings.followUp,
  });
  return {
    settings: course.settings,
    steps: built.steps,
    skipped: order.skipped,
    zones,
    calendar,
    session: sessionAtPeak(built.steps, peak, band),
    followUps: visits.followUps,
    notices: [...course.notices, ...order.notices, ...built.notices, ...visits.notices],
  };
}

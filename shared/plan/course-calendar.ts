/*
 * Courses and breaks over the horizon (§4.1, §4.5): course 1 starts on the start date, a break
 * follows each course but the last, and only courses that end inside the horizon are planned,
 * so the booklet never prints days past the end-of-horizon review.
 */
import type { IntensityCap, StepOverrides } from '../contract/plans';
import { capIntensity, type CurveDay } from './course-curve';
import { addDays, addMonths, daysBetween } from '../calendar/days';
import type { Choice } from './reasons';
import type { OrderedStep } from './step-order';
import type { BreakBlock, Calendar, CalendarColumn, Course } from './types';

interface CalendarInput {
  startDate: string;
  courseDays: number;
  breakDays: number;
  horizonMonths: number;
  curve: CurveDay[];
  intensityCap: Choice<IntensityCap> | null;
  exercisesInBreaks: Choice<boolean>;
}

export function buildCalendar(input: CalendarInput, columns: CalendarColumn[]): Calendar {
  const horizonEnd = addMonths(input.startDate, input.horizonMonths);
  const cycle = input.courseDays + input.breakDays;
  const courses: Course[] = [];
  const breaks: BreakBlock[] = [];
  for (let n = 0; ; n++) {
    const startDate = addDays(input.startDate, n * cycle);
    const endDate = addDays(startDate, input.courseDays - 1);
    // Course 1 is always planned: the settings ranges make the horizon longer than any course.
    if (n > 0 && daysBetween(endDate, horizonEnd) < 1) break;
    if (n > 0) {
      const previous = courses[n - 1] as Course;
      breaks.push({
        afterCourse: previous.number,
        startDate: addDays(previous.endDate, 1),
        endDate: addDays(startDate, -1),
        days: input.breakDays,
        exercises: {
          value: input.exercisesInBreaks.value ? 'three_per_week' : 'none',
          reason: input.exercisesInBreaks.reason,
        },
      });
    }
    const days = input.curve.map((d) => ({
      day: d.day,
      date: addDays(startDate, d.day - 1),
      targetMinutes: d.minutes,
      intensity: capIntensity(d.intensity, input.intensityCap?.value ?? null),
      phase: d.phase,
    }));
    courses.push({ number: n + 1, startDate, endDate, days });
  }
  return { columns, intensityCap: input.intensityCap, courses, breaks, horizonEnd };
}

/** Tick columns: one per massage part with work, one per remaining active or bath step (§4.5). */
export function calendarColumns(steps: OrderedStep[]): CalendarColumn[] {
  const work = (group: string) => steps.some((s) => s.group === group && s.id !== 'M01' && s.id !== 'M09');
  const massage = work('part_a') || work('part_b');
  return [
    'date',
    'day',
    ...(massage ? (['minutes', 'intensity'] as const) : []),
    ...(work('part_a') ? (['part_a'] as const) : []),
    ...(work('part_b') ? (['part_b'] as const) : []),
    ...steps.filter((s) => s.group === 'active' || s.group === 'bath').map((s) => s.id),
    'mood',
    'notes',
  ];
}

const CAP_ORDER: IntensityCap[] = ['light', 'moderate'];

/**
 * The calendar shows one intensity per day for the whole massage, so a per-step cap limits it
 * only when every massage step is capped; the loosest of those caps then applies.
 */
export function calendarIntensityCap(steps: OrderedStep[], overrides: StepOverrides): Choice<IntensityCap> | null {
  const massage = steps.filter((s) => (s.group === 'part_a' || s.group === 'part_b') && !s.custom);
  const work = massage.filter((s) => s.id !== 'M01' && s.id !== 'M09');
  if (work.length === 0) return null;
  const caps = work.map((s) => overrides[s.id]?.intensityCap ?? null);
  if (caps.some((c) => c === null)) return null;
  const loosest = Math.max(...caps.map((c) => CAP_ORDER.indexOf(c as IntensityCap)));
  return { value: CAP_ORDER[loosest] as IntensityCap, reason: 'override' };
}

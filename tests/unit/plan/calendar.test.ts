import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../../shared/plan';
import { START, foot, planOf } from './build-input';

describe('course calendar (§4.1, §4.5)', () => {
  it('degree 1 default: 14-day courses, 28-day breaks, over 12 months', () => {
    const cal = planOf({ left: foot(1), right: foot(1) }).calendar!;
    expect(cal.horizonEnd).toBe('2026-06-15');
    expect(cal.courses.map((c) => [c.startDate, c.endDate])).toEqual([
      ['2025-06-15', '2025-06-28'],
      ['2025-07-27', '2025-08-09'],
      ['2025-09-07', '2025-09-20'],
      ['2025-10-19', '2025-11-01'],
      ['2025-11-30', '2025-12-13'],
      ['2026-01-11', '2026-01-24'],
      ['2026-02-22', '2026-03-07'],
      ['2026-04-05', '2026-04-18'],
      ['2026-05-17', '2026-05-30'],
    ]);
    expect(cal.breaks[0]).toEqual({
      afterCourse: 1,
      startDate: '2025-06-29',
      endDate: '2025-07-26',
      days: 28,
      exercises: { value: 'none', reason: 'default' },
    });
    expect(cal.breaks).toHaveLength(8);
  });

  it('degree 2 default horizon is 18 months', () => {
    const plan = planOf({ left: foot(2), right: foot(1) });
    expect(plan.settings!.horizonMonths).toEqual({ value: 18, reason: 'degree_default' });
    expect(plan.calendar!.horizonEnd).toBe('2026-12-15');
    expect(plan.calendar!.courses).toHaveLength(13);
  });

  it('a course that would end after the horizon is not planned', () => {
    // 3 months = 92 days: courses on days 0 and 42 fit, one on day 84 would end on day 97.
    const cal = planOf({ settings: { horizonMonths: 3 } }).calendar!;
    expect(cal.courses.map((c) => c.startDate)).toEqual([START, addDays(START, 42)]);
    expect(cal.breaks).toHaveLength(1);
  });

  it('every day of a course has its date, in order', () => {
    const course = planOf({ settings: { courseDays: 21 } }).calendar!.courses[1]!;
    expect(course.days).toHaveLength(21);
    course.days.forEach((d, i) => expect(d.date).toBe(addDays(course.startDate, i)));
    expect(course.endDate).toBe(course.days.at(-1)!.date);
  });

  it.each([
    [14, true],
    [20, true],
    [21, false],
    [28, false],
    [29, true],
    [42, true],
  ])('break of %i days -> "per your specialist" %s', (breakDays, flagged) => {
    const plan = planOf({ settings: { breakDays } });
    expect(plan.settings!.breakDays).toEqual({ value: breakDays, reason: 'override', perSpecialist: flagged });
    const note = { code: 'break_per_specialist', breakDays, reason: 'outside_21_28_days' };
    if (flagged) expect(plan.notes).toContainEqual(note);
    else expect(plan.notes).not.toContainEqual(note);
    const [c1, c2] = plan.calendar!.courses;
    expect(daysBetween(c1!.endDate, c2!.startDate)).toBe(breakDays + 1);
  });

  it('exercises in breaks: three times a week when enabled', () => {
    const plan = planOf({ settings: { exercisesInBreaks: true } });
    expect(plan.calendar!.breaks.every((b) => b.exercises.value === 'three_per_week')).toBe(true);
    expect(plan.calendar!.breaks[0]!.exercises.reason).toBe('override');
  });

  it('intensity labels are capped only when every massage step is capped (loosest cap wins)', () => {
    const ids = ['M02', 'M03', 'M04', 'M05', 'M06', 'M07', 'M08', 'M10', 'M11', 'M12'];
    const allLight = Object.fromEntries(ids.map((id) => [id, { intensityCap: 'light' as const }]));
    const light = planOf({ overrides: allLight }).calendar!;
    expect(light.intensityCap).toEqual({ value: 'light', reason: 'override' });
    expect(new Set(light.courses[0]!.days.map((d) => d.intensity))).toEqual(new Set(['light']));
    const mixed = planOf({ overrides: { ...allLight, M02: { intensityCap: 'moderate' } } }).calendar!;
    expect(new Set(mixed.courses[0]!.days.map((d) => d.intensity))).toEqual(new Set(['light', 'medium']));
    const one = planOf({ overrides: { M06: { intensityCap: 'light' } } });
    expect(one.calendar!.intensityCap).toBeNull();
    expect(one.steps.find((s) => s.id === 'M06')!.intensityCap).toBe('light');
  });

  it('prints the missed-day rule with every program, not in other editions', () => {
    expect(planOf().missedDays).toEqual({
      doubleUp: false,
      restartAfterMissedDays: 3,
      restartAtDay: 3,
      reason: 'spec_4_2',
    });
    expect(planOf({ clinician: null }).missedDays).toBeNull();
  });
});

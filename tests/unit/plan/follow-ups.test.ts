import { describe, expect, it } from 'vitest';
import { foot, planOf } from './build-input';

const visits = (plan: ReturnType<typeof planOf>) => plan.followUps.map((f) => [f.date, f.reason, f.course]);

describe('follow-up visits (§4.4)', () => {
  it('degree 1: after course 1, then every 3 months, then the end of the horizon', () => {
    const plan = planOf({ left: foot(1), right: foot(0) });
    expect(visits(plan)).toEqual([
      ['2025-06-29', 'after_course', 1],
      ['2025-09-29', 'every_months', null],
      ['2025-12-29', 'every_months', null],
      ['2026-03-29', 'every_months', null],
      ['2026-06-15', 'end_of_horizon', null],
    ]);
    expect(plan.followUps[0]!.source).toBe('degree_default');
  });

  it('degree 2: after courses 1 and 2, then every 3 months, then the end of the horizon', () => {
    const plan = planOf({ left: foot(2), right: foot(1) });
    expect(visits(plan)).toEqual([
      ['2025-06-29', 'after_course', 1],
      ['2025-08-10', 'after_course', 2],
      ['2025-11-10', 'every_months', null],
      ['2026-02-10', 'every_months', null],
      ['2026-05-10', 'every_months', null],
      // 10 Aug and 10 Nov 2026 fall inside courses 10 and 12: each moves to the day after its course.
      ['2026-08-23', 'every_months', null],
      ['2026-11-15', 'every_months', null],
      ['2026-12-15', 'end_of_horizon', null],
    ]);
  });

  it('the first review falls at the end of course 1, inside the 2-6 week window', () => {
    const plan = planOf();
    const first = plan.followUps[0]!;
    expect(first.date).toBe('2025-06-29');
    expect(plan.calendar!.breaks[0]!.startDate).toBe(first.date);
  });

  it('follows the clinician overrides and reports a course beyond the horizon', () => {
    const plan = planOf({ settings: { horizonMonths: 6, followUp: { afterCourses: [2, 9], everyMonths: 2 } } });
    expect(visits(plan)).toEqual([
      ['2025-08-10', 'after_course', 2],
      ['2025-10-10', 'every_months', null],
      ['2025-12-15', 'end_of_horizon', null],
    ]);
    expect(plan.followUps.map((f) => f.source)).toEqual(['override', 'override', 'always']);
    expect(plan.notices).toContainEqual({ code: 'follow_up_course_beyond_horizon', course: 9 });
  });

  it('no periodic visit within four weeks of the end review', () => {
    const plan = planOf({ settings: { horizonMonths: 4, followUp: { everyMonths: 1 } } });
    const dates = plan.followUps.map((f) => f.date);
    expect(dates.at(-1)).toBe('2025-10-15');
    expect(dates).not.toContain('2025-09-29');
  });

  it('editions without a program propose no visits', () => {
    expect(planOf({ left: foot(3) }).followUps).toEqual([]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlanInput } from '../../../shared/contract/plans';
import { ageMonthsOn, addDays, computePlan, daysBetween, type Plan, SAFETY_RULE_IDS } from '../../../shared/plan';
import { planInputArb } from './arbitraries';

const RUNS = { numRuns: 400 };

/** Valid inputs only: the schema is the gate every caller passes through. */
const validInput = planInputArb
  .map((raw) => PlanInput.safeParse(raw))
  .filter((r) => r.success)
  .map((r) => r.data as PlanInput);

/** Runs the engine; ok plans are handed to `check`, blocks must be G3. */
function forEachPlan(check: (plan: Plan, input: PlanInput) => void) {
  fc.assert(
    fc.property(validInput, (input) => {
      const result = computePlan(input);
      if (result.status === 'blocked') {
        expect(result.blocks).toEqual([expect.objectContaining({ code: 'flexibility_unknown', rule: 'G3' })]);
        return;
      }
      check(result.plan, input);
    }),
    RUNS,
  );
}

/** The §3.2 table written out independently, as an oracle for the engine's gating. */
function expectedKind(input: PlanInput): 'information' | 'specialist_care' | 'full' | 'blocked' {
  const a = input.assessment;
  if (!input.clinician || input.clinician.name.trim() === '' || !a || (a.left.degree === 0 && a.right.degree === 0))
    return 'information';
  const worst = Math.max(a.left.degree, a.right.degree);
  if (a.redFlags.length > 0 || a.left.flexible === 'no' || a.right.flexible === 'no' || worst >= 3)
    return 'specialist_care';
  if ((a.left.degree > 0 && a.left.flexible === 'unknown') || (a.right.degree > 0 && a.right.flexible === 'unknown'))
    return 'blocked';
  const age = ageMonthsOn(input.child.dateOfBirth, input.settings.startDate);
  if (age < 24) return age >= 18 && input.settings.clinicianConfirmsUnder2 ? 'full' : 'information';
  return 'full';
}

describe('plan engine properties', () => {
  it('any valid input gives a plan or a G3 block, never an exception, and matches the gating table', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const result = computePlan(input);
        const kind = result.status === 'blocked' ? 'blocked' : result.plan.edition.kind;
        expect(kind).toBe(expectedKind(input));
        // Plain data: survives a JSON round trip unchanged.
        expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
      }),
      RUNS,
    );
  });

  it('every safety rule is always present', () => {
    forEachPlan((plan) => expect(plan.safetyRules.map((r) => r.id)).toEqual([...SAFETY_RULE_IDS]));
  });

  it('the edition always carries its rule and at least one reason', () => {
    const ruleKinds = {
      G1: ['information'],
      G2: ['specialist_care'],
      G4: ['information', 'full'],
      G5: ['full'],
      G6: ['full'],
    };
    forEachPlan((plan) => {
      expect(plan.edition.reasons.length).toBeGreaterThan(0);
      expect(ruleKinds[plan.edition.rule]).toContain(plan.edition.kind);
      expect(plan.edition.program).toBe(plan.calendar !== null);
      if (plan.edition.kind === 'information') expect(plan.edition.program).toBe(false);
    });
  });

  it('skipped steps never appear in the steps or the calendar columns; numbers run 1..n', () => {
    forEachPlan((plan, input) => {
      if (!plan.calendar) return;
      const printed = plan.steps.map((s) => s.id);
      for (const [id, o] of Object.entries(input.overrides))
        if (o.skip) {
          expect(printed).not.toContain(id);
          expect(plan.calendar.columns).not.toContain(id);
          expect(plan.skipped.map((s) => s.id)).toContain(id);
        }
      expect(plan.steps.map((s) => s.number)).toEqual(printed.map((_, i) => i + 1));
      for (const column of plan.calendar.columns) if (/^[MXBC]\d\d$/.test(column)) expect(printed).toContain(column);
      if (!printed.some((id) => id !== 'M01' && plan.steps.find((s) => s.id === id)?.group === 'part_a'))
        expect(printed).not.toContain('M01');
    });
  });

  it('daily minutes stay between 1 and the peak, and never above 30', () => {
    forEachPlan((plan) => {
      if (!plan.calendar || !plan.settings) return;
      const peak = plan.settings.peakMinutes.value;
      for (const course of plan.calendar.courses)
        for (const day of course.days) {
          expect(day.targetMinutes).toBeGreaterThanOrEqual(1);
          expect(day.targetMinutes).toBeLessThanOrEqual(Math.min(30, peak));
        }
      expect(plan.calendar.courses[0]!.days.some((d) => d.targetMinutes === peak)).toBe(true);
    });
  });

  it('courses and breaks alternate with contiguous dates inside the horizon', () => {
    forEachPlan((plan, input) => {
      if (!plan.calendar || !plan.settings) return;
      const { courses, breaks, horizonEnd } = plan.calendar;
      expect(courses[0]!.startDate).toBe(input.settings.startDate);
      expect(breaks).toHaveLength(courses.length - 1);
      courses.forEach((course, i) => {
        expect(course.number).toBe(i + 1);
        expect(course.days).toHaveLength(plan.settings!.courseDays.value);
        course.days.forEach((d, k) => expect(d.date).toBe(addDays(course.startDate, k)));
        expect(course.endDate).toBe(course.days.at(-1)!.date);
        expect(course.endDate < horizonEnd).toBe(true);
        const pause = breaks[i];
        if (!pause) return;
        expect(pause.startDate).toBe(addDays(course.endDate, 1));
        expect(daysBetween(pause.startDate, pause.endDate) + 1).toBe(plan.settings!.breakDays.value);
        expect(courses[i + 1]!.startDate).toBe(addDays(pause.endDate, 1));
      });
    });
  });

  it('follow-ups are in date order inside the horizon and end with the end-of-horizon review', () => {
    forEachPlan((plan) => {
      if (!plan.calendar) return expect(plan.followUps).toEqual([]);
      const dates = plan.followUps.map((f) => f.date);
      expect([...dates].sort()).toEqual(dates);
      expect(new Set(dates).size).toBe(dates.length);
      expect(plan.followUps.at(-1)).toMatchObject({ date: plan.calendar.horizonEnd, reason: 'end_of_horizon' });
      for (const d of dates) expect(d > plan.calendar.courses[0]!.startDate).toBe(true);
    });
  });

  it('no check-up falls inside a course, whatever the course, break and review settings', () => {
    forEachPlan((plan) => {
      for (const f of plan.followUps)
        for (const c of plan.calendar?.courses ?? [])
          expect(f.date < c.startDate || f.date > c.endDate, `${f.reason} ${f.date} in course ${c.number}`).toBe(true);
    });
  });
});

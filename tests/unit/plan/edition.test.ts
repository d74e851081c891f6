import { describe, expect, it } from 'vitest';
import { computePlan, PLAN_ENGINE_VERSION } from '../../../shared/plan';
import { build, foot, planOf, run } from './build-input';

describe('edition gating by age (§3.2 G4, G5; §3.3 bands)', () => {
  it.each([
    // age months, under-2 confirmed, kind, rule, band, program
    [17, false, 'information', 'G4', 'toddler', false],
    [17, true, 'information', 'G4', 'toddler', false],
    [18, false, 'information', 'G4', 'toddler', false],
    [18, true, 'full', 'G4', 'toddler', true],
    [23, false, 'information', 'G4', 'toddler', false],
    [23, true, 'full', 'G4', 'toddler', true],
    [24, false, 'full', 'G6', 'toddler', true],
    [35, false, 'full', 'G6', 'toddler', true],
    [36, false, 'full', 'G6', 'standard', true],
    [83, false, 'full', 'G6', 'standard', true],
    [84, false, 'full', 'G6', 'older', true],
    [120, false, 'full', 'G6', 'older', true],
    [121, false, 'full', 'G5', 'older', true],
  ] as const)('%i months, confirmed %s -> %s (%s), band %s', (ageMonths, confirmed, kind, rule, band, program) => {
    const plan = planOf({ ageMonths, settings: { clinicianConfirmsUnder2: confirmed } });
    expect(plan.child.ageMonthsAtStart).toBe(ageMonths);
    expect(plan.edition).toMatchObject({ kind, rule, program });
    expect(plan.child.ageBand.value).toBe(band);
    expect(plan.steps.length > 0).toBe(program);
    expect(plan.calendar !== null).toBe(program);
  });

  it('gives the reason for each G4 outcome', () => {
    expect(planOf({ ageMonths: 17, settings: { clinicianConfirmsUnder2: true } }).edition.reasons).toEqual([
      { code: 'under_24_months', ageMonths: 17 },
      { code: 'under_18_months', ageMonths: 17 },
    ]);
    expect(planOf({ ageMonths: 20 }).edition.reasons).toEqual([
      { code: 'under_24_months', ageMonths: 20 },
      { code: 'under_2_not_confirmed', ageMonths: 20 },
    ]);
    expect(planOf({ ageMonths: 20, settings: { clinicianConfirmsUnder2: true } }).edition.reasons).toEqual([
      { code: 'under_24_months', ageMonths: 20 },
      { code: 'under_2_confirmed', ageMonths: 20 },
      { code: 'home_program', side: 'both', degree: 1 },
    ]);
  });

  it('prints the "normal at this age" note in the toddler information edition only', () => {
    expect(planOf({ ageMonths: 20 }).notes).toContainEqual({ code: 'normal_at_this_age', reason: 'under_24_months' });
    expect(planOf({ ageMonths: 24 }).notes.map((n) => n.code)).not.toContain('normal_at_this_age');
  });

  it('adds the older-child note from 10 years 1 month, not at 10 years', () => {
    expect(planOf({ ageMonths: 120 }).notes.map((n) => n.code)).not.toContain('older_child');
    const older = planOf({ ageMonths: 121 });
    expect(older.notes).toContainEqual({ code: 'older_child', reason: 'over_10_years' });
    expect(older.edition.reasons[0]).toEqual({ code: 'over_10_years', ageMonths: 121 });
  });
});

describe('edition gating by diagnosis (§3.2 G1-G3, G6)', () => {
  it('degree 2 on the worse side is the full edition; degree 3 is specialist care', () => {
    expect(planOf({ left: foot(1), right: foot(2) }).edition).toMatchObject({
      kind: 'full',
      rule: 'G6',
      reasons: [{ code: 'home_program', side: 'right', degree: 2 }],
    });
    const care = planOf({ left: foot(2), right: foot(3) });
    expect(care.edition).toMatchObject({ kind: 'specialist_care', rule: 'G2', program: false });
    expect(care.edition.reasons).toEqual([{ code: 'worse_side_degree', side: 'right', degree: 3 }]);
    expect(care.steps).toEqual([]);
    expect(care.calendar).toBeNull();
  });

  it('a rigid foot is specialist care whatever its degree', () => {
    const plan = planOf({ left: foot(1, 'no'), right: foot(1) });
    expect(plan.edition).toMatchObject({ kind: 'specialist_care', rule: 'G2' });
    expect(plan.edition.reasons).toEqual([{ code: 'rigid_foot', sides: ['left'] }]);
  });

  it('flexibility unknown on an affected foot blocks with G3 instead of throwing', () => {
    expect(run({ left: foot(2, 'unknown'), right: foot(0, 'yes') })).toEqual({
      status: 'blocked',
      engineVersion: PLAN_ENGINE_VERSION,
      blocks: [{ code: 'flexibility_unknown', rule: 'G3', sides: ['left'] }],
    });
  });

  it('flexibility unknown on a foot without a degree does not block', () => {
    expect(planOf({ left: foot(1), right: foot(0, 'unknown') }).edition.rule).toBe('G6');
  });

  it('G2 comes before G3: red flags with unknown flexibility are specialist care', () => {
    expect(planOf({ left: foot(1, 'unknown'), redFlags: ['pain'] }).edition.rule).toBe('G2');
  });

  it('a red flag gives specialist care and lists every G2 reason', () => {
    const plan = planOf({ left: foot(4, 'no'), right: foot(1), redFlags: ['pain', 'asymmetry'] });
    expect(plan.edition.kind).toBe('specialist_care');
    expect(plan.edition.reasons).toEqual([
      { code: 'red_flag', flags: ['pain', 'asymmetry'] },
      { code: 'rigid_foot', sides: ['left'] },
      { code: 'worse_side_degree', side: 'left', degree: 4 },
    ]);
  });

  it('G1 comes first: no clinician, blank name, no diagnosis, no degree', () => {
    expect(planOf({ clinician: null }).edition).toMatchObject({
      kind: 'information',
      rule: 'G1',
      reasons: [{ code: 'no_clinician' }],
    });
    const blank = planOf({ clinician: { name: '   ', title: 'x', phone: '' }, redFlags: ['pain'] });
    expect(blank.edition).toMatchObject({ kind: 'information', rule: 'G1', reasons: [{ code: 'no_clinician' }] });
    expect(planOf({ noAssessment: true }).edition.reasons).toEqual([{ code: 'no_diagnosis' }]);
    expect(planOf({ noAssessment: true, clinician: null }).edition.reasons).toEqual([
      { code: 'no_clinician' },
      { code: 'no_diagnosis' },
    ]);
    expect(planOf({ left: foot(0), right: foot(0) }).edition.reasons).toEqual([{ code: 'no_degree' }]);
    expect(planOf({ clinician: null }).notes).toContainEqual({
      code: 'see_specialist_first',
      reason: 'information_edition',
    });
  });
});

describe('specialist care with home massage confirmed (§3.2 G2 exception)', () => {
  const confirmed = { clinicianConfirmsHomeMassage: true, startMinutes: 4, peakMinutes: 10, endMinutes: 6 };

  it('prints the program under the supportive-measure banner with the entered doses', () => {
    const plan = planOf({ left: foot(3), settings: confirmed });
    expect(plan.edition).toMatchObject({
      kind: 'specialist_care',
      rule: 'G2',
      program: true,
      banner: 'supportive_measure',
    });
    expect(plan.edition.reasons).toContainEqual({ code: 'home_massage_confirmed' });
    expect(plan.calendar!.courses[0]!.days[0]!.targetMinutes).toBe(4);
    expect(plan.settings!.peakMinutes).toEqual({ value: 10, reason: 'override' });
    expect(plan.settings!.horizonMonths.value).toBe(18);
  });

  it('requires the doses: the schema refuses, and the engine blocks if called unparsed', () => {
    const parsed = build({ left: foot(3), settings: confirmed });
    expect(() => build({ left: foot(3), settings: { clinicianConfirmsHomeMassage: true } })).toThrow(/dosesRequired/);
    const unparsed = { ...parsed, settings: { ...parsed.settings, peakMinutes: undefined } };
    expect(computePlan(unparsed)).toMatchObject({
      status: 'blocked',
      blocks: [{ code: 'doses_required', rule: 'G2', fields: ['peakMinutes'] }],
    });
  });

  it('keeps the age floor: no program below 18 months even when confirmed', () => {
    const plan = planOf({ ageMonths: 12, left: foot(3), settings: { ...confirmed, clinicianConfirmsUnder2: true } });
    expect(plan.edition).toMatchObject({ kind: 'specialist_care', program: false, banner: null });
    expect(plan.edition.reasons).toContainEqual({ code: 'under_18_months', ageMonths: 12 });
  });

  it('without the confirmation there is no program', () => {
    expect(planOf({ left: foot(3) }).edition.program).toBe(false);
  });
});

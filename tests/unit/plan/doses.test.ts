import { describe, expect, it } from 'vitest';
import { foot, planOf, step } from './build-input';

describe('doses by age band (§3.3)', () => {
  it('toddler: mat build-up, guided circles, large objects, squats holding hands', () => {
    const plan = planOf({ ageMonths: 30 });
    expect(step(plan, 'X01')!.dose).toMatchObject({
      minutes: { min: 10, max: 10 },
      buildUp: { fromMinutes: 3, days: 4 },
    });
    expect(step(plan, 'X02')!.dose).toMatchObject({
      reps: { min: 10, max: 10 },
      startReps: 5,
      aids: ['parent_may_guide'],
    });
    expect(step(plan, 'X03')!.dose).toMatchObject({
      reps: { min: 3, max: 3 },
      per: 'foot',
      aids: ['large_objects_only'],
    });
    expect(step(plan, 'X04')!.dose).toMatchObject({ minutes: { min: 1, max: 2 } });
    expect(step(plan, 'X05')!.dose).toMatchObject({ reps: { min: 5, max: 8 }, aids: ['hold_hands'] });
  });

  it('standard and older bands', () => {
    const standard = planOf({ ageMonths: 60 });
    expect(step(standard, 'X01')!.dose).toMatchObject({ buildUp: null, mode: 'walk_and_jump', modeReason: 'default' });
    expect(step(standard, 'X03')!.dose).toMatchObject({
      reps: { min: 5, max: 5 },
      holdSeconds: { min: 3, max: 5 },
      aids: [],
    });
    expect(step(standard, 'X04')!.dose).toMatchObject({ minutes: { min: 2, max: 3 } });
    const older = planOf({ ageMonths: 96 });
    expect(step(older, 'X03')!.dose).toMatchObject({ reps: { min: 5, max: 8 } });
    expect(step(older, 'X04')!.dose).toMatchObject({ minutes: { min: 3, max: 3 } });
    expect(older.settings).toMatchObject({
      startMinutes: { value: 7, reason: 'age_band_default' },
      peakMinutes: { value: 20, reason: 'age_band_default' },
      endMinutes: { value: 12, reason: 'age_band_default' },
    });
  });

  it('applies overrides: reps, minutes, hold seconds', () => {
    const plan = planOf({
      ageMonths: 30,
      overrides: {
        X05: { reps: 8 },
        X01: { minutes: 5 },
        X03: { holdSeconds: 10 },
        X04: { minutes: 4 },
        B01: { minutes: 2 },
      },
    });
    expect(step(plan, 'X05')!.dose).toMatchObject({ reps: { min: 8, max: 8 }, reason: 'override' });
    expect(step(plan, 'X01')!.dose).toMatchObject({ minutes: { min: 5, max: 5 }, reason: 'override', buildUp: null });
    expect(step(plan, 'X03')!.dose).toMatchObject({ holdSeconds: { min: 10, max: 10 }, holdReason: 'override' });
    expect(step(plan, 'X04')!.dose).toMatchObject({ minutes: { min: 4, max: 4 }, reason: 'override' });
    expect(step(plan, 'B01')!.dose).toMatchObject({ warmMinutes: { min: 2, max: 2 }, soakMinutes: { min: 3, max: 5 } });
  });

  it('course minutes: overrides win; a start above the peak is lowered to it', () => {
    const plan = planOf({ settings: { peakMinutes: 4 } });
    expect(plan.settings).toMatchObject({
      startMinutes: { value: 4, reason: 'capped_at_peak' },
      peakMinutes: { value: 4, reason: 'override' },
      endMinutes: { value: 4, reason: 'capped_at_peak' },
    });
    expect(plan.calendar!.courses[0]!.days.every((d) => d.targetMinutes === 4)).toBe(true);
    const capped = planOf({ settings: { peakMinutes: 6, startMinutes: 6, endMinutes: 6 } });
    expect(capped.notices).toEqual([]);
  });

  it('never raises a dose from the degree (§3.4): degree 1 and 2 share the doses', () => {
    const d1 = planOf({ left: foot(1), right: foot(1) });
    const d2 = planOf({ left: foot(2), right: foot(2) });
    expect(d2.steps.map((s) => s.dose)).toEqual(d1.steps.map((s) => s.dose));
    expect(d2.calendar!.courses[0]!.days).toEqual(d1.calendar!.courses[0]!.days);
  });
});

describe('overweight (§3.6)', () => {
  it('walks on the mat, prints the weight paragraph and low-impact activities first', () => {
    const plan = planOf({ overweight: true });
    expect(step(plan, 'X01')!.dose).toMatchObject({ mode: 'walk', modeReason: 'overweight_flag' });
    expect(plan.notes).toContainEqual({ code: 'weight_paragraph', reason: 'overweight_flag' });
    expect(plan.notes).toContainEqual({ code: 'low_impact_first', reason: 'overweight_flag' });
  });

  it('prints nothing about weight without the flag', () => {
    const codes = planOf().notes.map((n) => n.code);
    expect(codes).not.toContain('weight_paragraph');
    expect(codes).not.toContain('low_impact_first');
  });
});

describe('laterality (§3.5)', () => {
  const legs = ['M04', 'M05', 'M06', 'M07', 'M10', 'M11', 'M12'];

  it('both feet affected: every leg step on both legs', () => {
    const plan = planOf({ left: foot(1), right: foot(2) });
    for (const id of legs)
      expect(step(plan, id)!.sides).toEqual({ left: 'full', right: 'full', reason: 'both_affected' });
    expect(plan.diagnosis!.affected).toEqual({ sides: ['left', 'right'], unaffectedLegMode: null });
    expect(plan.notes.map((n) => n.code)).not.toContain('one_sided');
  });

  it.each([
    [undefined, 'light', 'default'],
    ['light', 'light', 'override'],
    ['full', 'full', 'override'],
    ['skip', 'skip', 'override'],
  ] as const)('one side affected, mode %s: the other leg gets %s', (mode, expected, reason) => {
    const plan = planOf({ left: foot(0), right: foot(2), settings: { unaffectedLegMode: mode } });
    expect(plan.diagnosis!.affected).toEqual({ sides: ['right'], unaffectedLegMode: { value: expected, reason } });
    for (const id of legs)
      expect(step(plan, id)!.sides).toEqual({ left: expected, right: 'full', reason: 'unaffected_leg_mode' });
    for (const id of ['M02', 'M03'])
      expect(step(plan, id)!.sides).toEqual({ left: 'full', right: 'full', reason: 'back_always_both' });
    for (const id of ['X01', 'X02', 'X03', 'X04', 'X05'])
      expect(step(plan, id)!.sides).toEqual({ left: 'full', right: 'full', reason: 'both_feet' });
    expect(plan.notes).toContainEqual({ code: 'one_sided', side: 'right', reason: 'one_side_affected' });
    // The calendar is unchanged by laterality (§3.4).
    expect(plan.calendar!.columns).toEqual(planOf().calendar!.columns);
  });

  it('a side override on one step wins over the mode', () => {
    const plan = planOf({
      left: foot(1),
      right: foot(0),
      overrides: { M07: { side: 'both' }, M12: { side: 'right' } },
    });
    expect(step(plan, 'M07')!.sides).toEqual({ left: 'full', right: 'full', reason: 'side_override' });
    expect(step(plan, 'M12')!.sides).toEqual({ left: 'skip', right: 'full', reason: 'side_override' });
  });
});

describe('zone minutes at peak (§4.2 share table)', () => {
  it('splits the standard peak by the table', () => {
    const zones = planOf().zones;
    expect(zones.map((z) => [z.zone, z.sharePct, z.minutesAtPeak])).toEqual([
      ['back', 15, 2],
      ['buttocks', 10, 2],
      ['back_thighs', 15, 2],
      ['calves', 20, 3],
      ['soles', 15, 2],
      ['patting', 5, 1],
      ['front_thighs', 5, 1],
      ['outer_shins', 5, 1],
      ['feet_top', 10, 2],
    ]);
  });

  it('renormalises over the zones left after skips', () => {
    const plan = planOf({ ageMonths: 96, overrides: { M03: { skip: true }, M05: { skip: true } } });
    const zones = Object.fromEntries(plan.zones.map((z) => [z.zone, z]));
    expect(zones.buttocks).toBeUndefined();
    expect(zones.calves).toMatchObject({ steps: ['M06'], sharePct: 22.2, minutesAtPeak: 4 });
    expect(zones.back).toMatchObject({ sharePct: 16.7, minutesAtPeak: 3 });
    const total = plan.zones.reduce((sum, z) => sum + z.sharePct, 0);
    expect(total).toBeCloseTo(100, 0);
    expect(step(plan, 'M06')!.dose).toEqual({ type: 'massage', zone: 'calves', zoneMinutesAtPeak: 4 });
  });
});

describe('session length (§4.3)', () => {
  it('standard peak session is over 35 minutes: split tip', () => {
    expect(planOf({ ageMonths: 48 }).session).toMatchObject({
      massageMinutes: 15,
      matMinutes: 10,
      totalMinutes: 43,
      split: { value: true, reason: 'total_over_35' },
    });
  });

  it('toddlers always get the split tip', () => {
    const plan = planOf({ ageMonths: 30, settings: { includeBath: false, includeMat: false } });
    expect(plan.session!.split).toEqual({ value: true, reason: 'toddler' });
  });

  it('a short session gets no split tip', () => {
    const plan = planOf({ ageMonths: 60, settings: { includeBath: false, includeMat: false } });
    expect(plan.session).toMatchObject({ totalMinutes: 24, split: { value: false, reason: 'total_within_35' } });
  });
});

import { describe, expect, it } from 'vitest';
import { SAFETY_RULE_IDS } from '../../../shared/plan';
import { foot, planOf } from './build-input';

describe('safety rules (§3.8)', () => {
  it('always lists every rule, in order, whatever the edition or settings', () => {
    for (const plan of [
      planOf(),
      planOf({ clinician: null }),
      planOf({ left: foot(3) }),
      planOf({ ageMonths: 12 }),
      planOf({ settings: { includeBath: false, includeMat: false } }),
    ])
      expect(plan.safetyRules.map((r) => r.id)).toEqual([...SAFETY_RULE_IDS]);
  });

  it('adds the circulation warning when strapping is prescribed', () => {
    const rule = (strapping: boolean) =>
      planOf({ settings: { prescribed: { strapping } } }).safetyRules.find((r) => r.id === 'no_self_strapping');
    expect(rule(true)).toEqual({ id: 'no_self_strapping', reason: 'always_printed', emphasis: 'strapping_prescribed' });
    expect(rule(false)!.emphasis).toBeNull();
  });

  it('emphasises small objects under 3 and bath safety when the bath is in the program', () => {
    const emphasis = (plan: ReturnType<typeof planOf>, id: string) =>
      plan.safetyRules.find((r) => r.id === id)!.emphasis;
    expect(emphasis(planOf({ ageMonths: 35 }), 'small_objects_under_3')).toBe('child_under_3');
    expect(emphasis(planOf({ ageMonths: 36 }), 'small_objects_under_3')).toBeNull();
    expect(emphasis(planOf(), 'bath_temperature')).toBe('bath_in_program');
    expect(emphasis(planOf({ settings: { includeBath: false } }), 'bath_temperature')).toBeNull();
  });
});

describe('printed notes (§3.3-§3.6, §5)', () => {
  const codes = (plan: ReturnType<typeof planOf>) => plan.notes.map((n) => n.code);

  it('walkers note under 3 years only', () => {
    expect(codes(planOf({ ageMonths: 35 }))).toContain('walkers_not_recommended');
    expect(codes(planOf({ ageMonths: 36 }))).not.toContain('walkers_not_recommended');
  });

  it.each([
    [29, null],
    [30, 'tricycle_or_balance_bike'],
    [35, 'tricycle_or_balance_bike'],
    [36, 'bike'],
  ] as const)('bike at %i months: %s', (ageMonths, variant) => {
    const bike = planOf({ ageMonths }).notes.find((n) => n.code === 'bike');
    expect(bike && 'variant' in bike ? bike.variant : null).toBe(variant);
  });

  it('degree 2 adds the consistency reminder and prints prescriptions prominently', () => {
    const prescribed = { orthoses: 'insoles' as const, clinicPhysio: ['paraffin' as const] };
    const d2 = planOf({ left: foot(2), settings: { prescribed } });
    expect(d2.notes).toContainEqual({ code: 'consistency_reminder', reason: 'degree_2' });
    expect(d2.notes).toContainEqual({ code: 'footwear', variant: 'prescribed', prominent: true, reason: 'prescribed' });
    expect(d2.notes).toContainEqual({
      code: 'clinic_treatments',
      items: ['paraffin'],
      prominent: true,
      reason: 'prescribed',
    });
    const d1 = planOf({ left: foot(1), settings: { prescribed } });
    expect(codes(d1)).not.toContain('consistency_reminder');
    expect(d1.notes).toContainEqual({
      code: 'footwear',
      variant: 'prescribed',
      prominent: false,
      reason: 'prescribed',
    });
  });

  it('general footwear advice when nothing is prescribed; no clinic treatments', () => {
    const plan = planOf();
    expect(plan.notes).toContainEqual({
      code: 'footwear',
      variant: 'general',
      prominent: false,
      reason: 'not_prescribed',
    });
    expect(codes(plan)).not.toContain('clinic_treatments');
  });
});

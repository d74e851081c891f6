import { describe, expect, it } from 'vitest';
import { computePlan } from '../../../shared/plan';
import { build, planOf, run, step, stepIds } from './build-input';

const ALL = ['M01', 'M02', 'M03', 'M04', 'M05', 'M06', 'M07', 'M08', 'M09', 'M10', 'M11', 'M12'];
const ACTIVE = ['X01', 'X02', 'X03', 'X04', 'X05', 'B01'];
const skip = (...ids: string[]) => Object.fromEntries(ids.map((id) => [id, { skip: true }]));

describe('step list (§1.6-1.8, §3.8)', () => {
  it('prints every library step in order, numbered from 1', () => {
    const plan = planOf();
    expect(stepIds(plan)).toEqual([...ALL, ...ACTIVE]);
    expect(plan.steps.map((s) => s.number)).toEqual(plan.steps.map((_, i) => i + 1));
    expect(plan.steps.map((s) => s.group)).toEqual([
      ...Array(8).fill('part_a'),
      ...Array(4).fill('part_b'),
      ...Array(5).fill('active'),
      'bath',
    ]);
  });

  it('skips a step, records why, and renumbers', () => {
    const plan = planOf({ overrides: { M03: { skip: true, reason: 'skin irritation' } } });
    expect(stepIds(plan)).not.toContain('M03');
    expect(step(plan, 'M04')!.number).toBe(3);
    expect(plan.skipped).toEqual([{ id: 'M03', reason: 'skipped_by_override', clinicianReason: 'skin irritation' }]);
  });

  it('drops M09 when all Part B massage steps are skipped, and its calendar column', () => {
    const plan = planOf({ overrides: skip('M10', 'M11', 'M12') });
    expect(stepIds(plan)).toEqual([...ALL.slice(0, 8), ...ACTIVE]);
    expect(plan.skipped).toContainEqual({ id: 'M09', reason: 'part_empty', clinicianReason: null });
    expect(plan.calendar!.columns).toContain('part_a');
    expect(plan.calendar!.columns).not.toContain('part_b');
  });

  it('drops M01 when all of Part A is skipped (M08 with it)', () => {
    const plan = planOf({ overrides: skip('M02', 'M03', 'M04', 'M05', 'M06', 'M07', 'M08') });
    expect(stepIds(plan)).toEqual(['M09', 'M10', 'M11', 'M12', ...ACTIVE]);
    expect(plan.calendar!.columns).not.toContain('part_a');
  });

  it('drops both position steps and the minutes columns when all massage is skipped', () => {
    const plan = planOf({ overrides: skip(...ALL.filter((id) => id !== 'M01' && id !== 'M09')) });
    expect(stepIds(plan)).toEqual(ACTIVE);
    expect(plan.zones).toEqual([]);
    expect(plan.calendar!.columns).toEqual(['date', 'day', ...ACTIVE, 'mood', 'notes']);
    expect(plan.session!.massageMinutes).toBe(0);
  });

  it('refuses M08 skipped alone while Part A has other steps: schema issue and engine block', () => {
    expect(() => build({ overrides: skip('M08') })).toThrow(/m08SkipAlone/);
    const parsed = build();
    expect(computePlan({ ...parsed, overrides: skip('M08') })).toMatchObject({
      status: 'blocked',
      blocks: [{ code: 'm08_skipped_alone', rule: null }],
    });
    // A custom Part A step also counts as other Part A work.
    const custom = [{ id: 'C01', after: 'M02' as const, title: 'Extra', text: 'Extra strokes' }];
    expect(() =>
      build({ overrides: skip('M02', 'M03', 'M04', 'M05', 'M06', 'M07', 'M08'), customSteps: custom }),
    ).toThrow(/m08SkipAlone/);
  });

  it('leaves out mat and bath when disabled, with their reasons', () => {
    const plan = planOf({ settings: { includeMat: false, includeBath: false } });
    expect(stepIds(plan)).toEqual([...ALL, 'X02', 'X03', 'X04', 'X05']);
    expect(plan.skipped.map((s) => [s.id, s.reason])).toEqual([
      ['X01', 'mat_disabled'],
      ['B01', 'bath_disabled'],
    ]);
    expect(plan.calendar!.columns).not.toContain('X01');
    expect(plan.calendar!.columns).not.toContain('B01');
  });
});

describe('custom steps and notes (§3.7, §3.8)', () => {
  const c = (id: string, after: string, reps?: number) => ({
    id,
    after: after as 'X05',
    title: `Step ${id}`,
    text: 'Do it.',
    reps,
  });

  it('inserts custom steps right after their anchor, in list order', () => {
    const plan = planOf({ customSteps: [c('C01', 'X05', 3), c('C02', 'M04'), c('C03', 'X05')] });
    const ids = stepIds(plan);
    expect(ids.slice(ids.indexOf('M04'), ids.indexOf('M04') + 3)).toEqual(['M04', 'C02', 'M05']);
    expect(ids.slice(ids.indexOf('X05'), ids.indexOf('X05') + 4)).toEqual(['X05', 'C01', 'C03', 'B01']);
    expect(step(plan, 'C02')!.group).toBe('part_a');
    expect(step(plan, 'C01')).toMatchObject({ group: 'active', custom: { title: 'Step C01', text: 'Do it.' } });
    expect(step(plan, 'C01')!.dose).toEqual({ type: 'custom', reps: 3, reason: 'custom_step' });
    expect(plan.calendar!.columns).toContain('C01');
    expect(plan.calendar!.columns).not.toContain('C02'); // covered by the Part A tick
  });

  it('keeps a custom step in place when its anchor is skipped, and says so', () => {
    const plan = planOf({ customSteps: [c('C01', 'M03')], overrides: { M03: { skip: true }, C01: { reps: 4 } } });
    const ids = stepIds(plan);
    expect(ids.slice(1, 4)).toEqual(['M02', 'C01', 'M04']);
    expect(step(plan, 'C01')!.dose).toEqual({ type: 'custom', reps: 4, reason: 'override' });
    expect(plan.notices).toContainEqual({ code: 'custom_anchor_removed', stepId: 'C01', after: 'M03' });
  });

  it('a custom step can be skipped like any other', () => {
    const plan = planOf({ customSteps: [c('C01', 'X02')], overrides: { C01: { skip: true } } });
    expect(stepIds(plan)).not.toContain('C01');
    expect(plan.calendar!.columns).not.toContain('C01');
  });

  it('keeps M09 when a custom step still needs the child on its back', () => {
    const plan = planOf({ customSteps: [c('C01', 'M10')], overrides: skip('M10', 'M11', 'M12') });
    expect(stepIds(plan)).toContain('M09');
  });

  it('attaches step notes verbatim; a note for a step that does not print is reported', () => {
    const plan = planOf({
      stepNotes: { M06: 'Very gentle on the left calf.', M03: 'Not today' },
      overrides: skip('M03'),
    });
    expect(step(plan, 'M06')!.note).toBe('Very gentle on the left calf.');
    expect(step(plan, 'M05')!.note).toBeNull();
    expect(plan.notices).toContainEqual({ code: 'note_for_absent_step', stepId: 'M03' });
  });

  it('a note never changes a dose', () => {
    const plan = planOf({ stepNotes: { X05: 'no squats for now' } });
    expect(stepIds(plan)).toContain('X05');
    expect(step(plan, 'X05')!.dose).toMatchObject({ reps: { min: 10, max: 12 } });
  });

  it('the specialist notes pass through verbatim', () => {
    expect(planOf().specialistNotes).toBe('Keep it playful.');
  });

  it('an unknown custom id in overrides is a schema issue, not a crash', () => {
    expect(() => build({ overrides: { C05: { skip: true } } })).toThrow(/unknownStep/);
    expect(run({ customSteps: [c('C05', 'B01')], overrides: { C05: { skip: true } } }).status).toBe('ok');
  });
});

import { describe, expect, it } from 'vitest';
import { computePlan, PLAN_ENGINE_VERSION } from '../../../shared/plan';
import { build } from './build-input';

describe('plan output', () => {
  it('is versioned and deterministic, and leaves its input untouched', () => {
    const input = build({ overrides: { M03: { skip: true } }, stepNotes: { M06: 'gentle' } });
    const before = structuredClone(input);
    const a = computePlan(input);
    const b = computePlan(input);
    expect(a).toStrictEqual(b);
    expect(a.engineVersion).toBe(PLAN_ENGINE_VERSION);
    expect(input).toStrictEqual(before);
  });

  it('copies only the fields it needs from rows passed in whole', () => {
    const input = build();
    const leaky = {
      ...input,
      child: { ...input.child, id: 7, guardian: { name: 'Anna', phone: '555 000' } },
      clinician: { ...input.clinician!, id: 3, active: true },
      assessment: { ...input.assessment!, notes: 'private', left: { ...input.assessment!.left, extra: 1 } },
    };
    const result = computePlan(leaky);
    if (result.status !== 'ok') expect.fail('blocked');
    const json = JSON.stringify(result.plan);
    for (const secret of ['guardian', '555 000', 'private', '"active":', '"extra":', '"id":7', '"id":3'])
      expect(json).not.toContain(secret);
  });
});

import { describe, expect, it } from 'vitest';
import { FollowUpReason, LocalStart, toValidationIssues } from '../../../shared/contract';
import type { FollowUpReason as PlanFollowUpReason } from '../../../shared/plan/types';

describe('appointment contract', () => {
  it('accepts every follow-up reason the plan engine proposes', () => {
    // A Record over the plan's union: a reason added there and not here fails to compile.
    const planReasons: Record<PlanFollowUpReason, true> = {
      after_course: true,
      every_months: true,
      end_of_horizon: true,
    };
    for (const reason of Object.keys(planReasons)) expect(FollowUpReason.safeParse(reason).success).toBe(true);
  });

  it('takes a start as a local date and a wall-clock time', () => {
    expect(LocalStart.parse({ date: '2025-03-30', time: ' 09:00 ' })).toEqual({ date: '2025-03-30', time: '09:00' });
    const r = LocalStart.safeParse({ date: '2025-03-30', time: '24:00' });
    expect(r.success ? [] : toValidationIssues(r.error)).toEqual([{ path: 'time', message: 'invalidTime' }]);
  });
});

import { describe, expect, it } from 'vitest';
import type { IntensityCap, Prescribed } from '../../../shared/contract/plans';
import type { BookletTexts } from '../../../shared/content';
import type { CustomStepId, StepId } from '../../../shared/plan/ids';
import type { CalendarColumn, FollowUpReason, Intensity, LegWork } from '../../../shared/plan/types';

/*
 * The renderer looks texts up by the plan engine's values (calendar columns, intensities, leg work,
 * follow-up reasons, prescribed items). These checks fail `tsc` (npm run typecheck) when the two
 * drift apart; vitest itself does not type-check, so the test body only confirms they compiled.
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Texts = BookletTexts;
type Prescription = Texts['everydayLife']['prescribed'];

const aligned: true[] = [
  true satisfies Same<
    keyof Texts['calendar']['columns'] | keyof Texts['calendar']['stepColumns'],
    Exclude<CalendarColumn, CustomStepId | Exclude<StepId, keyof Texts['calendar']['stepColumns']>>
  >,
  true satisfies Same<keyof Texts['calendar']['intensity'], Intensity>,
  true satisfies Same<keyof Texts['stepLabels']['legWork'], LegWork>,
  true satisfies Same<keyof Texts['stepLabels']['intensityCap'], IntensityCap>,
  true satisfies Same<keyof Texts['planOverview']['followUps'], FollowUpReason>,
  true satisfies Same<keyof Prescription['orthoses'], Exclude<Prescribed['orthoses'], 'none'>>,
  true satisfies Same<keyof Prescription['shoes'], Exclude<Prescribed['shoes'], 'none'>>,
  true satisfies Same<keyof Prescription['clinicPhysio'], Prescribed['clinicPhysio'][number]>,
];

describe('booklet texts: aligned with the plan engine', () => {
  it('has a text for every engine value it is looked up by (checked by tsc)', () => {
    expect(aligned.every(Boolean)).toBe(true);
  });
});

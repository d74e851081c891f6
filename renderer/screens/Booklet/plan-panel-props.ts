import type { ReactNode } from 'react';
import type { AdherenceHint as AdherenceHintValue, Checkup, Patient } from '../../../shared/contract';
import type { PlanResult } from '../../../shared/plan';

/*
 * What the plan panel and its sections (course, steps, follow-ups) are given by the editor. The
 * entries themselves are the form's (react-hook-form, through FormProvider): each section reads
 * and writes its own fields, so typing does not re-render the panel.
 */

export interface PlanPanelProps {
  child: Patient;
  /** The plan main computed for the last valid entries (null: none yet). */
  result: PlanResult | null;
  /** Its check-ups, with the visits already booked for them. */
  checkups: Checkup[];
  /** What the family reported for the last course (`booklets:draft`). */
  adherence: AdherenceHintValue | null;
  /** What changed since the last booklet (when continuing a plan). */
  changes?: ReactNode;
  /** The current entries have errors: the plan shown is the last valid one. */
  invalid: boolean;
  /** The latest assessment, for "edit the assessment" links. */
  assessmentId: number | null;
  /** The field's error as a sentence, by schema path (`settings.courseDays`, `overrides.X05.reps`). */
  errorFor(path: string): string | undefined;
}

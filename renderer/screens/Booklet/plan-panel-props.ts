import type { ReactNode } from 'react';
import type { AdherenceHint as AdherenceHintValue, Checkup, Patient } from '../../../shared/contract';
import type { PlanResult } from '../../../shared/plan';
import type { BookletErrors, BookletValues, CustomStepValues, StepValues } from './booklet-values';

/* What the plan panel and its sections (course, steps, follow-ups) are given by the editor. */

export interface PlanPanelProps {
  child: Patient;
  values: BookletValues;
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
  /** Message keys by schema path (for the memoised step list). */
  errors: BookletErrors;
  update(patch: Partial<BookletValues>): void;
  updateStep(id: string, patch: Partial<StepValues>): void;
  updateCustom(index: number, patch: Partial<CustomStepValues>): void;
  addCustom(): void;
  removeCustom(index: number): void;
  errorFor(path: string): string | undefined;
}

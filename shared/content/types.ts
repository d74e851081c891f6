/*
 * The shape of every text printed in the home-care booklet. Content spec:
 * ../shared/docs/booklet-content.md (§1 steps, §2.4 red flags, §3 personalisation, §4 schedule,
 * §5 sections, §6 figures); wording rules: ../shared/docs/booklet-design.md ("Words").
 *
 * This file only describes texts. Which of them appear, and the numbers that fill their
 * placeholders, is decided by the plan engine (shared/plan). Conventions:
 * - `{name}` marks a placeholder, filled with `fill()` from ./index. Numbers are never followed by a
 *   word that must agree with them: texts say "Squats: {reps}" or "{minutes} min", so no plural
 *   forms are needed in any language.
 * - `Sentences` are printed in order as one paragraph (or one bullet each, where a list is meant).
 * - `null` means "nothing to print here" and is null in every locale alike.
 * - No text carries tick boxes, faces or dots: the renderer draws those (Noto Sans lacks the glyphs).
 */

import type { SectionId } from '../plan/ids';
import type { SectionText, StepTexts, EditionTexts } from './types-base';
import type {
  CoverTexts,
  DiagnosisTexts,
  FromSpecialistTexts,
  UnderstandingTexts,
  SafetyTexts,
  RedFlagTexts,
  PlanOverviewTexts,
  GettingReadyTexts,
  TechniqueTexts,
  StepLabels,
  EverydayLifeTexts,
  NotesTexts,
  CalendarTexts,
  CheckupLogTexts,
  AboutTexts,
} from './types-sections';

export type * from './types-base';
export type * from './types-sections';

export interface BookletTexts {
  /** Title and intro of every section, in print order (§5). The cover title takes {name}. */
  sections: Record<SectionId, SectionText>;
  cover: CoverTexts;
  editions: EditionTexts;
  fromSpecialist: FromSpecialistTexts;
  diagnosis: DiagnosisTexts;
  /** Foot and side names: "Left foot", "Right foot", "Both feet". */
  sides: { left: string; right: string; both: string };
  /** Leg names for one-sided steps. */
  legs: { left: string; right: string };
  understanding: UnderstandingTexts;
  safety: SafetyTexts;
  redFlags: RedFlagTexts;
  planOverview: PlanOverviewTexts;
  gettingReady: GettingReadyTexts;
  techniques: TechniqueTexts;
  steps: StepTexts;
  stepLabels: StepLabels;
  everydayLife: EverydayLifeTexts;
  notes: NotesTexts;
  calendar: CalendarTexts;
  checkupLog: CheckupLogTexts;
  about: AboutTexts;
  footer: {
    /** {page}, {pages} */
    page: string;
    /** {phone} */
    phone: string;
  };
}

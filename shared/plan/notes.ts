/*
 * Paragraphs printed only in some booklets (§3.3-§3.6, §4.1, §5), each with the reason it applies.
 * Notes never interpret free text (§3.7): they come from structured fields only. A booklet without
 * a named clinician (G1) attributes nothing to a specialist: it tells the family to see one first,
 * and carries no paragraph that says "your specialist has mentioned".
 */
import type { FootSide } from '../contract/assessments';
import type { PlanAssessment, Prescribed } from '../contract/plans';
import { AGE_MONTHS } from './age-band';
import type { Edition, PlanNote } from './types';

interface NotesInput {
  edition: Edition;
  assessment: PlanAssessment | null;
  affected: FootSide[];
  worseDegree: number;
  ageMonths: number;
  prescribed: Prescribed;
  breakDays: number | null;
  breakDaysPerSpecialist: boolean;
}

export function planNotes(input: NotesInput): PlanNote[] {
  const { edition, assessment, ageMonths, prescribed } = input;
  const notes: PlanNote[] = [];
  const noClinician = edition.reasons.some((r) => r.code === 'no_clinician');
  // A named specialist who issues a booklet without a routine has seen the child already (G1
  // without a diagnosis, G4): telling the family to "see a specialist first" would contradict them.
  if (edition.kind === 'information' && noClinician)
    notes.push({ code: 'see_specialist_first', reason: 'information_edition' });
  if (edition.rule === 'G4' && !edition.program) notes.push({ code: 'normal_at_this_age', reason: 'under_24_months' });
  if (assessment?.overweight) {
    // The paragraph says the specialist mentioned weight: only a named one can have.
    if (!noClinician) notes.push({ code: 'weight_paragraph', reason: 'overweight_flag' });
    notes.push({ code: 'low_impact_first', reason: 'overweight_flag' });
  }
  if (ageMonths > AGE_MONTHS.over10) notes.push({ code: 'older_child', reason: 'over_10_years' });
  const [onlySide] = input.affected;
  if (input.affected.length === 1 && onlySide)
    notes.push({ code: 'one_sided', side: onlySide, reason: 'one_side_affected' });
  if (ageMonths < AGE_MONTHS.standard) notes.push({ code: 'walkers_not_recommended', reason: 'under_36_months' });
  if (ageMonths >= AGE_MONTHS.standard) notes.push({ code: 'bike', variant: 'bike', reason: 'from_36_months' });
  else if (ageMonths >= AGE_MONTHS.bike)
    notes.push({ code: 'bike', variant: 'tricycle_or_balance_bike', reason: 'from_30_months' });

  // §3.4: degree 2 adds a consistency line and prints prescribed items prominently.
  const degree2 = edition.program && input.worseDegree === 2;
  if (degree2) notes.push({ code: 'consistency_reminder', reason: 'degree_2' });
  const footwearPrescribed = prescribed.orthoses !== 'none' || prescribed.shoes !== 'none';
  notes.push(
    footwearPrescribed
      ? { code: 'footwear', variant: 'prescribed', prominent: degree2, reason: 'prescribed' }
      : { code: 'footwear', variant: 'general', prominent: false, reason: 'not_prescribed' },
  );
  if (prescribed.clinicPhysio.length > 0)
    notes.push({
      code: 'clinic_treatments',
      items: [...prescribed.clinicPhysio],
      prominent: degree2,
      reason: 'prescribed',
    });
  if (input.breakDays !== null && input.breakDaysPerSpecialist)
    notes.push({ code: 'break_per_specialist', breakDays: input.breakDays, reason: 'outside_21_28_days' });
  return notes;
}

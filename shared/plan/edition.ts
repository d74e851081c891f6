/*
 * Top-level gating, §3.2: rules G1-G6 in order, the first match decides. Every rule that decides
 * also reports the facts behind it, so the UI can say "specialist-care: right foot degree 3".
 */
import type { FootSide } from '../contract/assessments';
import type { PlanAssessment, PlanClinician, PlanSettings } from '../contract/plans';
import { AGE_MONTHS } from './age-band';
import type { EditionReason, PlanBlock, WorseSide } from './reasons';
import type { Edition } from './types';

const SIDES: FootSide[] = ['left', 'right'];

/** The worse foot and its degree; gating always uses the worse side (§2.3, §3.4). */
export function worseSide(a: PlanAssessment): { side: WorseSide; degree: number } {
  if (a.left.degree === a.right.degree) return { side: 'both', degree: a.left.degree };
  return a.left.degree > a.right.degree
    ? { side: 'left', degree: a.left.degree }
    : { side: 'right', degree: a.right.degree };
}

/** Feet with a recorded degree. */
export function affectedSides(a: PlanAssessment): FootSide[] {
  return SIDES.filter((s) => a[s].degree > 0);
}

interface EditionInput {
  assessment: PlanAssessment | null;
  clinician: PlanClinician | null;
  settings: Pick<PlanSettings, 'clinicianConfirmsHomeMassage' | 'clinicianConfirmsUnder2'>;
  ageMonths: number;
}

export type EditionDecision = { ok: true; edition: Edition } | { ok: false; block: PlanBlock };

const edition = (kind: Edition['kind'], rule: Edition['rule'], reasons: EditionReason[], program = false): Edition => ({
  kind,
  rule,
  reasons,
  program,
  banner: null,
});

export function decideEdition({ assessment, clinician, settings, ageMonths }: EditionInput): EditionDecision {
  // G1: the program carries out a named specialist's diagnosis, never our own (SEED-09).
  const g1: EditionReason[] = [];
  if (!clinician || clinician.name.trim() === '') g1.push({ code: 'no_clinician' });
  if (!assessment) g1.push({ code: 'no_diagnosis' });
  else if (assessment.left.degree === 0 && assessment.right.degree === 0) g1.push({ code: 'no_degree' });
  if (g1.length > 0 || !assessment) return { ok: true, edition: edition('information', 'G1', g1) };

  const worse = worseSide(assessment);
  const g2: EditionReason[] = [];
  if (assessment.redFlags.length > 0) g2.push({ code: 'red_flag', flags: [...assessment.redFlags] });
  // A rigid foot needs specialist evaluation whatever degree was recorded for it.
  const rigid = SIDES.filter((s) => assessment[s].flexible === 'no');
  if (rigid.length > 0) g2.push({ code: 'rigid_foot', sides: rigid });
  if (worse.degree >= 3) g2.push({ code: 'worse_side_degree', side: worse.side, degree: worse.degree });
  if (g2.length > 0) {
    if (!settings.clinicianConfirmsHomeMassage) return { ok: true, edition: edition('specialist_care', 'G2', g2) };
    // Even a confirmed supportive program keeps the age floor of G4 (SEED-12: not for babies).
    const age = ageGate(ageMonths, settings.clinicianConfirmsUnder2);
    const reasons: EditionReason[] = [...g2, { code: 'home_massage_confirmed' }, ...age.reasons];
    const result = edition('specialist_care', 'G2', reasons, age.allowed);
    return { ok: true, edition: { ...result, banner: age.allowed ? 'supportive_measure' : null } };
  }

  // G3: flexibility decides the pathway; only feet with a degree matter.
  const unknown = affectedSides(assessment).filter((s) => assessment[s].flexible === 'unknown');
  if (unknown.length > 0) return { ok: false, block: { code: 'flexibility_unknown', rule: 'G3', sides: unknown } };

  const program: EditionReason = { code: 'home_program', side: worse.side, degree: worse.degree };
  if (ageMonths < AGE_MONTHS.homeProgram) {
    const age = ageGate(ageMonths, settings.clinicianConfirmsUnder2);
    if (!age.allowed) return { ok: true, edition: edition('information', 'G4', age.reasons) };
    return { ok: true, edition: edition('full', 'G4', [...age.reasons, program], true) };
  }
  if (ageMonths > AGE_MONTHS.over10) {
    return { ok: true, edition: edition('full', 'G5', [{ code: 'over_10_years', ageMonths }, program], true) };
  }
  return { ok: true, edition: edition('full', 'G6', [program], true) };
}

/** G4: under 24 months a program needs the clinician's confirmation, and never below 18 months. */
function ageGate(ageMonths: number, confirmed: boolean): { allowed: boolean; reasons: EditionReason[] } {
  if (ageMonths >= AGE_MONTHS.homeProgram) return { allowed: true, reasons: [] };
  const under24: EditionReason = { code: 'under_24_months', ageMonths };
  if (ageMonths < AGE_MONTHS.confirmedMinimum)
    return { allowed: false, reasons: [under24, { code: 'under_18_months', ageMonths }] };
  if (!confirmed) return { allowed: false, reasons: [under24, { code: 'under_2_not_confirmed', ageMonths }] };
  return { allowed: true, reasons: [under24, { code: 'under_2_confirmed', ageMonths }] };
}

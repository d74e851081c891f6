/*
 * §3.8: the safety rules no setting can remove. Every rule is always in the list; settings only
 * add emphasis. The circulation warning and the "after wrapping" warning sign print in every
 * booklet, because families sometimes bandage on their own (SEED-30); prescribed strapping adds
 * the specialist's own instructions beside them.
 */
import { AGE_MONTHS } from './age-band';
import { SAFETY_RULE_IDS, type SafetyRuleId } from './ids';
import type { SafetyEmphasis, SafetyRule } from './types';

interface SafetyInput {
  strappingPrescribed: boolean;
  ageMonths: number;
  bathInProgram: boolean;
}

export function safetyRules({ strappingPrescribed, ageMonths, bathInProgram }: SafetyInput): SafetyRule[] {
  const emphasis: Partial<Record<SafetyRuleId, SafetyEmphasis>> = {};
  if (strappingPrescribed) emphasis.no_self_strapping = 'strapping_prescribed';
  if (ageMonths < AGE_MONTHS.standard) emphasis.small_objects_under_3 = 'child_under_3';
  if (bathInProgram) emphasis.bath_temperature = 'bath_in_program';
  return SAFETY_RULE_IDS.map((id) => ({ id, reason: 'always_printed', emphasis: emphasis[id] ?? null }));
}

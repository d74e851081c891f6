/*
 * Age on the start date and the dose band (§3.3). Ages are whole months, counted the way the
 * rest of the app counts them (a month counts once its day is reached), so 2 years = 24 months.
 */
import { monthsBetween } from '../contract/dates';
import type { AgeBand } from './ids';
import type { AgeBandReason } from './types';

/** Month thresholds used by the rules, in one place. */
export const AGE_MONTHS = {
  /** G4: below this, the information (toddler) edition unless the clinician confirms. */
  homeProgram: 24,
  /** G4: a confirmed home program is never offered below this. */
  confirmedMinimum: 18,
  /** Bike (tricycle or balance bike) from 2.5 years [SEED]. */
  bike: 30,
  /** Standard band; walkers note and small-objects emphasis below it. */
  standard: 36,
  older: 84,
  /** G5: the older-child note above 10 years (10 y 1 m and up). */
  over10: 120,
} as const;

/** Whole months from birth to `date`; 0 when `date` is before birth. */
export function ageMonthsOn(dateOfBirth: string, date: string): number {
  return Math.max(0, monthsBetween(dateOfBirth, date));
}

/** The dose band: toddler below 3 years (also the confirmed 18-23 months), standard 3-6, older from 7. */
export function ageBandFor(ageMonths: number): { value: AgeBand; reason: AgeBandReason } {
  if (ageMonths < AGE_MONTHS.homeProgram) return { value: 'toddler', reason: 'under_24_months' };
  if (ageMonths < AGE_MONTHS.standard) return { value: 'toddler', reason: 'age_24_35_months' };
  if (ageMonths < AGE_MONTHS.older) return { value: 'standard', reason: 'age_3_6_years' };
  return { value: 'older', reason: 'age_7_plus_years' };
}

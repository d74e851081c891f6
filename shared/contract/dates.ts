import { z } from 'zod';

// The calendar functions live in shared/calendar; the contract re-exports the ones its callers use.
import { addMonths, isCalendarDate, localToday, monthsBetween } from '../calendar/days';
export { ageOn, isCalendarDate, localToday, monthsBetween } from '../calendar/days';

/** The years a stored date may fall in: nothing the practice records is older or later. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

/** How far from today a visit, a diary range or a plan's start may be. */
export const NEAR_YEARS = 10;

/** A real YYYY-MM-DD date between MIN_YEAR and MAX_YEAR. */
export const calendarDate = z
  .string()
  .trim()
  .superRefine((s, ctx) => {
    if (!isCalendarDate(s)) ctx.addIssue({ code: 'custom', message: 'invalidDate' });
    else if (!isSaneYear(s)) ctx.addIssue({ code: 'custom', message: 'dateOutOfRange' });
  });

export function isSaneYear(date: string): boolean {
  const year = Number(date.slice(0, 4));
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

/** True when `date` is within NEAR_YEARS of `today` (both YYYY-MM-DD). */
export function isNearToday(date: string, today = localToday()): boolean {
  return date >= addMonths(today, -12 * NEAR_YEARS) && date <= addMonths(today, 12 * NEAR_YEARS);
}

/**
 * A date of the diary or a plan (a visit, a range, a closed day, a plan's start): a real date
 * within NEAR_YEARS of today (in the local calendar, when parsed). Only for what a caller sends:
 * a stored record is never re-parsed with it, so it cannot expire.
 */
export const nearDate = calendarDate.superRefine((s, ctx) => {
  if (isCalendarDate(s) && isSaneYear(s) && !isNearToday(s)) ctx.addIssue({ code: 'custom', message: 'dateTooFar' });
});

/**
 * A date that has happened (a visit recorded, a call made): a real date from MIN_YEAR to today.
 * A later year, however far, reads as "in the future".
 */
export const pastDate = z
  .string()
  .trim()
  .superRefine((s, ctx) => {
    if (!isCalendarDate(s)) ctx.addIssue({ code: 'custom', message: 'invalidDate' });
    else if (s > localToday()) ctx.addIssue({ code: 'custom', message: 'dateInFuture' });
    else if (!isSaneYear(s)) ctx.addIssue({ code: 'custom', message: 'dateOutOfRange' });
  });

/** The oldest patient the practice treats: children, so at most 18 years old. */
export const MAX_PATIENT_AGE_YEARS = 18;

/** A child's date of birth: a real date, not in the future, not more than 18 years ago. */
export const dateOfBirth = pastDate.refine(
  (s) => !isCalendarDate(s) || !isSaneYear(s) || monthsBetween(s, localToday()) < MAX_PATIENT_AGE_YEARS * 12,
  {
    message: 'tooOldForPractice',
  },
);

import { z } from 'zod';

// The calendar functions live in shared/calendar; the contract re-exports the ones its callers use.
import { isCalendarDate, localToday, monthsBetween } from '../calendar/days';
export { ageOn, isCalendarDate, localToday, monthsBetween } from '../calendar/days';

export const calendarDate = z.string().trim().refine(isCalendarDate, { message: 'invalidDate' });

/** The oldest patient the practice treats: children, so at most 18 years old. */
export const MAX_PATIENT_AGE_YEARS = 18;

/** A child's date of birth: a real date, not in the future, not more than 18 years ago. */
export const dateOfBirth = calendarDate
  .refine((s) => s <= localToday(), { message: 'dateInFuture' })
  .refine((s) => !isCalendarDate(s) || monthsBetween(s, localToday()) < MAX_PATIENT_AGE_YEARS * 12, {
    message: 'tooOldForPractice',
  });

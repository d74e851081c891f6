import { z } from 'zod';

/** Today's calendar date on this machine as YYYY-MM-DD (local time, not UTC). */
export function localToday(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** True when `s` is a real calendar date written YYYY-MM-DD (rejects 2024-02-30). */
export function isCalendarDate(s: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Whole months from `from` to `to` (both YYYY-MM-DD); a month counts once its day is reached. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  let months = (ty - fy) * 12 + (tm - fm);
  if (td < fd) months -= 1;
  return months;
}

/** Age as whole years and remaining months on `today`. */
export function ageOn(dateOfBirth: string, today: string): { years: number; months: number } {
  const total = Math.max(0, monthsBetween(dateOfBirth, today));
  return { years: Math.floor(total / 12), months: total % 12 };
}

export const calendarDate = z.string().trim().refine(isCalendarDate, { message: 'invalidDate' });

/** The oldest patient the practice treats: children, so at most 18 years old. */
export const MAX_PATIENT_AGE_YEARS = 18;

/** A child's date of birth: a real date, not in the future, not more than 18 years ago. */
export const dateOfBirth = calendarDate
  .refine((s) => s <= localToday(), { message: 'dateInFuture' })
  .refine((s) => monthsBetween(s, localToday()) < MAX_PATIENT_AGE_YEARS * 12, {
    message: 'tooOldForPractice',
  });

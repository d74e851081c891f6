import dayjs, { type Dayjs } from 'dayjs';
import { addDays, isCalendarDate, localToday } from '../../../shared/calendar';

/*
 * Forms and main speak calendar dates as YYYY-MM-DD and times as HH:MM; the pickers speak dayjs.
 * A field that holds text no date can be read from is `INVALID_DATE`, which the contract's
 * date schemas refuse with "not a valid date" (nothing is sent).
 */
export const INVALID_DATE = 'invalid-date';
export const INVALID_TIME = 'invalid-time';

export function dayOf(value: string | null | undefined): Dayjs | null {
  return value && isCalendarDate(value) ? dayjs(value, 'YYYY-MM-DD') : null;
}

export function dateOf(day: Dayjs | null): string {
  if (day === null) return '';
  return day.isValid() ? day.format('YYYY-MM-DD') : INVALID_DATE;
}

export function clockOf(value: string | null | undefined): Dayjs | null {
  const match = value ? /^(\d{2}):(\d{2})$/.exec(value) : null;
  return match ? dayjs('2000-01-03').hour(Number(match[1])).minute(Number(match[2])) : null;
}

export function timeOf(time: Dayjs | null): string {
  if (time === null) return '';
  return time.isValid() ? time.format('HH:mm') : INVALID_TIME;
}

/** The shortcuts a clinic uses for follow-ups: today, in two weeks, in six weeks. */
export type DateShortcut = 'today' | 'in2weeks' | 'in6weeks';
export const SHORTCUT_DAYS: Record<DateShortcut, number> = { today: 0, in2weeks: 14, in6weeks: 42 };

export function shortcutDate(shortcut: DateShortcut, today = localToday()): string {
  return addDays(today, SHORTCUT_DAYS[shortcut]);
}

/** Whether this locale writes times with AM/PM (en-US) rather than a 24-hour clock (en-GB, ru). */
export function usesAmPm(locale: string): boolean {
  const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
  return cycle === 'h11' || cycle === 'h12';
}

/** What a picker's text field takes from the field's props (both pickers alike). */
export interface PickerFieldProps {
  name?: string | undefined;
  required?: boolean | undefined;
  error?: boolean | undefined;
  helperText?: string | undefined;
  onBlur?: (() => void) | undefined;
  size?: 'small' | 'medium' | undefined;
  fullWidth?: boolean | undefined;
}

export function textFieldProps(p: PickerFieldProps) {
  return {
    name: p.name,
    required: p.required ?? false,
    error: p.error ?? false,
    helperText: p.helperText,
    onBlur: p.onBlur,
    size: p.size ?? 'medium',
    fullWidth: p.fullWidth ?? true,
  };
}

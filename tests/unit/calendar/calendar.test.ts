import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  ageOn,
  calendarInstant,
  daysBetween,
  formatCalendarDate,
  formatNumericDate,
  isCalendarDate,
  isoWeekday,
  minutesOf,
  monthsBetween,
  timeOf,
  weekStart,
} from '../../../shared/calendar';

describe('shared/calendar: one set of date rules for the plan, the diary, the PDFs and the screens', () => {
  it('adds days across months, leap days and years below 100 without shifting', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('0050-01-01', -1)).toBe('0049-12-31');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });

  it('adds months keeping the day or falling back to the month end', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(monthsBetween('2020-05-20', '2026-05-19')).toBe(71);
    expect(ageOn('2020-05-20', '2026-05-20')).toEqual({ years: 6, months: 0 });
  });

  it('knows weekdays and week starts (Monday or Sunday)', () => {
    expect(isoWeekday('2026-12-07')).toBe(1);
    expect(isoWeekday('2026-12-13')).toBe(7);
    expect(weekStart('2026-12-10')).toBe('2026-12-07');
    expect(weekStart('2026-12-10', 7)).toBe('2026-12-06');
  });

  it('accepts only real calendar dates', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('26-01-01')).toBe(false);
  });

  it('turns wall-clock times into minutes and back', () => {
    expect(minutesOf('09:30')).toBe(570);
    expect(timeOf(570)).toBe('09:30');
    expect(timeOf(1440)).toBe('24:00');
  });

  it("writes a date in the clinic's numeric pattern", () => {
    expect(formatNumericDate('2026-03-09', 'DD.MM.YYYY')).toBe('09.03.2026');
    expect(formatNumericDate('2026-03-09', 'MM/DD/YYYY')).toBe('03/09/2026');
    expect(formatNumericDate('2026-03-09', 'YYYY-MM-DD')).toBe('2026-03-09');
    expect(formatNumericDate('not a date', 'DD/MM/YYYY')).toBe('not a date');
  });

  it('formats a calendar date as the same day in any time zone', () => {
    expect(new Date(calendarInstant('2026-03-29', '01:30')).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(formatCalendarDate('en-GB', '2026-03-29', 'long')).toBe('29 March 2026');
    expect(formatCalendarDate('ru-RU', '2026-03-29', 'long')).toBe('29 марта 2026 г.');
    expect(formatCalendarDate('en-GB', 'garbage')).toBe('garbage');
  });
});

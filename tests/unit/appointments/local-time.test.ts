import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isoWeekday, minutesOf, timeOf, weekStart } from '../../../shared/calendar';
import { dayBounds, localDate, localInstant, localTime, wallInstant } from '../../../shared/calendar/local-time';
import { inZone } from './fixture';

const HOUR = 3_600_000;

describe('calendar dates', () => {
  it('adds days across months and leap years, and counts days between', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(daysBetween('2025-03-01', '2025-04-01')).toBe(31);
  });

  it('knows ISO weekdays and week starts', () => {
    expect(isoWeekday('2025-03-30')).toBe(7); // a Sunday
    expect(isoWeekday('2025-03-31')).toBe(1);
    expect(weekStart('2025-03-30')).toBe('2025-03-24');
    expect(weekStart('2025-03-30', 7)).toBe('2025-03-30');
    expect(weekStart('2025-04-02', 7)).toBe('2025-03-30');
  });

  it('converts wall-clock times and minutes', () => {
    expect(minutesOf('09:05')).toBe(545);
    expect(timeOf(545)).toBe('09:05');
    expect(timeOf(0)).toBe('00:00');
  });
});

describe.each([
  { zone: 'Europe/London', spring: '2025-03-30', fall: '2025-10-26', gap: '01:30', repeated: '01:30' },
  { zone: 'America/New_York', spring: '2025-03-09', fall: '2025-11-02', gap: '02:30', repeated: '01:30' },
])('local time in $zone', ({ zone, spring, fall, gap, repeated }) => {
  it('keeps 09:00 at 09:00 on both clock-change days', () =>
    inZone(zone, () => {
      for (const date of [spring, fall]) {
        const at = wallInstant(date, 9 * 60);
        expect(localDate(at)).toBe(date);
        expect(localTime(at)).toBe('09:00');
        expect(localInstant(date, 9 * 60)).toBe(at);
      }
    }));

  it('has a 23-hour spring day and a 25-hour autumn day', () =>
    inZone(zone, () => {
      const [s0, s1] = dayBounds(spring);
      const [f0, f1] = dayBounds(fall);
      expect(s1 - s0).toBe(23 * HOUR);
      expect(f1 - f0).toBe(25 * HOUR);
      expect(dayBounds(addDays(spring, 1))[1] - dayBounds(addDays(spring, 1))[0]).toBe(24 * HOUR);
    }));

  it('refuses a skipped time and takes the first of a repeated one', () =>
    inZone(zone, () => {
      expect(localInstant(spring, minutesOf(gap))).toBeNull();
      const first = localInstant(fall, minutesOf(repeated))!;
      expect(localTime(first)).toBe(repeated);
      // An hour later the clock shows the same time again.
      expect(localTime(first + HOUR)).toBe(repeated);
    }));
});

import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween } from '../../../shared/plan';

describe('plan date helpers (UTC string arithmetic)', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(addDays('2025-05-01', 13)).toBe('2025-05-14');
  });

  it('is not shifted by daylight-saving changes', () => {
    // Europe and the US change clocks on these weekends; a local-time Date would drift by an hour.
    expect(addDays('2025-03-29', 2)).toBe('2025-03-31');
    expect(addDays('2025-10-25', 2)).toBe('2025-10-27');
    expect(daysBetween('2025-03-01', '2025-04-01')).toBe(31);
    expect(daysBetween('2025-10-01', '2025-11-01')).toBe(31);
  });

  it('counts days between dates', () => {
    expect(daysBetween('2025-01-01', '2025-01-01')).toBe(0);
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-10', '2025-01-01')).toBe(-9);
  });

  it('adds months, clamping to the end of a shorter month', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-05-01', 12)).toBe('2026-05-01');
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
    expect(addMonths('2025-03-15', -27)).toBe('2022-12-15');
    expect(addMonths('0099-12-31', 1)).toBe('0100-01-31');
  });

  it('refuses malformed dates instead of guessing', () => {
    expect(() => addDays('2025-5-1', 1)).toThrow(RangeError);
  });
});

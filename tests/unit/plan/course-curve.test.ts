import { describe, expect, it } from 'vitest';
import { capIntensity, courseCurve, coursePhases } from '../../../shared/plan';
import { roundRatioHalfUp } from '../../../shared/plan/round';
import { planOf } from './build-input';

// §4.2 worked examples, copied from the spec table.
const WORKED = [
  ['3-6 y (5/15/10)', 14, 5, 15, 10, [5, 7, 8, 10, 12, 13, 15, 15, 15, 14, 13, 12, 11, 10]],
  ['toddler (5/12/8)', 14, 5, 12, 8, [5, 6, 7, 9, 10, 11, 12, 12, 12, 11, 10, 10, 9, 8]],
  ['7-10 y (7/20/12)', 14, 7, 20, 12, [7, 9, 11, 14, 16, 18, 20, 20, 20, 18, 17, 15, 14, 12]],
  ['3-6 y, N = 10', 10, 5, 15, 10, [5, 8, 10, 13, 15, 15, 14, 13, 11, 10]],
] as const;

describe('course curve (§4.2)', () => {
  it.each(WORKED)('reproduces the worked example %s exactly', (_name, n, start, peak, end, expected) => {
    expect(courseCurve(n, start, peak, end).map((d) => d.minutes)).toEqual(expected);
  });

  it.each([
    [36, WORKED[0][5]],
    [24, WORKED[1][5]],
    [84, WORKED[2][5]],
  ] as const)('the engine prints the age band curve at %i months', (ageMonths, expected) => {
    const days = planOf({ ageMonths }).calendar!.courses[0]!.days;
    expect(days.map((d) => d.targetMinutes)).toEqual(expected);
  });

  it('the engine prints the N = 10 example with a course-length override', () => {
    const days = planOf({ settings: { courseDays: 10 } }).calendar!.courses[0]!.days;
    expect(days.map((d) => d.targetMinutes)).toEqual(WORKED[3][5]);
  });

  it('splits a course into ramp, plateau and taper', () => {
    expect(coursePhases(14)).toEqual({ ramp: 6, plateau: 3, taper: 5 });
    expect(coursePhases(10)).toEqual({ ramp: 4, plateau: 2, taper: 4 });
    expect(coursePhases(7)).toEqual({ ramp: 3, plateau: 1, taper: 3 });
    expect(coursePhases(21)).toEqual({ ramp: 8, plateau: 4, taper: 9 });
  });

  it('labels intensity: light for the first half of the ramp, full on the plateau, medium otherwise', () => {
    const labels = courseCurve(14, 5, 15, 10)
      .map((d) => d.intensity[0])
      .join('');
    expect(labels).toBe('lllmmmfffmmmmm');
    // An odd ramp (3 days) keeps its middle day light: its minutes sit below the midpoint.
    expect(
      courseCurve(7, 5, 15, 10)
        .map((d) => d.intensity[0])
        .join(''),
    ).toBe('llmfmmm');
  });

  it('rounds exact halves up, where float arithmetic could slip', () => {
    expect(roundRatioHalfUp(17, 2)).toBe(9);
    expect(roundRatioHalfUp(25, 2)).toBe(13);
    expect(roundRatioHalfUp(-5, 2)).toBe(-2);
    expect(roundRatioHalfUp(14, 5)).toBe(3);
    expect(() => roundRatioHalfUp(1.5, 2)).toThrow(RangeError);
  });

  it('caps intensity labels', () => {
    expect(capIntensity('full', 'moderate')).toBe('medium');
    expect(capIntensity('medium', 'light')).toBe('light');
    expect(capIntensity('light', 'moderate')).toBe('light');
    expect(capIntensity('full', null)).toBe('full');
  });
});

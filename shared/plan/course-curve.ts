/*
 * Per-day massage minutes within one course, §4.2: ramp, plateau, taper, rounded half up.
 * Integer arithmetic throughout so the four worked examples of the spec come out exactly.
 */
import type { IntensityCap } from '../contract/plans';
import { roundRatioHalfUp } from './round';
import type { CoursePhase, Intensity } from './types';

export interface CurveDay {
  day: number;
  minutes: number;
  intensity: Intensity;
  phase: CoursePhase;
}

/** Ramp, plateau and taper lengths for a course of `n` days. */
export function coursePhases(n: number): { ramp: number; plateau: number; taper: number } {
  const ramp = roundRatioHalfUp(2 * n, 5); // round(0.4·N)
  const plateau = Math.max(1, roundRatioHalfUp(n, 5)); // max(1, round(0.2·N))
  return { ramp, plateau, taper: Math.max(0, n - ramp - plateau) };
}

/**
 * The course's daily target minutes. `start` and `end` must not exceed `peak`.
 * Intensity: first half of the ramp light (the middle day of an odd ramp too, its minutes sit
 * below the ramp's midpoint), second half of the ramp and the taper medium, plateau full.
 */
export function courseCurve(n: number, start: number, peak: number, end: number): CurveDay[] {
  const { ramp, plateau, taper } = coursePhases(n);
  const days: CurveDay[] = [];
  for (let k = 1; k <= ramp; k++) {
    const minutes = roundRatioHalfUp(start * ramp + (peak - start) * (k - 1), ramp);
    days.push({ day: k, minutes, intensity: k <= Math.ceil(ramp / 2) ? 'light' : 'medium', phase: 'ramp' });
  }
  for (let i = 1; i <= plateau && days.length < n; i++) {
    days.push({ day: days.length + 1, minutes: peak, intensity: 'full', phase: 'plateau' });
  }
  for (let j = 1; j <= taper; j++) {
    const minutes = roundRatioHalfUp(peak * taper - (peak - end) * j, taper);
    days.push({ day: days.length + 1, minutes, intensity: 'medium', phase: 'taper' });
  }
  return days;
}

const LEVEL: Record<Intensity, number> = { light: 0, medium: 1, full: 2 };
const CAP_LABEL: Record<IntensityCap, Intensity> = { light: 'light', moderate: 'medium' };

/** The label printed when a cap applies: never above the cap. */
export function capIntensity(label: Intensity, cap: IntensityCap | null): Intensity {
  if (!cap) return label;
  return LEVEL[label] <= LEVEL[CAP_LABEL[cap]] ? label : CAP_LABEL[cap];
}

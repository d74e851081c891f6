/*
 * Exercise, mat and bath doses by age band (§1.7, §1.8, §3.3), then the clinician's overrides
 * (§3.8). The engine never raises a dose from the degree (§3.4): only age band and overrides.
 */
import type { StepOverride } from '../contract/plans';
import type { AgeBand, StepId } from './ids';
import type { DoseAid, Range, StepDose } from './types';

type Band = Record<AgeBand, Range>;
const r = (min: number, max = min): Range => ({ min, max });

/** Massage minutes for the course curve: start / peak / end (§3.3). */
export const MASSAGE_MINUTES: Record<AgeBand, { start: number; peak: number; end: number }> = {
  toddler: { start: 5, peak: 12, end: 8 },
  standard: { start: 5, peak: 15, end: 10 },
  older: { start: 7, peak: 20, end: 12 },
};

const MAT_MINUTES = r(10); // [SEED] about 10 minutes, every band
const TODDLER_MAT_BUILD_UP = { fromMinutes: 3, days: 4 };
const CIRCLES: Band = { toddler: r(10), standard: r(10), older: r(10) };
const TODDLER_CIRCLES_START = 5;
const MONKEY_FEET: Band = { toddler: r(3), standard: r(5), older: r(5, 8) };
const MONKEY_HOLD_SECONDS = r(3, 5);
const CROSS_LEGGED: Band = { toddler: r(1, 2), standard: r(2, 3), older: r(3) };
const SQUATS: Band = { toddler: r(5, 8), standard: r(10, 12), older: r(10, 12) };
const BATH = { soakMinutes: r(3, 5), coolSeconds: r(5, 10), warmMinutes: r(2, 3), waterCelsius: r(37, 38) };

interface DoseContext {
  band: AgeBand;
  overweight: boolean;
}

/** The dose of an exercise or bath step; massage and position doses come from zones.ts. */
export function activeDose(id: StepId, o: StepOverride | undefined, { band, overweight }: DoseContext): StepDose {
  const toddler = band === 'toddler';
  const pick = (defaults: Range, value: number | undefined) =>
    value === undefined
      ? { range: defaults, reason: 'age_band_default' as const }
      : { range: r(value), reason: 'override' as const };
  switch (id) {
    case 'X01': {
      const m = pick(MAT_MINUTES, o?.minutes);
      return {
        type: 'mat',
        minutes: m.range,
        reason: m.reason,
        // An override is the clinician's exact dose, so the toddler build-up then no longer applies.
        buildUp: toddler && m.reason === 'age_band_default' ? TODDLER_MAT_BUILD_UP : null,
        // §3.6: walking and marching rather than jumping.
        mode: overweight ? 'walk' : 'walk_and_jump',
        modeReason: overweight ? 'overweight_flag' : 'default',
      };
    }
    case 'X02':
    case 'X03':
    case 'X05': {
      const table = id === 'X02' ? CIRCLES : id === 'X03' ? MONKEY_FEET : SQUATS;
      const reps = pick(table[band], o?.reps);
      const hold = id === 'X03' ? pick(MONKEY_HOLD_SECONDS, o?.holdSeconds) : null;
      const aids: DoseAid[] = [];
      if (toddler && id === 'X02') aids.push('parent_may_guide');
      if (toddler && id === 'X03') aids.push('large_objects_only'); // choking risk under 3 [SRC 38]
      if (toddler && id === 'X05') aids.push('hold_hands');
      return {
        type: 'reps',
        reps: reps.range,
        per: id === 'X02' ? 'direction' : id === 'X03' ? 'foot' : 'session',
        reason: reps.reason,
        startReps: toddler && id === 'X02' && reps.reason === 'age_band_default' ? TODDLER_CIRCLES_START : null,
        holdSeconds: hold?.range ?? null,
        holdReason: hold?.reason ?? null,
        aids,
      };
    }
    case 'X04': {
      const m = pick(CROSS_LEGGED[band], o?.minutes);
      return { type: 'minutes', minutes: m.range, reason: m.reason };
    }
    case 'B01': {
      const warm = pick(BATH.warmMinutes, o?.minutes);
      return { type: 'bath', ...BATH, warmMinutes: warm.range, reason: warm.reason };
    }
    default:
      throw new RangeError(`${id} has no active dose`);
  }
}

/** Minutes one active step adds to a session at its longest, for the §4.3 length check. */
export function sessionMinutes(dose: StepDose): number {
  switch (dose.type) {
    case 'mat':
    case 'minutes':
      return dose.minutes.max;
    case 'bath':
      // Soak, a few seconds of cool water, warm again; rounded up to whole minutes.
      return dose.soakMinutes.max + Math.ceil(dose.coolSeconds.max / 60) + dose.warmMinutes.max;
    case 'reps':
      // [PROPOSAL] About two minutes per counted exercise: §4.3 puts exercises at 5-8 minutes.
      return 2;
    case 'custom':
      return 2;
    default:
      return 0;
  }
}

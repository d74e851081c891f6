/*
 * Approximate minutes per massage zone on the peak day (§4.2 share table), renormalised over
 * the zones that still have a step after skips, so the zones always fill the whole peak time.
 */
import type { StepId } from './ids';
import { roundRatioHalfUp } from './round';
import type { ZoneId, ZoneMinutes } from './types';

/** [PROPOSAL] shares in percent; they sum to 100. */
export const ZONE_SHARES: readonly { zone: ZoneId; steps: readonly StepId[]; share: number }[] = [
  { zone: 'back', steps: ['M02'], share: 15 },
  { zone: 'buttocks', steps: ['M03'], share: 10 },
  { zone: 'back_thighs', steps: ['M04'], share: 15 },
  { zone: 'calves', steps: ['M05', 'M06'], share: 20 },
  { zone: 'soles', steps: ['M07'], share: 15 },
  { zone: 'patting', steps: ['M08'], share: 5 },
  { zone: 'front_thighs', steps: ['M10'], share: 5 },
  { zone: 'outer_shins', steps: ['M11'], share: 5 },
  { zone: 'feet_top', steps: ['M12'], share: 10 },
];

/** The zone a massage step belongs to, or null for position and non-massage steps. */
export function zoneOf(id: StepId): ZoneId | null {
  return ZONE_SHARES.find((z) => z.steps.includes(id))?.zone ?? null;
}

/**
 * Zones with at least one step in `present`. Minutes are whole, at least 1 (the booklet says
 * "about"), so they may not add up exactly to the peak.
 */
export function zoneMinutesAtPeak(present: ReadonlySet<string>, peakMinutes: number): ZoneMinutes[] {
  const zones = ZONE_SHARES.map((z) => ({ ...z, steps: z.steps.filter((s) => present.has(s)) })).filter(
    (z) => z.steps.length > 0,
  );
  const total = zones.reduce((sum, z) => sum + z.share, 0);
  return zones.map((z) => ({
    zone: z.zone,
    steps: [...z.steps],
    sharePct: roundRatioHalfUp(z.share * 1000, total) / 10,
    minutesAtPeak: Math.max(1, roundRatioHalfUp(peakMinutes * z.share, total)),
  }));
}

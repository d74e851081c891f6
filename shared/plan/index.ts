/** The pure plan engine: booklet edition, doses, steps, course calendar and follow-ups. */
export * from './ids';
export * from './types';
export * from './reasons';
export * from './step-groups';
export { computePlan } from './compute-plan';
export { addDays, addMonths, daysBetween } from '../calendar/days';
export { ageBandFor, ageMonthsOn, AGE_MONTHS } from './age-band';
export { decideEdition, worseSide, affectedSides } from './edition';
export { courseCurve, coursePhases, capIntensity, type CurveDay } from './course-curve';
export { MASSAGE_MINUTES } from './doses';
export { ZONE_SHARES, zoneMinutesAtPeak } from './zones';
export { SPLIT_ABOVE_MINUTES } from './session';

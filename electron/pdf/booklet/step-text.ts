/*
 * The words of one printed step: the age band's variant of the text (§3.3), the dose filled with
 * the engine's numbers after overrides (§3.8), and the lines for sides, caps and time at peak.
 * Only structured plan fields change what is printed; notes are printed, never interpreted.
 */
import type { Language } from '../../../shared/contract/settings';
import { placeholdersOf } from '../../../shared/content';
import type { Plan, PlanStep, StepId, TechniqueId } from '../../../shared/plan';
import { type Ctx, f } from './context';
import type { PatArea } from './figures/massage-body';
import { formatRange } from './format';

export interface StepWords {
  title: string;
  /** "Added by your specialist" over a clinician-written step. */
  kicker: string | null;
  instructions: string[];
  dose: string | null;
  /** Sides, intensity cap: short lines under the dose. */
  extras: string[];
  caution: string | null;
}

/** The techniques each massage step names (§1.6), shown as Fig. 10 icons beside the text. */
export const STEP_TECHNIQUES: Partial<Record<StepId, TechniqueId[]>> = {
  M02: ['stroke', 'rub'],
  M03: ['knead', 'drum'],
  M04: ['stroke', 'knead'],
  M05: ['stroke', 'rub'],
  M06: ['pinch_release', 'knead', 'chop'],
  M07: ['stroke', 'rub'],
  M08: ['pat'],
  M10: ['stroke', 'rub'],
  M11: ['stroke', 'rub'],
  M12: ['stroke'],
};

/** The Part A areas the finishing pats cover, each with the steps that work it (Fig. 8). */
export const PAT_AREAS = [
  { area: 'back', steps: ['M02'] },
  { area: 'buttocks', steps: ['M03'] },
  { area: 'legs', steps: ['M04', 'M05', 'M06'] },
  { area: 'feet', steps: ['M07'] },
] as const satisfies readonly { area: PatArea; steps: readonly StepId[] }[];

/** The areas still in the plan: a skipped step's area is neither named nor patted. */
export function patAreas(plan: Plan): PatArea[] {
  const present = new Set<string>(plan.steps.map((s) => s.id));
  return PAT_AREAS.filter((a) => a.steps.some((id) => present.has(id))).map((a) => a.area);
}

const LIST_LOCALES: Record<Language, string> = { en: 'en-GB', ru: 'ru-RU' };
const lists = new Map<Language, Intl.ListFormat>();

/** "back, legs and feet" / «спина, ноги и стопы». */
function listOf(items: string[], language: Language): string {
  let list = lists.get(language);
  if (!list) {
    list = new Intl.ListFormat(LIST_LOCALES[language], { style: 'long', type: 'conjunction' });
    lists.set(language, list);
  }
  return list.format(items);
}

export function stepWords(ctx: Ctx, step: PlanStep): StepWords {
  const { t, plan } = ctx;
  const labels = t.stepLabels;
  if (step.custom) {
    const reps =
      step.dose.type === 'custom' && step.dose.reps !== null ? f(labels.customReps, { reps: step.dose.reps }) : null;
    return {
      title: step.custom.title,
      kicker: labels.addedBySpecialist,
      instructions: [step.custom.text],
      dose: reps,
      extras: [],
      caution: null,
    };
  }
  const id = step.id as StepId;
  const text = t.steps[id];
  const band = plan.child.ageBand.value;
  const body = (band === 'toddler' ? text.toddler : band === 'older' ? text.older : null) ?? text;
  // Only the finishing pats take {areas}; with every area left out, the sentence naming them goes too.
  const areas = id === 'M08' ? patAreas(plan).map((a) => t.steps.M08.areas[a]) : [];
  const instructions = body.instructions.flatMap((s) =>
    placeholdersOf(s).length === 0 ? [s] : areas.length > 0 ? [f(s, { areas: listOf(areas, ctx.lang) })] : [],
  );
  const d = step.dose;
  if (d.type === 'mat' && d.mode === 'walk_and_jump') instructions.push(t.steps.X01.hopLine);

  let dose: string | null;
  switch (d.type) {
    case 'mat':
      dose = d.buildUp
        ? f(t.steps.X01.buildUpDose, {
            startMinutes: d.buildUp.fromMinutes,
            minutes: formatRange(d.minutes),
            days: d.buildUp.days,
          })
        : body.dose && f(body.dose, { minutes: formatRange(d.minutes) });
      break;
    case 'reps':
      dose =
        id === 'X02' && d.startReps !== null
          ? f(t.steps.X02.rampDose, { startReps: d.startReps, reps: formatRange(d.reps) })
          : body.dose &&
            f(body.dose, { reps: formatRange(d.reps), seconds: d.holdSeconds ? formatRange(d.holdSeconds) : '' });
      break;
    case 'minutes':
      dose = body.dose && f(body.dose, { minutes: formatRange(d.minutes) });
      break;
    case 'bath':
      dose =
        body.dose &&
        f(body.dose, {
          soakMinutes: formatRange(d.soakMinutes),
          coolSeconds: formatRange(d.coolSeconds),
          warmMinutes: formatRange(d.warmMinutes),
        });
      break;
    case 'massage':
      dose = d.zoneMinutesAtPeak > 0 ? f(labels.minutesAtPeak, { minutes: d.zoneMinutesAtPeak }) : null;
      break;
    default:
      dose = null;
  }
  return { title: text.title, kicker: null, instructions, dose, extras: extraLines(ctx, step), caution: body.caution };
}

function extraLines(ctx: Ctx, step: PlanStep): string[] {
  const { t, plan } = ctx;
  const labels = t.stepLabels;
  const oneSided = (plan.diagnosis?.affected.sides.length ?? 0) === 1;
  const lines: string[] = [];
  const s = step.sides;
  if (s) {
    if (s.reason === 'back_always_both' && oneSided) lines.push(labels.bothSides);
    else if (s.reason === 'both_feet' && oneSided) lines.push(labels.bothFeet);
    else if (
      (s.reason === 'unaffected_leg_mode' || s.reason === 'side_override') &&
      !(s.left === 'full' && s.right === 'full')
    )
      for (const side of ['left', 'right'] as const) lines.push(f(labels.legWork[s[side]], { leg: t.legs[side] }));
  }
  if (step.intensityCap) lines.push(labels.intensityCap[step.intensityCap]);
  return lines;
}

/*
 * computePlan(): the whole engine, pure and deterministic. Input is the parsed PlanInput
 * (shared/contract/plans.ts); output is a Plan, or the blocks the clinician must resolve first.
 */
import type { PlanInput } from '../contract/plans';
import { ageBandFor, ageMonthsOn } from './age-band';
import { affectedSides, decideEdition, worseSide } from './edition';
import { laterality } from './laterality';
import { planNotes } from './notes';
import { buildProgram, type Program } from './program';
import type { PlanBlock } from './reasons';
import { safetyRules } from './safety';
import { m08SkippedAlone } from './step-groups';
import { type FootSummary, type MissedDayRule, PLAN_ENGINE_VERSION, type PlanResult } from './types';

const MISSED_DAYS: MissedDayRule = { doubleUp: false, restartAfterMissedDays: 3, restartAtDay: 3, reason: 'spec_4_2' };

const blocked = (blocks: PlanBlock[]): PlanResult => ({
  status: 'blocked',
  engineVersion: PLAN_ENGINE_VERSION,
  blocks,
});

// Fields are picked one by one so a caller passing a whole Patient or Assessment row cannot
// leak extra data (guardian phone, internal ids) into the archived plan.
const footSummary = (f: FootSummary): FootSummary => ({
  degree: f.degree,
  method: f.method,
  flexible: f.flexible,
  heelAngle: f.heelAngle,
});

/** The plan for one child, or why none can be made yet. Never throws on a parsed PlanInput. */
export function computePlan(input: PlanInput): PlanResult {
  const { child, assessment, clinician, settings } = input;
  const ageMonths = ageMonthsOn(child.dateOfBirth, settings.startDate);
  const ageBand = ageBandFor(ageMonths);
  const decision = decideEdition({ assessment, clinician, settings, ageMonths });
  if (!decision.ok) return blocked([decision.block]);
  const { edition } = decision;

  const affected = assessment ? affectedSides(assessment) : [];
  const worse = assessment ? worseSide(assessment) : { side: 'both' as const, degree: 0 };
  const lat = laterality(affected, settings.unaffectedLegMode);

  let program: Program | null = null;
  if (edition.program) {
    // Safety nets for callers that skipped PlanInput parsing: the schema reports both already.
    const blocks: PlanBlock[] = [];
    if (m08SkippedAlone(input)) blocks.push({ code: 'm08_skipped_alone', rule: null });
    const missing = (['startMinutes', 'peakMinutes', 'endMinutes'] as const).filter((k) => settings[k] === undefined);
    if (edition.banner === 'supportive_measure' && missing.length > 0)
      blocks.push({ code: 'doses_required', rule: 'G2', fields: missing });
    if (blocks.length > 0) return blocked(blocks);
    program = buildProgram(input, { band: ageBand.value, worseDegree: worse.degree, laterality: lat });
  }

  const breakDays = program?.settings.breakDays ?? null;
  return {
    status: 'ok',
    engineVersion: PLAN_ENGINE_VERSION,
    plan: {
      engineVersion: PLAN_ENGINE_VERSION,
      edition,
      child: {
        firstName: child.firstName,
        ...(child.middleName ? { middleName: child.middleName } : {}),
        lastName: child.lastName,
        dateOfBirth: child.dateOfBirth,
        ageMonthsAtStart: ageMonths,
        ageBand,
      },
      clinician: clinician && { name: clinician.name, title: clinician.title, phone: clinician.phone },
      diagnosis: assessment && {
        left: footSummary(assessment.left),
        right: footSummary(assessment.right),
        worse,
        affected: { sides: affected, unaffectedLegMode: lat.unaffectedLegMode },
        overweight: assessment.overweight,
      },
      prescribed: { ...settings.prescribed, clinicPhysio: [...settings.prescribed.clinicPhysio] },
      settings: program?.settings ?? null,
      steps: program?.steps ?? [],
      skipped: program?.skipped ?? [],
      zones: program?.zones ?? [],
      calendar: program?.calendar ?? null,
      session: program?.session ?? null,
      followUps: program?.followUps ?? [],
      safetyRules: safetyRules({
        strappingPrescribed: settings.prescribed.strapping,
        ageMonths,
        bathInProgram: program?.steps.some((s) => s.id === 'B01') ?? false,
      }),
      notes: planNotes({
        edition,
        assessment,
        affected,
        worseDegree: worse.degree,
        ageMonths,
        prescribed: settings.prescribed,
        breakDays: breakDays?.value ?? null,
        breakDaysPerSpecialist: breakDays?.perSpecialist ?? false,
      }),
      missedDays: program ? MISSED_DAYS : null,
      specialistNotes: input.specialistNotes,
      notices: program?.notices ?? [],
    },
  };
}

/* fast-check generators for any valid plan input (valid = accepted by the PlanInput schema). */
import fc from 'fast-check';
import type { RedFlag } from '../../../shared/contract/assessments';
import type { PlanInputRaw } from '../../../shared/contract/plans';
import {
  addDays,
  HOLD_STEP_IDS,
  isMassageWorkStep,
  isOneOf,
  LEG_STEP_IDS,
  OVERRIDABLE_STEP_IDS,
  REPS_STEP_IDS,
  STEP_IDS,
  STEP_MINUTES_RANGE,
} from '../../../shared/plan';

// Weighted toward the home-program path, so most runs reach steps and calendars.
const flex = fc.oneof({ arbitrary: fc.constant('yes'), weight: 10 }, fc.constant('no'), fc.constant('unknown'));
const degree = fc.oneof({ arbitrary: fc.integer({ min: 0, max: 2 }), weight: 8 }, fc.integer({ min: 0, max: 4 }));
const footArb = fc
  .record({ degree, flexible: flex, heelAngle: fc.option(fc.integer({ min: 0, max: 45 })) })
  .map((f) => ({ ...f, method: f.degree > 0 ? ('clinical' as const) : null }));

const minutes = fc.integer({ min: 1, max: 30 });

/** Start/peak/end: each optional, and never start or end above an entered peak. */
const doses = fc
  .record({ start: fc.option(minutes), peak: fc.option(minutes), end: fc.option(minutes) })
  .map(({ start, peak, end }) => ({
    startMinutes: start === null ? undefined : peak === null ? start : Math.min(start, peak),
    peakMinutes: peak ?? undefined,
    endMinutes: end === null ? undefined : peak === null ? end : Math.min(end, peak),
  }));

const settingsArb = fc
  .tuple(
    fc.integer({ min: 0, max: 36_500 }).map((d) => addDays('2000-01-01', d)),
    doses,
    fc.record(
      {
        courseDays: fc.integer({ min: 7, max: 21 }),
        breakDays: fc.integer({ min: 14, max: 42 }),
        horizonMonths: fc.integer({ min: 3, max: 24 }),
        unaffectedLegMode: fc.constantFrom('full', 'light', 'skip'),
        includeBath: fc.boolean(),
        includeMat: fc.boolean(),
        exercisesInBreaks: fc.boolean(),
        clinicianConfirmsHomeMassage: fc.boolean(),
        clinicianConfirmsUnder2: fc.boolean(),
        prescribed: fc.record({
          orthoses: fc.constantFrom('none', 'insoles', 'orthoses'),
          shoes: fc.constantFrom('none', 'supportive', 'orthopedic'),
          clinicPhysio: fc.subarray(['electrical_stimulation', 'paraffin', 'other'] as const),
          strapping: fc.boolean(),
        }),
        followUp: fc.record(
          {
            afterCourses: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 4 }),
            everyMonths: fc.integer({ min: 1, max: 12 }),
          },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: [] },
    ),
  )
  .map(([startDate, d, rest]) => {
    const confirmed = rest.clinicianConfirmsHomeMassage === true;
    // §3.2 G2: a confirmed home program always has its doses entered.
    const filled = confirmed
      ? { startMinutes: d.startMinutes ?? 1, peakMinutes: d.peakMinutes ?? 30, endMinutes: d.endMinutes ?? 1 }
      : d;
    return { startDate, ...rest, ...filled };
  });

function overrideFor(id: string) {
  return fc.record(
    {
      skip: fc.oneof({ arbitrary: fc.constant(false), weight: 3 }, fc.constant(true)),
      reason: fc.constantFrom('', 'skin irritation'),
      ...(isOneOf(REPS_STEP_IDS, id) || id.startsWith('C') ? { reps: fc.integer({ min: 1, max: 30 }) } : {}),
      ...(id in STEP_MINUTES_RANGE
        ? { minutes: fc.integer({ min: 1, max: STEP_MINUTES_RANGE[id as keyof typeof STEP_MINUTES_RANGE].max }) }
        : {}),
      ...(isOneOf(HOLD_STEP_IDS, id) ? { holdSeconds: fc.integer({ min: 1, max: 15 }) } : {}),
      ...(isOneOf(LEG_STEP_IDS, id) ? { side: fc.constantFrom('left', 'right', 'both') } : {}),
      ...(isMassageWorkStep(id) ? { intensityCap: fc.constantFrom('light', 'moderate') } : {}),
    },
    { requiredKeys: [] },
  );
}

const customArb = fc
  .array(
    fc.record({
      after: fc.constantFrom(...STEP_IDS),
      title: fc.constantFrom('Tiptoe walk', 'Heel walk'),
      text: fc.constantFrom('Walk on tiptoes.', 'Walk on heels.'),
      reps: fc.option(fc.integer({ min: 1, max: 30 })),
    }),
    { maxLength: 3 },
  )
  .map((list) => list.map((c, i) => ({ ...c, id: `C0${i + 1}` })));

export const planInputArb: fc.Arbitrary<PlanInputRaw> = fc
  .record({
    // Ages from birth to 18 years, most of them in the program's 1.5-11 year range.
    days: fc.oneof(
      { arbitrary: fc.integer({ min: 540, max: 4000 }), weight: 6 },
      fc.integer({ min: 0, max: 18 * 366 }),
    ),
    settings: settingsArb,
    assessment: fc.option(
      fc.record({
        left: footArb,
        right: footArb,
        redFlags: fc.oneof(
          { arbitrary: fc.constant<RedFlag[]>([]), weight: 8 },
          fc.subarray(['pain', 'stiffness', 'asymmetry', 'limping'] as const, { minLength: 1, maxLength: 2 }),
        ),
        overweight: fc.boolean(),
      }),
      { freq: 8 },
    ),
    clinician: fc.option(
      fc.record({
        name: fc.oneof({ arbitrary: fc.constant('Dr. A'), weight: 10 }, fc.constant('  ')),
        title: fc.constant('Podiatrist'),
        phone: fc.constant(''),
      }),
      { freq: 8 },
    ),
    custom: customArb,
    overrideIds: fc.subarray([...OVERRIDABLE_STEP_IDS, 'C01', 'C02', 'C03']),
    noteIds: fc.subarray([...STEP_IDS, 'C01']),
  })
  .chain((base) => {
    const ids = base.overrideIds.filter((id) => !id.startsWith('C') || base.custom.some((c) => c.id === id));
    return fc.tuple(fc.constant(base), fc.tuple(...ids.map((id) => overrideFor(id).map((o) => [id, o] as const))));
  })
  .map(([base, overrides]) => ({
    child: { firstName: 'Mia', lastName: 'Novak', dateOfBirth: addDays(base.settings.startDate, -base.days) },
    assessment: base.assessment,
    clinician: base.clinician,
    settings: base.settings,
    overrides: Object.fromEntries(overrides),
    customSteps: base.custom,
    stepNotes: Object.fromEntries(
      base.noteIds.filter((id) => id !== 'C01' || base.custom.length > 0).map((id) => [id, `Note for ${id}`]),
    ),
    specialistNotes: 'Printed verbatim.',
  }));

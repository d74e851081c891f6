import type { Kysely } from 'kysely';
import {
  BookletRequest,
  localToday,
  PlanChoices,
  type BookletCheckup,
  type BookletDraft,
  type Checkup,
  type PlanChoicesInput,
} from '../../../shared/contract';
import { instantParts } from '../../../shared/calendar/local-time';
import { computePlan, type PlanResult } from '../../../shared/plan';
import type { Database } from '../../db/schema';
import { adherenceHint } from '../clinical/adherence';
import { getAssessment } from '../clinical/assessments';
import { bookedVisits, currentPlanRow, matchCheckups, previewCheckups, type BookedVisit } from './care-plans';
import { AppError, notFound } from '../errors';
import { getSettings } from '../settings/settings';

/*
 * The one place a booklet's content is put together (architecture §3: main owns the truth). The
 * renderer sends the child, the assessment and the clinician's choices; this reads the child,
 * the assessment and its clinician, the clinic letterhead and the booked visits, computes the
 * plan once, and pairs its check-ups with the visits already booked. Preview, issue and the
 * plan store all start here.
 */

export interface ComposeRequest {
  patientId: number;
  assessmentId: number | null;
  choices: PlanChoices;
}

export interface Composed {
  request: BookletRequest;
  result: PlanResult;
  /** The child's booked visits paired with the plan's check-ups, index by index. */
  matches: (BookedVisit | null)[];
  checkups: Checkup[];
  clinicianId: number | null;
}

export async function composeBooklet(db: Kysely<Database>, input: ComposeRequest, now = new Date()): Promise<Composed> {
  const patient = await db
    .selectFrom('patients')
    .select(['first_name', 'middle_name', 'last_name', 'date_of_birth'])
    .where('id', '=', input.patientId)
    .executeTakeFirst();
  if (!patient) throw notFound('This child');
  // Both are YYYY-MM-DD, so text order is date order.
  if (input.choices.settings.startDate < patient.date_of_birth) {
    throw new AppError('VALIDATION', 'The plan cannot start before the child was born.', [
      { path: 'choices.settings.startDate', message: 'beforeBirth' },
    ]);
  }
  const assessment = input.assessmentId === null ? null : await getAssessment(db, input.assessmentId);
  if (assessment && assessment.patientId !== input.patientId) {
    throw new AppError('VALIDATION', 'This assessment belongs to another child.', [
      { path: 'assessmentId', message: 'otherChild' },
    ]);
  }
  const [clinician, settings, visits] = await Promise.all([
    assessment
      ? db
          .selectFrom('clinicians')
          .select(['name', 'title', 'phone'])
          .where('id', '=', assessment.clinicianId)
          .executeTakeFirst()
      : undefined,
    getSettings(db),
    bookedVisits(db, input.patientId),
  ]);
  const child = {
    firstName: patient.first_name,
    ...(patient.middle_name ? { middleName: patient.middle_name } : {}),
    lastName: patient.last_name,
    dateOfBirth: patient.date_of_birth,
  };
  const planAssessment = assessment && {
    left: assessment.left,
    right: assessment.right,
    redFlags: assessment.redFlags,
    overweight: assessment.overweight,
  };
  const result = computePlan({ child, assessment: planAssessment, clinician: clinician ?? null, ...input.choices });
  const plan = result.status === 'ok' ? result.plan : null;
  const followUps = plan?.followUps ?? [];
  const matches = matchCheckups(followUps, plan?.calendar?.courses ?? [], visits);
  const wall = (ms: number) => {
    const { date, time } = instantParts(ms);
    return `${date}T${time}`;
  };
  const checkups: BookletCheckup[] = followUps.map((f, i) => ({
    dueOn: f.date,
    purpose: f.reason,
    course: f.course,
    booked: matches[i] ? wall(matches[i].startsAt) : null,
  }));
  const next = visits.find((v) => v.startsAt >= now.getTime());
  // Parsed, so the document input is checked exactly as the command line's is.
  const request = BookletRequest.parse({
    child,
    assessment: planAssessment,
    clinician: clinician ?? null,
    clinic: {
      name: settings.clinicName,
      address: settings.clinicAddress,
      phone: settings.clinicPhone,
      ...(settings.clinicLogo ? { logoPng: settings.clinicLogo } : {}),
    },
    ...input.choices,
    // The clinician's choice of calendars, else the clinic's default (Settings).
    calendarCourses: input.choices.calendarCourses ?? settings.calendarCourses,
    generatedAt: now.toISOString(),
    recordId: input.patientId,
    ...(next ? { nextAppointment: wall(next.startsAt) } : {}),
    checkups,
  });
  return {
    request,
    result,
    matches,
    checkups: previewCheckups(followUps, matches),
    clinicianId: assessment?.clinicianId ?? null,
  };
}

/**
 * Where the booklet editor starts: the child's latest assessment and, when the child has a
 * current plan, its choices (to continue it); otherwise defaults starting today in the main
 * contact's language.
 */
export async function draftBooklet(db: Kysely<Database>, patientId: number, now = new Date()): Promise<BookletDraft> {
  const [patient, guardian, latest, settings, current] = await Promise.all([
    db.selectFrom('patients').select('id').where('id', '=', patientId).executeTakeFirst(),
    db
      .selectFrom('guardians')
      .select('preferred_language')
      .where('patient_id', '=', patientId)
      .orderBy('position')
      .executeTakeFirst(),
    db
      .selectFrom('assessments')
      .select(['id', 'assessed_on'])
      .where('patient_id', '=', patientId)
      .orderBy('assessed_on', 'desc')
      .orderBy('id', 'desc')
      .executeTakeFirst(),
    getSettings(db),
    currentPlanRow(db, patientId),
  ]);
  if (!patient) throw notFound('This child');
  const fresh: PlanChoicesInput = {
    settings: { startDate: localToday(now) },
    language: guardian?.preferred_language ?? settings.language,
    paper: 'A4',
  };
  const freshChoices = PlanChoices.parse(fresh);
  const currentChoices = current ? (JSON.parse(current.choices) as PlanChoices) : null;
  return {
    assessmentId: latest?.id ?? null,
    assessedOn: latest?.assessed_on ?? null,
    choices: currentChoices ?? freshChoices,
    currentPlan:
      current && currentChoices
        ? {
            id: current.id,
            startDate: current.start_date,
            createdAt: current.created_at,
            assessmentId: current.assessment_id,
            choices: currentChoices,
          }
        : null,
    fresh: freshChoices,
    adherence: await adherenceHint(db, patientId, now),
  };
}

/*
 * What the parents' card and .ics file are made of, read from the database: the child's name,
 * the clinic letterhead, the booked visits from now on with their purpose (a plan check-up's, else
 * the type's name), clinician and calendar identity, the family's language, and the course and
 * break dates of the child's latest archived booklet.
 * Only administrative columns are selected: no assessment, no patient or appointment note.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { BookletRequest, type Language } from '../../../shared/contract';
import { computePlan } from '../../../shared/plan';
import { instantParts, localDate } from '../../../shared/calendar/local-time';
import type { Database } from '../../db/schema';
import { frontDeskCardPlan, mayReadClinical } from '../server/privileges';
import type { CardPlan, CardVisit } from '../../pdf/card/render-card';
import { checkUpLabel, typeLabel } from '../../pdf/card/texts';
import { notFound } from '../errors';
import { eventUid } from './ics-format';
import { getSettings } from '../settings/settings';

export interface CardVisitRow extends CardVisit {
  id: number;
  durationMinutes: number;
  clinician: { name: string; title: string };
}

export interface CardData {
  child: { firstName: string; middleName: string; lastName: string };
  clinic: { name: string; address: string; phone: string; logoPng?: string };
  language: Language;
  visits: CardVisitRow[];
  plan: CardPlan | null;
}

export async function cardData(
  db: Kysely<Database>,
  patientId: number,
  options: { language?: Language | undefined; now: Date },
): Promise<CardData> {
  const patient = await db
    .selectFrom('patients')
    .select(['first_name', 'middle_name', 'last_name'])
    .where('id', '=', patientId)
    .executeTakeFirst();
  if (!patient) throw notFound('This child');
  const [guardian, settings] = await Promise.all([
    db
      .selectFrom('guardians')
      .select('preferred_language')
      .where('patient_id', '=', patientId)
      .orderBy('position')
      .executeTakeFirst(),
    getSettings(db),
  ]);
  const language = options.language ?? guardian?.preferred_language ?? settings.language;
  return {
    child: { firstName: patient.first_name, middleName: patient.middle_name, lastName: patient.last_name },
    clinic: {
      name: settings.clinicName,
      address: settings.clinicAddress,
      phone: settings.clinicPhone,
      ...(settings.clinicLogo ? { logoPng: settings.clinicLogo } : {}),
    },
    language,
    visits: await futureVisits(db, patientId, language, options.now, await calendarId(db)),
    plan: await latestPlanDates(db, patientId, localDate(options.now.getTime())),
  };
}

/**
 * This database's own name for calendar UIDs: a hash of when it was created (the first migration's
 * time). Nothing to store, the same for the life of the database (a restored backup too), and
 * different between practices; the clinic's name would change the UIDs when the clinic renames.
 */
async function calendarId(db: Kysely<Database>): Promise<string> {
  const first = await db
    .selectFrom('schema_migrations')
    .select('applied_at')
    .orderBy('version')
    .limit(1)
    .executeTakeFirst();
  return createHash('sha256')
    .update(`valgo:${first?.applied_at ?? ''}`)
    .digest('hex')
    .slice(0, 12);
}

/**
 * The child's booked (not cancelled, not yet attended) visits starting from `now`, soonest first:
 * all of them, however many a plan booked; the card picks what fits, the A4 sheet and the .ics
 * file take every one.
 */
async function futureVisits(
  db: Kysely<Database>,
  patientId: number,
  language: Language,
  now: Date,
  calendar: string,
): Promise<CardVisitRow[]> {
  const rows = await db
    .selectFrom('appointments as a')
    .innerJoin('appointment_types as t', 't.id', 'a.type_id')
    .innerJoin('clinicians as c', 'c.id', 'a.clinician_id')
    .leftJoin('recalls as r', 'r.id', 'a.recall_id')
    .select([
      'a.id',
      'a.starts_at',
      'a.ends_at',
      'a.plan_reason',
      'a.created_at',
      'a.updated_at',
      'r.course',
      't.code',
      't.name as type_name',
      'c.name as c_name',
      'c.title',
    ])
    .where('a.patient_id', '=', patientId)
    .where('a.status', '=', 'booked')
    .where('a.starts_at', '>=', now.getTime())
    .orderBy('a.starts_at')
    .orderBy('a.id')
    .execute();
  return rows.map((r) => {
    const start = instantParts(r.starts_at);
    const checkUp = checkUpLabel(r.plan_reason, r.course ?? null, language);
    return {
      id: r.id,
      uid: eventUid(r.id, calendar),
      stamp: new Date(r.updated_at).toISOString(),
      sequence: revision(r.created_at, r.updated_at),
      start: start.iso,
      end: new Date(r.ends_at).toISOString(),
      localDate: start.date,
      localTime: start.time,
      durationMinutes: Math.round((r.ends_at - r.starts_at) / 60_000),
      label: checkUp ?? typeLabel(r.code, r.type_name, language),
      checkUp,
      clinician: { name: r.c_name, title: r.title },
    };
  });
}

/**
 * The booking's SEQUENCE: seconds from its creation to its last change. Nothing counts the edits,
 * but every edit stamps `updated_at`, so this grows with each one (0 for a booking never changed),
 * which is all a calendar asks of it.
 */
function revision(createdAt: string, updatedAt: string): number {
  return Math.max(0, Math.floor((Date.parse(updatedAt) - Date.parse(createdAt)) / 1000));
}

/**
 * The course and break dates of the plan in the child's latest archived booklet, recomputed from
 * its stored request (the archive keeps inputs, not plans). None when there is no booklet, or one
 * from a version whose request no longer parses or makes no calendar, or when the plan ended
 * before `today` (old dates on a new sheet would only confuse).
 */
async function latestPlanDates(db: Kysely<Database>, patientId: number, today: string): Promise<CardPlan | null> {
  // A receptionist's login on a practice server may not read the request: the stored plan's dates instead.
  if (!(await mayReadClinical(db))) return frontDeskCardPlan(db, patientId, today);
  const row = await db
    .selectFrom('booklets')
    .select('request')
    .where('patient_id', '=', patientId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  if (!row) return null;
  let parsed: ReturnType<typeof BookletRequest.safeParse>;
  try {
    parsed = BookletRequest.safeParse(JSON.parse(row.request));
  } catch {
    return null;
  }
  if (!parsed.success) return null;
  const result = computePlan(parsed.data);
  const calendar = result.status === 'ok' ? result.plan.calendar : null;
  if (!calendar || calendar.courses.length === 0) return null;
  const lastDay = [...calendar.courses, ...calendar.breaks].reduce((end, p) => (p.endDate > end ? p.endDate : end), '');
  if (lastDay < today) return null;
  return {
    courses: calendar.courses.map((c) => ({ start: c.startDate, end: c.endDate })),
    breaks: calendar.breaks.map((b) => ({ start: b.startDate, end: b.endDate })),
  };
}

/*
 * What the parents' card and .ics file are made of, read from the database: the child's name,
 * the clinic letterhead, the booked visits from now on with their type and clinician, the
 * family's language, and the course and break dates of the child's latest archived booklet.
 * Only administrative columns are selected: no assessment, no patient or appointment note.
 */
import type { Kysely } from 'kysely';
import { BookletRequest, type Language } from '../../shared/contract';
import { computePlan } from '../../shared/plan';
import { instantParts, localDate } from '../../shared/diary/local-time';
import type { Database } from '../db/schema';
import type { CardPlan, CardVisit } from '../pdf/card/render-card';
import { typeLabel } from '../pdf/card/texts';
import { notFound } from './errors';
import { getSettings } from './settings';

/** More visits than a plan books (24) plus a few by hand; the card lists a handful anyway. */
const MAX_VISITS = 40;

export interface CardVisitRow extends CardVisit {
  id: number;
  durationMinutes: number;
  clinician: { name: string; title: string };
}

export interface CardData {
  child: { firstName: string; lastName: string };
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
    .select(['first_name', 'last_name'])
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
    child: { firstName: patient.first_name, lastName: patient.last_name },
    clinic: {
      name: settings.clinicName,
      address: settings.clinicAddress,
      phone: settings.clinicPhone,
      ...(settings.clinicLogo ? { logoPng: settings.clinicLogo } : {}),
    },
    language,
    visits: await futureVisits(db, patientId, language, options.now),
    plan: await latestPlanDates(db, patientId, localDate(options.now.getTime())),
  };
}

/** The child's booked (not cancelled, not yet attended) visits starting from `now`, soonest first. */
async function futureVisits(
  db: Kysely<Database>,
  patientId: number,
  language: Language,
  now: Date,
): Promise<CardVisitRow[]> {
  const rows = await db
    .selectFrom('appointments as a')
    .innerJoin('appointment_types as t', 't.id', 'a.type_id')
    .innerJoin('clinicians as c', 'c.id', 'a.clinician_id')
    .select(['a.id', 'a.starts_at', 'a.ends_at', 't.code', 't.name as type_name', 'c.name as c_name', 'c.title'])
    .where('a.patient_id', '=', patientId)
    .where('a.status', '=', 'booked')
    .where('a.starts_at', '>=', now.getTime())
    .orderBy('a.starts_at')
    .orderBy('a.id')
    .limit(MAX_VISITS)
    .execute();
  return rows.map((r) => {
    const start = instantParts(r.starts_at);
    return {
      id: r.id,
      start: start.iso,
      end: new Date(r.ends_at).toISOString(),
      localDate: start.date,
      localTime: start.time,
      durationMinutes: Math.round((r.ends_at - r.starts_at) / 60_000),
      typeName: typeLabel(r.code, r.type_name, language),
      clinician: { name: r.c_name, title: r.title },
    };
  });
}

/**
 * The course and break dates of the plan in the child's latest archived booklet, recomputed from
 * its stored request (the archive keeps inputs, not plans). None when there is no booklet, or one
 * from a version whose request no longer parses or makes no calendar, or when the plan ended
 * before `today` (old dates on a new sheet would only confuse).
 */
async function latestPlanDates(db: Kysely<Database>, patientId: number, today: string): Promise<CardPlan | null> {
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

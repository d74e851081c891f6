import { sql, type Kysely, type Selectable } from 'kysely';
import type { FollowUpReason, RecallContact, RecallItem, RecallList, RecallOutcome } from '../../../shared/contract';
import { addDays, weekStart } from '../../../shared/calendar';
import { dayStart, localDate, localTime } from '../../../shared/calendar/local-time';
import { engineOf } from '../../db/engine';
import type { Database, RecallContactTable } from '../../db/schema';
import { notFound } from '../errors';
import { resolveDeclined } from './resolve';

/*
 * The recall list: children with an open check-up due up to the end of this week that no visit
 * booked from today on answers, one row per child (their earliest such item), with the main
 * guardian to call. An item whose booked visit has passed without being closed out is listed
 * too, saying so. It reads names, contacts and dates only: no assessment or note is ever selected.
 */

export interface RecallQuery {
  due: 'overdue' | 'thisWeek' | 'all';
  clinicianId?: number | undefined;
  weekStartsOn: number;
  limit: number;
}

interface Row {
  patient_id: number;
  first_name: string;
  last_name: string;
  due_on: string;
  open_count: number;
  recall_id: number;
  reason: FollowUpReason;
  course: number | null;
  booked_until: number | null;
  unclosed_id: number | null;
  clinician_id: number | null;
  guardian_name: string | null;
  guardian_phone: string | null;
  guardian_phone_e164: string | null;
  last_visit_at: number | null;
  contact_id: number | null;
  contact_recall_id: number | null;
  contacted_on: string | null;
  outcome: RecallOutcome | null;
  contact_note: string | null;
  contact_created_at: string | null;
}

export async function listRecall(db: Kysely<Database>, q: RecallQuery, now = new Date()): Promise<RecallList> {
  const today = localDate(now.getTime());
  const weekFirst = weekStart(today, q.weekStartsOn);
  const weekEnd = addDays(weekFirst, 6);
  const [lo, hi] =
    q.due === 'overdue' ? ['', addDays(today, -1)] : q.due === 'thisWeek' ? [weekFirst, weekEnd] : ['', weekEnd];
  const byClinician = q.clinicianId === undefined ? sql`` : sql`AND r.clinician_id = ${q.clinicianId}`;
  // An open item is due when no visit from today on answers it (booked_until, see syncBookedUntil).
  const isDue = (r: string) => sql`${sql.ref(r)}.resolved_at IS NULL
    AND ${sql.ref(r)}.due_on >= ${lo} AND ${sql.ref(r)}.due_on <= ${hi}
    AND (${sql.ref(r)}.booked_until IS NULL OR ${sql.ref(r)}.booked_until < ${dayStart(today)})`;
  const candidates = sql`${isDue('r')} ${byClinician}
    AND r.patient_id NOT IN (SELECT id FROM patients WHERE archived_at IS NOT NULL)`;
  // Both read recalls_due, (due_on, patient_id) over open items: only the items due in the window,
  // never the open items of the months ahead. The count groups them per child. SQLite is told the
  // index; PostgreSQL's planner has no hints (and picks it from the range on due_on).
  const viaDueIndex = engineOf(db) === 'sqlite' ? sql`INDEXED BY recalls_due` : sql``;
  const counted = await sql<{ n: number }>`
    SELECT count(*) AS n FROM (
      SELECT r.patient_id FROM recalls r ${viaDueIndex} WHERE ${candidates} GROUP BY r.patient_id) AS children`.execute(
    db,
  );
  const total = Number(counted.rows[0]?.n ?? 0);
  // The page: items in (due date, child) order, so each child first appears at their earliest due
  // item; the first `limit` children to appear are the page. A prefix of the items is read and
  // widened only when it held too few children.
  let page: { patient_id: number; due_on: string }[];
  for (let prefix = q.limit * 4; ; prefix *= 4) {
    const { rows } = await sql<{ patient_id: number; due_on: string }>`
      SELECT patient_id, min(due_on) AS due_on FROM (
        SELECT r.patient_id, r.due_on FROM recalls r ${viaDueIndex} WHERE ${candidates}
        ORDER BY r.due_on, r.patient_id LIMIT ${prefix}) AS items
      GROUP BY patient_id ORDER BY due_on, patient_id LIMIT ${q.limit}`.execute(db);
    page = rows;
    if (rows.length >= Math.min(q.limit, total)) break;
  }
  if (page.length === 0) return { items: [], total, today };
  const pageRows = sql.join(page.map((p) => sql`(CAST(${p.patient_id} AS integer), ${p.due_on})`));
  // Details for the page only: the item shown, its count, the main guardian, the last visit and call.
  // The item and the call are picked per page row first (materialized: plain ids to join on), so
  // PostgreSQL joins by primary key rather than hashing every recall and call in the practice.
  const { rows } = await sql<Row>`
    WITH given(patient_id, due_on) AS (VALUES ${pageRows}),
    page AS MATERIALIZED (
      SELECT given.patient_id, given.due_on,
        (SELECT r2.id FROM recalls r2
          WHERE r2.patient_id = given.patient_id AND r2.due_on = given.due_on AND ${isDue('r2')}
            ${q.clinicianId === undefined ? sql`` : sql`AND r2.clinician_id = ${q.clinicianId}`}
          ORDER BY r2.id LIMIT 1) AS recall_id,
        (SELECT c2.id FROM recall_contacts c2 WHERE c2.patient_id = given.patient_id
          ORDER BY c2.contacted_on DESC, c2.id DESC LIMIT 1) AS contact_id
      FROM given)
    SELECT page.patient_id, p.first_name, p.last_name, page.due_on,
      (SELECT count(*) FROM recalls r3 WHERE r3.patient_id = page.patient_id AND ${isDue('r3')}
        ${q.clinicianId === undefined ? sql`` : sql`AND r3.clinician_id = ${q.clinicianId}`}) AS open_count,
      r.id AS recall_id, r.reason, r.course, r.booked_until, r.clinician_id,
      (SELECT a.id FROM appointments a WHERE a.recall_id = r.id AND a.status = 'booked'
        ORDER BY a.starts_at DESC LIMIT 1) AS unclosed_id,
      g.name AS guardian_name, g.phone AS guardian_phone, g.phone_e164 AS guardian_phone_e164,
      (SELECT v.starts_at FROM appointments v
        WHERE v.patient_id = page.patient_id AND v.status = 'attended'
        ORDER BY v.starts_at DESC LIMIT 1) AS last_visit_at,
      c.id AS contact_id, c.recall_id AS contact_recall_id, c.contacted_on, c.outcome,
      c.note AS contact_note, c.created_at AS contact_created_at
    FROM page
    JOIN patients p ON p.id = page.patient_id
    JOIN recalls r ON r.id = page.recall_id
    LEFT JOIN guardians g ON g.patient_id = page.patient_id AND g.position = 0
    LEFT JOIN recall_contacts c ON c.id = page.contact_id
    ORDER BY page.due_on, page.patient_id`.execute(db);
  return { items: rows.map((r) => toItem(r, today)), total, today };
}

function toItem(r: Row, today: string): RecallItem {
  const dueDays = (Date.parse(today) - Date.parse(r.due_on)) / 86_400_000;
  return {
    patientId: r.patient_id,
    firstName: r.first_name,
    lastName: r.last_name,
    guardianName: r.guardian_name ?? '',
    guardianPhone: r.guardian_phone ?? '',
    guardianPhoneE164: r.guardian_phone_e164 ?? null,
    recallId: r.recall_id,
    dueOn: r.due_on,
    reason: r.reason,
    course: r.course,
    clinicianId: r.clinician_id,
    daysOverdue: Math.round(dueDays),
    openCount: Number(r.open_count),
    unclosedVisit:
      r.booked_until !== null && r.unclosed_id !== null
        ? { appointmentId: r.unclosed_id, date: localDate(r.booked_until), start: localTime(r.booked_until) }
        : null,
    lastVisitOn: r.last_visit_at === null ? null : localDate(r.last_visit_at),
    lastContact:
      r.contact_id === null
        ? null
        : {
            id: r.contact_id,
            patientId: r.patient_id,
            recallId: r.contact_recall_id,
            contactedOn: r.contacted_on!,
            outcome: r.outcome!,
            note: r.contact_note ?? '',
            createdAt: r.contact_created_at!,
          },
  };
}

export interface ContactValues {
  patientId: number;
  recallId: number | null;
  contactedOn?: string | undefined;
  outcome: RecallOutcome;
  note: string;
}

/** Logs a call to a family; "declined" also takes their follow-ups due now off the list. */
export async function logContact(db: Kysely<Database>, input: ContactValues, now = new Date()): Promise<RecallContact> {
  const today = localDate(now.getTime());
  const row = await db.transaction().execute(async (trx) => {
    const patient = await trx.selectFrom('patients').select('id').where('id', '=', input.patientId).executeTakeFirst();
    if (!patient) throw notFound('This child');
    if (input.recallId !== null) {
      const recall = await trx
        .selectFrom('recalls')
        .select('id')
        .where('id', '=', input.recallId)
        .where('patient_id', '=', input.patientId)
        .executeTakeFirst();
      if (!recall) throw notFound("This child's follow-up");
    }
    const inserted = await trx
      .insertInto('recall_contacts')
      .values({
        patient_id: input.patientId,
        recall_id: input.recallId,
        contacted_on: input.contactedOn ?? today,
        outcome: input.outcome,
        note: input.note,
        created_at: now.toISOString(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    if (input.outcome === 'declined') await resolveDeclined(trx, input.patientId, today, now);
    return inserted;
  });
  return toContact(row);
}

/** A child's call log, newest first. */
export async function listContacts(db: Kysely<Database>, patientId: number): Promise<RecallContact[]> {
  const rows = await db
    .selectFrom('recall_contacts')
    .selectAll()
    .where('patient_id', '=', patientId)
    .orderBy('contacted_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(toContact);
}

function toContact(r: Selectable<RecallContactTable>): RecallContact {
  return {
    id: r.id,
    patientId: r.patient_id,
    recallId: r.recall_id,
    contactedOn: r.contacted_on,
    outcome: r.outcome,
    note: r.note,
    createdAt: r.created_at,
  };
}

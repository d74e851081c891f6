import type { Kysely } from 'kysely';
import type { Proposal, ProposedVisit, Slot } from '../../../shared/contract';
import { addDays, minutesOf } from '../../../shared/calendar';
import { dayStart, localDate, wallInstant } from '../../../shared/calendar/local-time';
import type { Database } from '../../db/schema';
import { BLOCKING_STATUSES, diaryRows, MINUTE_MS, toDiaryEntry } from './rows';
import { loadCalendar } from './calendar';
import { notFound } from '../errors';
import { searchSlots, type Busy } from './slots-search';

/** How far a search looks when no end date is given, and at most. */
export const DEFAULT_SEARCH_DAYS = 120;
export const MAX_SEARCH_DAYS = 400;
/** A proposal lists the child's bookings this many days either side of its due date. */
const NEARBY_DAYS = 14;

export interface NextSlotsQuery {
  clinicianId: number;
  from: string;
  fromTime?: string | undefined;
  typeId?: number | undefined;
  durationMinutes?: number | undefined;
  count: number;
  notAfter?: string | undefined;
}

/** The clinician's nearest free slots from a local date (and time), never in the past. */
export async function nextFreeSlots(db: Kysely<Database>, q: NextSlotsQuery, now = new Date()): Promise<Slot[]> {
  const minutes = await slotMinutes(db, q.clinicianId, q.typeId, q.durationMinutes);
  const limit = addDays(q.from, MAX_SEARCH_DAYS);
  const last =
    q.notAfter === undefined ? addDays(q.from, DEFAULT_SEARCH_DAYS) : q.notAfter < limit ? q.notAfter : limit;
  const asked = q.fromTime === undefined ? dayStart(q.from) : wallInstant(q.from, minutesOf(q.fromTime));
  const calendar = await loadCalendar(db, q.clinicianId, q.from, last);
  return searchSlots(db, calendar, {
    clinicianId: q.clinicianId,
    from: q.from,
    last,
    earliest: Math.max(asked, now.getTime()),
    durationMs: minutes * MINUTE_MS,
    count: q.count,
  });
}

export interface ProposeQuery {
  clinicianId: number;
  patientId?: number | undefined;
  typeId?: number | undefined;
  durationMinutes?: number | undefined;
  proposals: Proposal[];
  perProposal: number;
  earlyDays: number;
}

/**
 * Nearest free slots for each follow-up the plan proposes. Each proposal's first slot is held
 * back from the later ones, so accepting every suggestion never books one slot twice.
 */
export async function proposeSlots(db: Kysely<Database>, q: ProposeQuery, now = new Date()): Promise<ProposedVisit[]> {
  const minutes = await slotMinutes(db, q.clinicianId, q.typeId, q.durationMinutes);
  const today = localDate(now.getTime());
  const dates = q.proposals.map((p) => p.dueOn).sort();
  const first = addDays(dates[0]!, -q.earlyDays);
  const calendar = await loadCalendar(db, q.clinicianId, first, addDays(dates.at(-1)!, DEFAULT_SEARCH_DAYS));
  const held: Busy[] = [];
  const search = (from: string, last: string, count: number) =>
    searchSlots(
      db,
      calendar,
      {
        clinicianId: q.clinicianId,
        from,
        last,
        earliest: Math.max(dayStart(from), now.getTime()),
        durationMs: minutes * MINUTE_MS,
        count,
      },
      held,
    );
  const result: ProposedVisit[] = [];
  for (const p of q.proposals) {
    const slots = await search(p.dueOn, addDays(p.dueOn, DEFAULT_SEARCH_DAYS), q.perProposal);
    const earlier: Slot[] = [];
    for (let k = 1; k <= q.earlyDays && earlier.length < q.perProposal; k++) {
      const day = addDays(p.dueOn, -k);
      if (day < today) break;
      earlier.push(...(await search(day, day, 1)));
    }
    if (slots[0]) held.push([Date.parse(slots[0].startsAt), Date.parse(slots[0].endsAt)]);
    const existing = q.patientId === undefined ? [] : await bookingsNear(db, q.patientId, p.dueOn);
    result.push({ ...p, slots, earlier, existing });
  }
  return result;
}

async function bookingsNear(db: Kysely<Database>, patientId: number, date: string) {
  const rows = await diaryRows(db)
    .where('a.patient_id', '=', patientId)
    .where('a.starts_at', '>=', dayStart(addDays(date, -NEARBY_DAYS)))
    .where('a.starts_at', '<', dayStart(addDays(date, NEARBY_DAYS + 1)))
    .where('a.status', 'in', BLOCKING_STATUSES)
    .orderBy('a.starts_at')
    .execute();
  return rows.map(toDiaryEntry);
}

/** The slot length: given, or the type's; the clinician must exist. */
async function slotMinutes(
  db: Kysely<Database>,
  clinicianId: number,
  typeId: number | undefined,
  durationMinutes: number | undefined,
): Promise<number> {
  const clinician = await db.selectFrom('clinicians').select('id').where('id', '=', clinicianId).executeTakeFirst();
  if (!clinician) throw notFound('The chosen clinician');
  if (durationMinutes !== undefined) return durationMinutes;
  const type =
    typeId === undefined
      ? undefined
      : await db.selectFrom('appointment_types').select('duration_minutes').where('id', '=', typeId).executeTakeFirst();
  if (!type) throw notFound('This appointment type');
  return type.duration_minutes;
}

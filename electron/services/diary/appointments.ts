import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type {
  Appointment,
  AppointmentStatus,
  BookingResult,
  BookingWarning,
  CheckInput,
  DiaryEntry,
  LocalStart,
  MoveInput,
} from '../../../shared/contract';
import { addDays } from '../../../shared/calendar';
import { dayStart, localDate } from '../../../shared/calendar/local-time';
import type { Database } from '../../db/schema';
import { assertFree, bookingWarnings, startInstant } from './checks';
import { appointmentRows, blocks, diaryRows, MAX_DURATION_MS, MINUTE_MS, toAppointment, toDiaryEntry } from './rows';
import { insertBooking } from './write';
import { bookingTransaction, claimClinicians } from './slot-taken';
import { AppError, notFound } from '../errors';
import { claimSave, claimVersion, touchVersion, type VersionedSave, type Who } from '../row-version';
import { reopenResolvedBy, resolveOnAttended, syncBookedUntil } from '../recall/resolve';

export interface RangeQuery {
  from: string;
  /** Inclusive. */
  to: string;
  clinicianId?: number | undefined;
  includeCancelled?: boolean;
}

/** Bookings overlapping the local dates `from`-`to`, one clinician or all, by start time. */
export async function appointmentsInRange(db: Kysely<Database>, q: RangeQuery): Promise<DiaryEntry[]> {
  const start = dayStart(q.from);
  const end = dayStart(addDays(q.to, 1));
  let query = diaryRows(db)
    .where('a.starts_at', '>', start - MAX_DURATION_MS)
    .where('a.starts_at', '<', end)
    .where('a.ends_at', '>', start);
  if (q.clinicianId !== undefined) query = query.where('a.clinician_id', '=', q.clinicianId);
  if (!q.includeCancelled) query = query.where('a.status', '!=', 'cancelled');
  const rows = await query.orderBy('a.starts_at').orderBy('a.clinician_id').execute();
  return rows.map(toDiaryEntry);
}

export async function getAppointment(db: Kysely<Database>, id: number): Promise<Appointment> {
  const row = await appointmentRows(db).where('a.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('This appointment');
  return toAppointment(row);
}

/** A child's bookings, newest first. */
export async function patientAppointments(db: Kysely<Database>, patientId: number): Promise<Appointment[]> {
  const rows = await appointmentRows(db).where('a.patient_id', '=', patientId).orderBy('a.starts_at', 'desc').execute();
  return rows.map(toAppointment);
}

export interface CreateBooking {
  patientId: number;
  clinicianId: number;
  typeId: number;
  start: LocalStart;
  durationMinutes?: number | undefined;
  note: string;
  recallId: number | null;
}

/** Books a visit; CONFLICT if the clinician is taken then; a same-day visit of the child is a warning. */
/** The warnings a booking would get, before it is made: the same `bookingWarnings`, nothing written. */
export async function checkAppointment(
  db: Kysely<Database>,
  input: z.output<typeof CheckInput>,
): Promise<{ warnings: BookingWarning[] }> {
  const startsAt = startInstant(input.start);
  const o = {
    clinicianId: input.clinicianId,
    patientId: input.patientId,
    startsAt,
    endsAt: startsAt + input.durationMinutes * MINUTE_MS,
  };
  return { warnings: await bookingWarnings(db, o, input.id ?? 0) };
}

export async function createAppointment(
  db: Kysely<Database>,
  input: CreateBooking,
  now = new Date(),
): Promise<BookingResult> {
  const startsAt = startInstant(input.start);
  const appointment = await bookingTransaction(db).execute((trx) => insertBooking(trx, { ...input, startsAt }, now));
  return withWarnings(db, appointment);
}

/** A move as the services take it: without `version`, an in-process change (no stale check). */
export type MoveRequest = Omit<MoveInput, 'version'> & { version?: number | undefined };

/** Moves or edits a booked visit (time, clinician, type, length, note); a stale `version` is refused. */
export async function moveAppointment(
  db: Kysely<Database>,
  input: MoveRequest,
  now = new Date(),
  who: Who = null,
): Promise<BookingResult> {
  const startsAt = startInstant(input.start);
  const { version } = input;
  await bookingTransaction(db).execute(async (trx) => {
    await claimSave(
      trx,
      'appointments',
      input.id,
      version === undefined ? undefined : { version, who },
      'This appointment',
      now,
    );
    const before = await trx.selectFrom('appointments').selectAll().where('id', '=', input.id).executeTakeFirst();
    if (!before) throw notFound('This appointment');
    if (before.status !== 'booked') {
      throw new AppError('CONFLICT', 'Only a booked visit can be moved. Mark it as booked again first.');
    }
    let minutes = input.durationMinutes ?? Math.round((before.ends_at - before.starts_at) / MINUTE_MS);
    if (input.typeId !== undefined && input.typeId !== before.type_id) {
      const type = await trx
        .selectFrom('appointment_types')
        .select('duration_minutes')
        .where('id', '=', input.typeId)
        .executeTakeFirst();
      if (!type) throw notFound('This appointment type');
      minutes = input.durationMinutes ?? type.duration_minutes;
    }
    const clinicianId = input.clinicianId ?? before.clinician_id;
    if (clinicianId !== before.clinician_id) {
      const found = await trx.selectFrom('clinicians').select('id').where('id', '=', clinicianId).executeTakeFirst();
      if (!found) throw notFound('The chosen clinician');
    }
    const endsAt = startsAt + minutes * MINUTE_MS;
    await claimClinicians(trx, [before.clinician_id, clinicianId]);
    await trx
      .updateTable('appointments')
      .set({
        clinician_id: clinicianId,
        type_id: input.typeId ?? before.type_id,
        starts_at: startsAt,
        ends_at: endsAt,
        note: input.note ?? before.note,
        updated_at: now.toISOString(),
      })
      .where('id', '=', input.id)
      .execute();
    await assertFree(trx, { clinicianId, patientId: before.patient_id, startsAt, endsAt }, input.id);
    await syncBookedUntil(trx, before.patient_id);
  });
  return withWarnings(db, input.id);
}

/** Marks attended or no-show, or puts a visit back to booked (also un-cancels). */
export async function setAppointmentStatus(
  db: Kysely<Database>,
  id: number,
  status: Exclude<AppointmentStatus, 'cancelled'>,
  now = new Date(),
  /** The version the screen showed and who saves (a stale one is refused); none: an in-process change. */
  save?: VersionedSave,
): Promise<BookingResult> {
  await bookingTransaction(db).execute((trx) => applyStatus(trx, id, status, now, save));
  return withWarnings(db, id);
}

async function applyStatus(
  trx: Kysely<Database>,
  id: number,
  status: Exclude<AppointmentStatus, 'cancelled'>,
  now: Date,
  save?: VersionedSave,
): Promise<boolean> {
  if (save) await claimVersion(trx, 'appointments', id, save.version, save.who, 'This appointment', now);
  const before = await trx.selectFrom('appointments').selectAll().where('id', '=', id).executeTakeFirst();
  if (!before) throw notFound('This appointment');
  if (before.status === status) return false;
  if (!save) await touchVersion(trx, 'appointments', id, null, now);
  if (blocks(status) && !blocks(before.status)) await claimClinicians(trx, [before.clinician_id]);
  if (status !== 'booked' && localDate(before.starts_at) > localDate(now.getTime())) {
    throw new AppError('CONFLICT', 'A visit can be marked attended or missed on its day or later, not before.');
  }
  await trx
    .updateTable('appointments')
    .set({ status, cancel_reason: '', updated_at: now.toISOString() })
    .where('id', '=', id)
    .execute();
  // A cancelled or missed visit may have lost its slot meanwhile: taking it back is a new claim.
  if (blocks(status) && !blocks(before.status)) {
    await assertFree(trx, toOccupancy(before), id);
  }
  if (before.status === 'attended') await reopenResolvedBy(trx, before.patient_id, id);
  if (status === 'attended')
    await resolveOnAttended(
      trx,
      { id, patientId: before.patient_id, startsAt: before.starts_at, recallId: before.recall_id },
      now,
    );
  await syncBookedUntil(trx, before.patient_id);
  return true;
}

/** Past visits nobody closed out (still booked after their day), oldest first. */
export async function unclosedAppointments(
  db: Kysely<Database>,
  q: { clinicianId?: number | undefined; limit: number },
  now = new Date(),
): Promise<DiaryEntry[]> {
  let query = diaryRows(db)
    .where('a.status', '=', 'booked')
    .where('a.starts_at', '<', dayStart(localDate(now.getTime())));
  if (q.clinicianId !== undefined) query = query.where('a.clinician_id', '=', q.clinicianId);
  const rows = await query.orderBy('a.starts_at').limit(q.limit).execute();
  return rows.map(toDiaryEntry);
}

/** Closes out several past visits at once (one transaction): attended or no-show. */
export async function closeOutAppointments(
  db: Kysely<Database>,
  ids: readonly number[],
  status: 'attended' | 'no_show',
  now = new Date(),
): Promise<{ updated: number }> {
  return bookingTransaction(db).execute(async (trx) => {
    let updated = 0;
    for (const id of new Set(ids)) if (await applyStatus(trx, id, status, now)) updated++;
    return { updated };
  });
}

/** Cancels a visit; it stays in the record and no longer holds its slot. */
export async function cancelAppointment(
  db: Kysely<Database>,
  id: number,
  reason: string,
  now = new Date(),
  /** The version the screen showed and who saves (a stale one is refused); none: an in-process change. */
  save?: VersionedSave,
): Promise<Appointment> {
  await db.transaction().execute(async (trx) => {
    await claimSave(trx, 'appointments', id, save, 'This appointment', now);
    const before = await trx
      .selectFrom('appointments')
      .select(['status', 'patient_id'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!before) throw notFound('This appointment');
    if (before.status === 'attended') {
      throw new AppError(
        'CONFLICT',
        'An attended visit cannot be cancelled. If it was marked by mistake, mark it as booked first.',
      );
    }
    if (before.status === 'cancelled') return;
    await trx
      .updateTable('appointments')
      .set({ status: 'cancelled', cancel_reason: reason, updated_at: now.toISOString() })
      .where('id', '=', id)
      .execute();
    await syncBookedUntil(trx, before.patient_id);
  });
  return getAppointment(db, id);
}

function toOccupancy(r: { clinician_id: number; patient_id: number; starts_at: number; ends_at: number }) {
  return { clinicianId: r.clinician_id, patientId: r.patient_id, startsAt: r.starts_at, endsAt: r.ends_at };
}

/** The stored booking with its warnings (read after the commit; they never undo it). */
export async function withWarnings(db: Kysely<Database>, stored: number | Appointment): Promise<BookingResult> {
  const appointment = typeof stored === 'number' ? await getAppointment(db, stored) : stored;
  const id = appointment.id;
  const o = {
    clinicianId: appointment.clinicianId,
    patientId: appointment.patient.id,
    startsAt: Date.parse(appointment.startsAt),
    endsAt: Date.parse(appointment.endsAt),
  };
  const warnings = appointment.status === 'cancelled' ? [] : await bookingWarnings(db, o, id);
  return { appointment, warnings };
}

import type { Kysely } from 'kysely';
import type { Appointment, AppointmentStatus, DiaryEntry } from '../../../shared/contract';
import { MAX_DURATION_MINUTES } from '../../../shared/contract';
import { instantParts } from '../../../shared/calendar/local-time';
import type { AppointmentTable, Database } from '../../db/schema';

/*
 * The appointment row as the diary reads it (with the child's name, nothing clinical) and its
 * mapping to the contract's Appointment.
 */

export const MINUTE_MS = 60_000;
/** How far before a range's start a booking may begin and still reach into it. */
export const MAX_DURATION_MS = MAX_DURATION_MINUTES * MINUTE_MS;

/** A cancelled or missed booking leaves its chair free: only these statuses hold a slot. */
export const BLOCKING_STATUSES = ['booked', 'attended'] as const satisfies readonly AppointmentStatus[];

export function blocks(status: AppointmentStatus): boolean {
  return (BLOCKING_STATUSES as readonly string[]).includes(status);
}

/** The columns a diary entry needs: all in the covering indexes, so the views never read the table. */
const ENTRY_COLUMNS = [
  'a.id',
  'a.clinician_id',
  'a.type_id',
  'a.patient_id',
  'a.starts_at',
  'a.ends_at',
  'a.status',
  'a.plan_reason',
  'a.row_version',
  'p.first_name',
  'p.last_name',
] as const;

/** Every column of a stored visit that `toAppointment` reads (the child's name comes with the join). */
export const STORED_COLUMNS = [
  'id',
  'clinician_id',
  'type_id',
  'patient_id',
  'starts_at',
  'ends_at',
  'status',
  'plan_reason',
  'row_version',
  'recall_id',
  'note',
  'cancel_reason',
  'created_at',
  'updated_at',
] as const;

export function diaryRows(db: Kysely<Database>) {
  return db.selectFrom('appointments as a').innerJoin('patients as p', 'p.id', 'a.patient_id').select(ENTRY_COLUMNS);
}

export function appointmentRows(db: Kysely<Database>) {
  return diaryRows(db).select(['a.recall_id', 'a.note', 'a.cancel_reason', 'a.created_at', 'a.updated_at']);
}

type EntryRow = Pick<
  AppointmentTable,
  'clinician_id' | 'type_id' | 'patient_id' | 'starts_at' | 'ends_at' | 'status' | 'plan_reason'
> & { id: number; row_version: number; first_name: string; last_name: string };

export type AppointmentRow = EntryRow &
  Pick<AppointmentTable, 'recall_id' | 'note' | 'cancel_reason' | 'created_at' | 'updated_at'>;

export function toDiaryEntry(r: EntryRow): DiaryEntry {
  const start = instantParts(r.starts_at);
  const end = instantParts(r.ends_at);
  return {
    id: r.id,
    clinicianId: r.clinician_id,
    typeId: r.type_id,
    patient: { id: r.patient_id, firstName: r.first_name, lastName: r.last_name },
    startsAt: start.iso,
    endsAt: end.iso,
    date: start.date,
    start: start.time,
    end: end.time,
    durationMinutes: Math.round((r.ends_at - r.starts_at) / MINUTE_MS),
    status: r.status,
    planReason: r.plan_reason,
    version: r.row_version,
  };
}

export function toAppointment(r: AppointmentRow): Appointment {
  return {
    ...toDiaryEntry(r),
    recallId: r.recall_id,
    note: r.note,
    cancelReason: r.cancel_reason,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

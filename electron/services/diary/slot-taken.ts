import { sql, type Kysely, type RawBuilder } from 'kysely';
import { engineOf } from '../../db/engine';
import type { Database } from '../../db/schema';
import { AppError } from '../errors';
import { clashMessage } from './checks';
import { BLOCKING_STATUSES } from './rows';

/*
 * On the practice server two desks can book the same slot at the same instant: the exclusion
 * constraint appointments_no_double_booking (migration 3) lets one commit and refuses the other
 * with SQLSTATE 23P01 before any check of ours runs. That refusal becomes a CONFLICT naming the
 * visit that took the slot. SQLite never raises it: one writer at a time, and assertFree
 * (checks.ts) refuses an overlap inside the writing transaction.
 */

const EXCLUSION_VIOLATION = '23P01';
const SLOT_CONSTRAINT = 'appointments_no_double_booking';

interface PgError {
  code?: unknown;
  constraint?: unknown;
  detail?: unknown;
}

function isSlotTaken(error: unknown): error is PgError {
  const e = error as PgError | null;
  return e?.code === EXCLUSION_VIOLATION && (e.constraint === undefined || e.constraint === SLOT_CONSTRAINT);
}

/**
 * The visit already holding the slot, from the constraint's detail: "... conflicts with existing
 * key (clinician_id, int8range(starts_at, ends_at))=(3, [1700000000000,1700001800000))".
 */
export function existingKey(detail: unknown): { clinicianId: number; startsAt: number; endsAt: number } | null {
  if (typeof detail !== 'string') return null;
  const tail = detail.split('conflicts with existing key')[1];
  const m = tail ? /\)=\((\d+), \[(-?\d+),(-?\d+)\)\)/.exec(tail) : null;
  if (!m) return null;
  return { clinicianId: Number(m[1]), startsAt: Number(m[2]), endsAt: Number(m[3]) };
}

async function slotTaken(db: Kysely<Database>, detail: unknown): Promise<AppError> {
  const key = existingKey(detail);
  // The other desk's booking has committed (PostgreSQL waited for it), so a new query sees it.
  const other = key
    ? await db
        .selectFrom('appointments as a')
        .innerJoin('patients as p', 'p.id', 'a.patient_id')
        .innerJoin('clinicians as c', 'c.id', 'a.clinician_id')
        .select(['a.starts_at', 'a.ends_at', 'p.first_name', 'p.last_name', 'c.name'])
        .where('a.clinician_id', '=', key.clinicianId)
        .where('a.starts_at', '=', key.startsAt)
        .where('a.ends_at', '=', key.endsAt)
        .where('a.status', 'in', BLOCKING_STATUSES)
        .executeTakeFirst()
    : undefined;
  return new AppError(
    'CONFLICT',
    other
      ? `This slot was just taken: ${clashMessage(other)}`
      : 'This slot was just taken by another booking. Choose another time or clinician.',
  );
}

/**
 * Two desks inserting overlapping visits at the same instant can also deadlock inside the
 * exclusion check (each waits for the other's row): PostgreSQL aborts one with 40P01. Its whole
 * transaction runs again, and then meets the committed visit as an ordinary "slot taken".
 */
const RETRIED = new Set(['40P01', '40001']);
const ATTEMPTS = 3;

/** Runs a booking transaction; the database's "slot taken" refusal becomes a CONFLICT naming the other visit. */
export async function guardSlot<T>(db: Kysely<Database>, run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (isSlotTaken(error)) throw await slotTaken(db, (error as PgError).detail);
      if (attempt < ATTEMPTS && RETRIED.has((error as PgError | null)?.code as string)) continue;
      throw error;
    }
  }
}

/** The first half of every clinician's booking-lock key (a 32-bit number, the same in every copy of Valgo). */
const BOOKING_LOCKS = 0x76616c03;

/**
 * On the practice server, bookings of one clinician take turns: call this inside the booking's
 * transaction before it writes the clinician's diary (every clinician a visit moves between;
 * taken in id order, so two moves cannot wait for each other). Each booking then runs its overlap
 * check after the previous one committed and refuses a clash with the usual message; other
 * clinicians' bookings go ahead at once. Without the turns, ten desks booking one slot at once
 * lost bookings to deadlocks inside the exclusion check that three retries did not always clear.
 * The locks are transaction-scoped (released at commit or rollback). SQLite has one writer at a
 * time already: nothing to do there.
 */
export async function claimClinicians(trx: Kysely<Database>, clinicianIds: readonly number[]): Promise<void> {
  for (const id of [...new Set(clinicianIds)].sort((a, b) => a - b)) {
    const turn = clinicianTurn(trx, id);
    if (turn) await sql`SELECT ${turn}`.execute(trx);
  }
}

/**
 * One clinician's turn as an expression, to be selected inside a statement the booking sends
 * anyway (one round trip fewer); null on SQLite.
 */
export function clinicianTurn(trx: Kysely<Database>, clinicianId: number): RawBuilder<unknown> | null {
  return engineOf(trx) === 'postgres' ? sql`pg_advisory_xact_lock(${BOOKING_LOCKS}, ${clinicianId})` : null;
}

/** `db.transaction()` for writes that claim a slot: `bookingTransaction(db).execute(trx => …)`. */
export function bookingTransaction(db: Kysely<Database>) {
  return {
    execute: <T>(fn: (trx: Kysely<Database>) => Promise<T>): Promise<T> =>
      guardSlot(db, () => db.transaction().execute(fn)),
  };
}

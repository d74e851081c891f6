import { sql, type Kysely } from 'kysely';
import type { StaleIssue } from '../../shared/contract';
import { localDate, localTime } from '../../shared/calendar/local-time';
import type { Database } from '../db/schema';
import { AppError, notFound } from './errors';

/*
 * Row versions (migration 11): every record staff edit in a form carries `row_version`. A save
 * names the version it was based on; it goes through only if the row still has that version,
 * and then the version goes up by one with who saved it and when. Two desks (or two windows)
 * that opened the same record cannot overwrite each other: the later save is refused, naming
 * the first one's author, and the renderer keeps what was typed.
 */

/** Tables with row versions; `settings_version` is the practice settings' single row (id 1). */
export type VersionedTable =
  'patients' | 'assessments' | 'appointments' | 'clinicians' | 'appointment_types' | 'settings_version';

/** Who saves: the signed-in staff member's id, or null (no accounts yet, tests, tools). */
export type Who = number | null;

/** The settings' single version row. */
export const SETTINGS_ROW = 1;

/**
 * Claims the row for a save based on `version`: bumps it and records who and when, or refuses.
 * Call it first inside the transaction that writes the rest, so a refusal saves nothing.
 * NOT_FOUND when the row is gone; CONFLICT (with a `version` issue naming who and when) when
 * someone saved it since `version` was read.
 */
export async function claimVersion(
  trx: Kysely<Database>,
  table: VersionedTable,
  id: number,
  version: number,
  who: Who,
  what: string,
  now = new Date(),
): Promise<void> {
  const result = await bump(trx, table, id, who, now, version);
  if (result > 0) return;
  throw await staleError(trx, table, id, what);
}

/**
 * Bumps the row's version without a check: for changes made without a form (closing out a
 * day's visits, undoing a booking), so a form opened before them is refused on save.
 */
export async function touchVersion(
  trx: Kysely<Database>,
  table: VersionedTable,
  id: number,
  who: Who,
  now = new Date(),
): Promise<void> {
  await bump(trx, table, id, who, now);
}

async function bump(
  trx: Kysely<Database>,
  table: VersionedTable,
  id: number,
  who: Who,
  now: Date,
  version?: number,
): Promise<number> {
  // The table name comes from the closed union above, never from input.
  const target = sql.table(table);
  const check = version === undefined ? sql`` : sql` AND row_version = ${version}`;
  const result = await sql`UPDATE ${target} SET row_version = row_version + 1, updated_by = ${who},
    changed_at = ${now.toISOString()} WHERE id = ${id}${check}`.execute(trx);
  return Number(result.numAffectedRows ?? 0n);
}

async function staleError(trx: Kysely<Database>, table: VersionedTable, id: number, what: string): Promise<AppError> {
  const row = await sql<{ changed_at: string | null; name: string | null }>`
    SELECT t.changed_at, s.name FROM ${sql.table(table)} t LEFT JOIN staff s ON s.id = t.updated_by
    WHERE t.id = ${id}`
    .execute(trx)
    .then((r) => r.rows[0]);
  if (!row) return notFound(what);
  const issue: StaleIssue = {
    path: 'version',
    message: 'stale',
    changedBy: row.name,
    changedAt: row.changed_at,
  };
  return new AppError('CONFLICT', staleMessage(row.name, row.changed_at), [issue]);
}

/** "Changed by Anna Petrova at 2026-12-07 14:05 since you opened it. …" (the renderer shows its own language). */
export function staleMessage(name: string | null, changedAt: string | null): string {
  const by = name ? `by ${name}` : 'on another desk';
  const ms = changedAt ? Date.parse(changedAt) : NaN;
  const at = Number.isNaN(ms) ? '' : ` at ${localDate(ms)} ${localTime(ms)}`;
  return `Changed ${by}${at} since you opened it. Your changes are still here: look them over and save again.`;
}

/** The version a save is based on and who makes it; without one, an in-process change (bumped unchecked). */
export interface VersionedSave {
  version: number;
  who: Who;
}

/** `claimVersion` for a form's save, `touchVersion` for an in-process change without a version. */
export async function claimSave(
  trx: Kysely<Database>,
  table: VersionedTable,
  id: number,
  save: VersionedSave | undefined,
  what: string,
  now = new Date(),
): Promise<void> {
  if (save) await claimVersion(trx, table, id, save.version, save.who, what, now);
  else if ((await bump(trx, table, id, null, now)) === 0) throw notFound(what);
}

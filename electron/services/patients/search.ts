import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { foldText } from './text-fold';

/*
 * The FTS5 name/phone index. SQLite-only SQL lives here and nowhere else.
 *
 * The index's rowid is the child's `sort_rank`, an integer that orders children alphabetically.
 * FTS5 returns matches in rowid order, so "first 50 matches" is already "first 50 in the list's
 * order" and the query can stop early, instead of collecting and sorting every match.
 */

export interface SearchDocument {
  names: string;
  guardians: string;
  phones: string;
}

/** The text indexed for one child: names, guardian names, phone digits in the forms people type. */
export function searchDocument(
  firstName: string,
  lastName: string,
  guardians: readonly { name: string; phone: string }[],
): SearchDocument {
  // Folded here as well as by the tokenizer: unicode61 leaves Cyrillic ё and й alone, foldText makes them е and и.
  return {
    names: foldText(`${firstName} ${lastName}`),
    guardians: foldText(guardians.map((g) => g.name).join(' ')),
    phones: guardians.map((g) => phoneTerms(g.phone).join(' ')).join(' '),
  };
}

/**
 * "+7 912 345-67-89" -> the digits from each group boundary onwards ("79123456789", "9123456789",
 * "3456789", ...), so typing the number from its start, or from any group, finds the child.
 */
export function phoneTerms(phone: string): string[] {
  const groups = phone.split(/\D+/).filter(Boolean);
  return groups.map((_, i) => groups.slice(i).join(''));
}

export async function indexPatient(db: Kysely<Database>, rank: number, doc: SearchDocument): Promise<void> {
  await sql`INSERT INTO patient_search (rowid, names, guardians, phones)
    VALUES (${rank}, ${doc.names}, ${doc.guardians}, ${doc.phones})`.execute(db);
}

export async function unindexPatient(db: Kysely<Database>, rank: number): Promise<void> {
  await sql`DELETE FROM patient_search WHERE rowid = ${rank}`.execute(db);
}

/**
 * Turns what the user typed into an FTS5 query: every word must prefix-match some indexed word.
 * Each word is quoted, so FTS5 operators typed by the user are plain text. Returns null when
 * nothing searchable is left (only punctuation).
 */
export function toMatchQuery(typed: string): string | null {
  const terms = foldText(typed)
    .split(/\s+/)
    .map((word) => (/^[+\d().-]+$/.test(word) ? word.replace(/\D/g, '') : word))
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
    .map((word) => `"${word.replace(/"/g, '""')}"*`);
  return terms.length ? terms.join(' AND ') : null;
}

/** Sort ranks of the first `limit` children matching `typed`, in list order. */
export async function searchPatientRanks(db: Kysely<Database>, typed: string, limit: number): Promise<number[]> {
  const match = toMatchQuery(typed);
  if (!match) return [];
  const { rows } = await sql<{ rowid: number }>`
    SELECT rowid FROM patient_search WHERE patient_search MATCH ${match}
    ORDER BY rowid LIMIT ${limit}`.execute(db);
  return rows.map((r) => r.rowid);
}

/** Re-creates the whole index from the tables (after ranks were renumbered). */
export async function rebuildPatientSearch(db: Kysely<Database>): Promise<void> {
  await sql`DELETE FROM patient_search`.execute(db);
  const patients = await db.selectFrom('patients').select(['id', 'first_name', 'last_name', 'sort_rank']).execute();
  const guardians = await db
    .selectFrom('guardians')
    .select(['patient_id', 'name', 'phone'])
    .orderBy('position')
    .execute();
  const byPatient = new Map<number, { name: string; phone: string }[]>();
  for (const g of guardians) {
    const list = byPatient.get(g.patient_id) ?? [];
    list.push(g);
    byPatient.set(g.patient_id, list);
  }
  for (const p of patients) {
    await indexPatient(db, p.sort_rank, searchDocument(p.first_name, p.last_name, byPatient.get(p.id) ?? []));
  }
}

import { sql, type Kysely } from 'kysely';
import { engineOf } from '../../db/engine';
import type { Database } from '../../db/schema';
import { phoneIndexDigits, phoneQueryDigits } from '../../../shared/phone';
import { searchPrefixes, wordText, type QueryPart } from './search-postgres';
import { foldText } from './text-fold';
import { Slice } from '../slice';

/*
 * The FTS5 name/phone index. SQLite-only SQL lives here and nowhere else; the PostgreSQL index
 * (same rows, same matches, same order) is in search-postgres.ts.
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

/** A guardian as the index needs it; `phoneE164` adds the number's E.164 and national digits. */
export interface SearchGuardian {
  name: string;
  phone: string;
  phoneE164?: string | null;
}

/**
 * The text indexed for one child: names (the middle name too), guardian names, and each phone
 * as typed (digits from every group on) plus its E.164 digits and national significant number,
 * so "8916…", "+7 916…" and "916 123" all find "+7 916 123-45-67" (see toMatchQuery).
 */
export function searchDocument(
  firstName: string,
  lastName: string,
  guardians: readonly SearchGuardian[],
  middleName = '',
): SearchDocument {
  // Folded here as well as by the tokenizer: unicode61 leaves Cyrillic ё and й alone, foldText makes them е and и.
  const phones = guardians.flatMap((g) => [...phoneTerms(g.phone), ...phoneIndexDigits(g.phoneE164)]);
  return {
    names: foldText([firstName, middleName, lastName].filter(Boolean).join(' ')),
    guardians: foldText(guardians.map((g) => g.name).join(' ')),
    phones: [...new Set(phones)].join(' '),
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
  if (engineOf(db) === 'postgres') doc = postgresDocument(doc);
  await sql`INSERT INTO patient_search (rowid, names, guardians, phones)
    VALUES (${rank}, ${doc.names}, ${doc.guardians}, ${doc.phones})`.execute(db);
}

export async function unindexPatient(db: Kysely<Database>, rank: number): Promise<void> {
  await sql`DELETE FROM patient_search WHERE rowid = ${rank}`.execute(db);
}

const PHONE_WORD = /^[+\d().-]+$/;

// What FTS5 cannot take inside a quoted term (NUL ends the query text early) or the index never
// holds: control characters become spaces, lone surrogates and zero-width characters go.
// eslint-disable-next-line no-control-regex
const UNSEARCHABLE_SPACE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const UNSEARCHABLE =
  /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** The typed query without what cannot be searched for (the contract strips most of it already). */
function searchable(typed: string): string {
  return typed.replace(UNSEARCHABLE_SPACE, ' ').replace(UNSEARCHABLE, '');
}

/**
 * What the user typed, as words that must each prefix-match some indexed word (folded, with at
 * least one letter or digit). Neighbouring number words are one number ("916 123" -> 916123),
 * looked up in the forms phoneQueryDigits reads with the clinic's `region` ("8916" in RU ->
 * "8916" or "916").
 */
export function queryParts(typed: string, region: string): QueryPart[] {
  const words = foldText(searchable(typed)).split(/\s+/).filter(Boolean);
  const parts: QueryPart[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!PHONE_WORD.test(words[i]!)) {
      if (/[\p{L}\p{N}]/u.test(words[i]!)) parts.push({ word: words[i]! });
      continue;
    }
    let number = words[i]!;
    while (i + 1 < words.length && PHONE_WORD.test(words[i + 1]!)) number += ` ${words[++i]!}`;
    const forms = phoneQueryDigits(number, region);
    if (forms.length) parts.push({ numberForms: forms });
  }
  return parts;
}

/**
 * Turns what the user typed into an FTS5 query: every word of queryParts a prefix term, a number
 * the choice of its forms. Each term is quoted, so FTS5 operators typed by the user are plain
 * text. Returns null when nothing searchable is left (only punctuation).
 */
export function toMatchQuery(typed: string, region: string): string | null {
  const quote = (word: string) => `"${word.replace(/"/g, '""')}"*`;
  const terms = queryParts(typed, region).map((part) => {
    if ('word' in part) return quote(part.word);
    const forms = part.numberForms;
    return forms.length === 1 ? quote(forms[0]!) : `(${forms.map(quote).join(' OR ')})`;
  });
  return terms.length ? terms.join(' AND ') : null;
}

/** Sort ranks of the first `limit` children matching `typed`, in list order. */
export async function searchPatientRanks(
  db: Kysely<Database>,
  typed: string,
  limit: number,
  region: string,
): Promise<number[]> {
  if (engineOf(db) === 'postgres') return searchPrefixes(db, queryParts(typed, region), limit);
  const match = toMatchQuery(typed, region);
  if (!match) return [];
  const { rows } = await sql<{ rowid: number }>`
    SELECT rowid FROM patient_search WHERE patient_search MATCH ${match}
    ORDER BY rowid LIMIT ${limit}`.execute(db);
  return rows.map((r) => r.rowid);
}

/** Re-creates the whole index from the tables (after ranks were renumbered). */
export async function rebuildPatientSearch(db: Kysely<Database>, slice = new Slice()): Promise<void> {
  const postgres = engineOf(db) === 'postgres';
  if (postgres) {
    // Empties the prefixes at once instead of working out each row's keys to delete (the delete
    // trigger skips while the setting is on, until the end of the transaction the caller opened).
    await sql`SELECT set_config('valgo.search_rebuild', 'on', true)`.execute(db);
    await sql`DELETE FROM patient_search_prefixes`.execute(db);
    await sql`DELETE FROM patient_search`.execute(db);
    await sql`SELECT set_config('valgo.search_rebuild', 'off', true)`.execute(db);
  } else await sql`DELETE FROM patient_search`.execute(db);
  // A page of children at a time, the event loop handed back between slices: working out a large
  // practice's documents at once would hold the app's main process for as long as that takes. (A
  // query is no turn of the loop on SQLite, whose reads are synchronous: only the slice's pauses are.)
  for (let after = 0; ;) {
    const patients = await db
      .selectFrom('patients')
      .select(['id', 'first_name', 'middle_name', 'last_name', 'sort_rank'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(REBUILD_PAGE)
      .execute();
    if (patients.length === 0) return;
    const last = patients.at(-1)!.id;
    const guardians = await db
      .selectFrom('guardians')
      .select(['patient_id', 'name', 'phone', 'phone_e164 as phoneE164'])
      .where('patient_id', '>', after)
      .where('patient_id', '<=', last)
      .orderBy('patient_id')
      .orderBy('position')
      .execute();
    const byPatient = new Map<number, SearchGuardian[]>();
    for (const g of guardians) {
      const list = byPatient.get(g.patient_id) ?? [];
      list.push(g);
      byPatient.set(g.patient_id, list);
    }
    const docs = [];
    for (const p of patients) {
      const doc = searchDocument(p.first_name, p.last_name, byPatient.get(p.id) ?? [], p.middle_name);
      docs.push({ rank: p.sort_rank, doc });
      if (slice.due()) await slice.pause();
    }
    if (postgres) {
      // Many rows a statement: the triggers add each statement's keys in one go.
      const rows = docs.map(({ rank, doc }) => {
        const d = postgresDocument(doc);
        return sql`(${rank}, ${d.names}, ${d.guardians}, ${d.phones})`;
      });
      await sql`INSERT INTO patient_search (rowid, names, guardians, phones) VALUES ${sql.join(rows)}`.execute(db);
    } else {
      for (const { rank, doc } of docs) await indexPatient(db, rank, doc);
    }
    await slice.pause();
    after = last;
  }
}

const REBUILD_PAGE = 1000;

/** The document as PostgreSQL stores it: each field's words one space apart (see search-postgres.ts). */
export function postgresDocument(doc: SearchDocument): SearchDocument {
  return { names: wordText(doc.names), guardians: wordText(doc.guardians), phones: wordText(doc.phones) };
}

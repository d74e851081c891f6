import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../db/schema';
import { summaries, type SummaryRow } from './summaries';

/*
 * The patient search index on PostgreSQL (the SQLite one is FTS5, search.ts). patient_search has
 * the same rows as on SQLite; triggers keep patient_search_prefixes, every prefix of every word
 * keyed (prefix, rowid), rowid = sort_rank (migration 12). One typed word is one btree range
 * already in list order, so the first 50 matches are read without collecting and sorting every
 * match; the other typed words are checked per row with one index probe each.
 */

/** One typed word (folded), or the digit forms of a typed number (any one may match). */
export type QueryPart = { word: string } | { numberForms: string[] };

// FTS5's unicode61 tokenizer: letters, digits and private-use characters make words; everything
// else separates them.
const NOT_WORD = /[^\p{L}\p{N}\p{Co}]+/u;

/** The words of already-folded text, as FTS5's tokenizer splits it. */
export function searchWords(folded: string): string[] {
  return folded.split(NOT_WORD).filter(Boolean);
}

/** Folded document text as stored on PostgreSQL: its words, one space apart. */
export function wordText(folded: string): string {
  return searchWords(folded).join(' ');
}

export interface PrefixQuery {
  /** A row matches when, for every group, it has one of the group's keys. */
  groups: string[][];
  /** LIKE patterns one field of the row must match: the words typed together, in a row. */
  phrases: string[];
}

/**
 * The keys each part needs. A word typed with punctuation is several words, as in FTS5's quoted
 * phrase: the earlier ones whole (key 'word '), the last a prefix ("o'bri" -> 'o ', 'bri'), one
 * after the other in one field (the phrase '% o bri%': fields hold their words one space apart;
 * words are letters and digits only, so they hold no LIKE wildcard).
 */
export function prefixQuery(parts: readonly QueryPart[]): PrefixQuery {
  const groups: string[][] = [];
  const phrases: string[] = [];
  for (const part of parts) {
    if ('numberForms' in part) {
      if (part.numberForms.length) groups.push([...new Set(part.numberForms)]);
      continue;
    }
    const words = searchWords(part.word);
    words.forEach((w, i) => groups.push([i < words.length - 1 ? `${w} ` : w]));
    if (words.length > 1) phrases.push(`% ${words.join(' ')}%`);
  }
  return { groups, phrases };
}

/**
 * Sort ranks of the first `limit` rows matching every group, in rowid order. The rows are read
 * from the longest single key (the fewest rows, usually), or, when every group is a choice of
 * numbers, from each of the first group's keys: the first `limit` matches of each (one index
 * range each, in rowid order), then at most k * limit rows sorted, so never every match. Each
 * other group is one index probe a row.
 */
export async function searchPrefixes(
  db: Kysely<Database>,
  parts: readonly QueryPart[],
  limit: number,
): Promise<number[]> {
  const query = prefixSearchSql(parts, limit);
  if (!query) return [];
  const { rows } = await query.execute(db);
  return [...new Set(rows.map((r) => r.rowid))].slice(0, limit);
}

/** The query searchPrefixes runs (rowids in order, a rowid up to k times), or null: nothing to find. */
export function prefixSearchSql(parts: readonly QueryPart[], limit: number): RawBuilder<{ rowid: number }> | null {
  const { groups, phrases } = prefixQuery(parts);
  if (!groups.length) return null;
  const singles = groups.filter((g) => g.length === 1).map((g) => g[0]!);
  const longest = singles.reduce<string | null>((a, b) => (a !== null && a.length >= b.length ? a : b), null);
  const drive = longest !== null ? [longest] : groups[0]!;
  const rest = longest !== null ? groups.filter((g) => !(g.length === 1 && g[0] === longest)) : groups.slice(1);
  const checks = rest.map(
    (g) => sql`EXISTS (SELECT 1 FROM patient_search_prefixes x
      WHERE x.rowid = d.rowid AND x.prefix IN (${sql.join(g)}))`,
  );
  for (const phrase of phrases) {
    checks.push(sql`EXISTS (SELECT 1 FROM patient_search s WHERE s.rowid = d.rowid
      AND (' ' || s.names LIKE ${phrase} OR ' ' || s.guardians LIKE ${phrase} OR ' ' || s.phones LIKE ${phrase}))`);
  }
  const branches = drive.map(
    (key) => sql`(SELECT d.rowid FROM patient_search_prefixes d
      WHERE ${sql.join([sql`d.prefix = ${key}`, ...checks], sql` AND `)} ORDER BY d.rowid LIMIT ${limit})`,
  );
  if (branches.length === 1) return sql<{ rowid: number }>`${branches[0]!}`;
  return sql<{ rowid: number }>`SELECT rowid FROM (${sql.join(branches, sql` UNION ALL `)}) AS m ORDER BY rowid`;
}

/**
 * The list rows (summaries.ts) of the first `limit` children matching `parts`, in list order: the
 * index query and the rows in one statement, so a keystroke is one round trip to the server. The
 * same children as searchPrefixes followed by a read of those ranks (a rowid read up to k times is
 * counted once, before the limit).
 */
export async function searchSummariesPostgres(
  db: Kysely<Database>,
  parts: readonly QueryPart[],
  limit: number,
): Promise<SummaryRow[]> {
  const ranks = prefixSearchSql(parts, limit);
  if (!ranks) return [];
  return summaries(db)
    .where(sql<boolean>`p.sort_rank IN (SELECT DISTINCT m.rowid FROM (${ranks}) AS m ORDER BY m.rowid LIMIT ${limit})`)
    .orderBy('p.sort_rank')
    .execute();
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, migratePostgres } from '../../../electron/db/migrate';
import { openDatabase, type OpenDb } from '../../../electron/db/open';
import type { Database } from '../../../electron/db/schema';
import { createPatient, searchPatients } from '../../../electron/services/patients/patients';
import { searchPatientRanks } from '../../../electron/services/patients/search';
import { summaries, toSummary } from '../../../electron/services/patients/summaries';
import { updateSettings } from '../../../electron/services/settings/settings';
import { startPgCluster, type PgCluster } from '../../support/pg-cluster';
import { child, guardian } from '../services/child-fixture';
import { closeAll, emptyPgDb } from './pg-db';

/*
 * On PostgreSQL the list search is one statement (the prefix index and the list rows together,
 * search-postgres.ts searchSummariesPostgres). It must answer exactly as the two steps it
 * replaced (the index's ranks, then those rows) and exactly as SQLite does: the same rows, the
 * same order, the same "more". The children share name prefixes and phones whose typed forms
 * ("8916…" and "916…") both match, so a child is found twice in one query's index ranges.
 */

let cluster: PgCluster;
// Opened here rather than with freshDb, which closes its databases after each test.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'valgo-search-rows-'));
let liteHandle: OpenDb;
let lite: Kysely<Database>;
let post: Kysely<Database>;

const letter = fc.constantFrom('a', 'b', 'é', 'ё', 'е', 'й', 'Л');
const word = fc.array(letter, { minLength: 1, maxLength: 4 }).map((l) => l.join(''));
const phone = fc
  .tuple(fc.constantFrom('8 916', '+7 916', '8 (495)'), fc.integer({ min: 100, max: 130 }))
  .map(([head, n]) => `${head} ${n}-45-67`);
const person = fc.record({ first: word, last: word, guardian: word, phone });

beforeAll(async () => {
  cluster = await startPgCluster();
  const handle = await emptyPgDb(cluster);
  await migratePostgres(handle.db);
  post = handle.db;
  liteHandle = openDatabase(dir);
  await migrate(liteHandle.db, liteHandle.sqlite);
  lite = liteHandle.db;
  for (const db of [lite, post]) {
    await updateSettings(db, { country: 'RU' });
    for (const p of fc.sample(person, { numRuns: 90, seed: 41 })) {
      await createPatient(db, child(p.first, p.last, { guardians: [guardian(`${p.guardian} Parent`, p.phone)] }));
    }
  }
}, 120_000);

afterAll(async () => {
  await closeAll();
  await liteHandle?.close();
  fs.rmSync(dir, { recursive: true, force: true });
  await cluster?.stop();
});

/** The two steps searchPatients took before: the index's ranks, then those children's rows. */
async function twoSteps(db: Kysely<Database>, typed: string, limit: number) {
  const ranks = await searchPatientRanks(db, typed, limit + 1, 'RU');
  const rows = ranks.length
    ? await summaries(db).where('p.sort_rank', 'in', ranks).orderBy('p.sort_rank').execute()
    : [];
  return { items: rows.slice(0, limit).map(toSummary), more: rows.length > limit };
}

describe('the one-statement search on PostgreSQL', () => {
  it('finds a child matched by two forms of a number once, and counts it once towards the limit', async () => {
    const all = await searchPatients(post, '8916', 200);
    expect(all.items.length).toBeGreaterThan(10);
    expect(new Set(all.items.map((c) => c.id)).size).toBe(all.items.length);
    for (const limit of [1, 5, all.items.length - 1, all.items.length]) {
      const page = await searchPatients(post, '8916', limit);
      expect(page.items).toEqual(all.items.slice(0, limit));
      expect(page.more).toBe(limit < all.items.length);
      expect(page).toEqual(await twoSteps(post, '8916', limit));
    }
  });

  it('answers every query as the two steps did and as SQLite does', async () => {
    const typed = fc.oneof(
      word,
      fc.tuple(word, word).map((w) => w.join(' ')),
      fc.stringMatching(/^[+\d() -]{1,7}$/),
      fc.constantFrom('8916', '+7 916 1', '916 12', '495', 'parent', 'a parent'),
    );
    let found = 0;
    await fc.assert(
      fc.asyncProperty(typed, fc.integer({ min: 1, max: 25 }), async (q, limit) => {
        const expected = await searchPatients(lite, q, limit);
        if (expected.items.length) found++;
        const answer = await searchPatients(post, q, limit);
        expect(answer).toEqual(expected);
        // A blank query is the list's first page, not a search (the same code on both engines).
        if (q.trim() !== '') expect(answer).toEqual(await twoSteps(post, q, limit));
      }),
      { numRuns: 300, seed: 20261208 },
    );
    expect(found).toBeGreaterThan(100); // the comparison is not all empty answers
  }, 60_000);
});

import fc from 'fast-check';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres, type OpenPostgres } from '../../../electron/db/engine';
import { migratePostgres } from '../../../electron/db/migrate';
import { migrations } from '../../../electron/db/migrations';
import type { Database } from '../../../electron/db/schema';
import { createPatient, searchPatients, updatePatient } from '../../../electron/services/patients/patients';
import {
  indexPatient,
  queryParts,
  rebuildPatientSearch,
  searchDocument,
  searchPatientRanks,
  unindexPatient,
} from '../../../electron/services/patients/search';
import { prefixSearchSql } from '../../../electron/services/patients/search-postgres';
import { updateSettings } from '../../../electron/services/settings/settings';
import type { PatientInput } from '../../../shared/contract';
import { startPgCluster, type PgCluster } from '../../support/pg-cluster';
import { child, guardian } from '../services/child-fixture';
import { hostileString } from '../fuzz/arbitraries';
import { freshDb } from '../test-db';

/*
 * Patient search behaves the same on both engines (issue 13 §3): FTS5 on SQLite, the prefix
 * index on PostgreSQL (migration 12, search-postgres.ts). Every case in the tables below runs on
 * both; a generated comparison then checks that both engines answer every query alike.
 */

let cluster: PgCluster;
let admin: pg.Client;
const TEMPLATE = 'search_template';
const opened: OpenPostgres[] = [];
let counter = 0;

beforeAll(async () => {
  cluster = await startPgCluster();
  admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${TEMPLATE}`);
  const template = openPostgres({ connectionString: urlOf(TEMPLATE), max: 1 });
  await migratePostgres(template.db);
  await template.close();
}, 60_000);

afterEach(async () => {
  await Promise.all(opened.splice(0).map((h) => h.close()));
});

afterAll(async () => {
  await admin?.end();
  await cluster?.stop();
});

function urlOf(name: string): string {
  const url = new URL(cluster.url);
  url.pathname = `/${name}`;
  return url.toString();
}

type Engine = 'sqlite' | 'postgres';
const ENGINES: Engine[] = ['sqlite', 'postgres'];

async function migrated(engine: Engine): Promise<Kysely<Database>> {
  if (engine === 'sqlite') return (await freshDb()).db;
  const name = `search_${++counter}`;
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE}`);
  const handle = openPostgres({ connectionString: urlOf(name), max: 2 });
  opened.push(handle);
  return handle.db;
}

type Seed = [first: string, last: string, extra?: Partial<PatientInput>];

const RU_CLINIC: Seed[] = [
  ['Émile', 'Zola'],
  ['Anna', 'Müller'],
  ['Мария', 'Иванова', { guardians: [guardian('Ольга Иванова', '8 (916) 123-45-67')] }],
  ['Пётр', 'Семёнов'],
  ['Oliver', 'Brown', { guardians: [guardian('Grace Brown', '+44 20 7946 0018')] }],
  ['Ada', 'Brown'],
  ['Андрей', 'Йодко', { middleName: 'Юрьевич' }],
  ['Liam', "O'Connor-Smith"],
  ['Zoë', 'Ström'],
];

const GB_CLINIC: Seed[] = [
  ['Мария', 'Иванова', { guardians: [guardian('Ольга Иванова', '+7 916 123-45-67')] }],
  ['Oliver', 'Brown', { guardians: [guardian('Grace Brown', '+44 7700 900123')] }],
  ['Ada', 'Smith', { guardians: [guardian('Ann Smith', '+385 91 234 5678')] }],
];

async function clinic(engine: Engine, country: string, seeds: Seed[]) {
  const db = await migrated(engine);
  await updateSettings(db, { country });
  for (const [first, last, extra] of seeds) await createPatient(db, child(first, last, extra));
  return db;
}

const names = async (db: Kysely<Database>, q: string, limit = 50) =>
  (await searchPatients(db, q, limit)).items.map((p) => `${p.firstName} ${p.lastName}`);

/** [typed, expected children in list order] */
const RU_CASES: [string, string[]][] = [
  ['emi', ['Émile Zola']],
  ['MUL', ['Anna Müller']],
  ['müll', ['Anna Müller']],
  ['иван', ['Мария Иванова']],
  ['семен', ['Пётр Семёнов']],
  ['ПЁТР', ['Пётр Семёнов']],
  ['андреи', ['Андрей Йодко']],
  ['иодк', ['Андрей Йодко']],
  ['юрьев', ['Андрей Йодко']],
  ['zoe str', ['Zoë Ström']],
  ['brown ol', ['Oliver Brown']],
  ['b', ['Ada Brown', 'Oliver Brown']],
  ['grace', ['Oliver Brown']],
  ['ольга', ['Мария Иванова']],
  ['8916', ['Мария Иванова']],
  ['8 (916) 123', ['Мария Иванова']],
  ['916-123', ['Мария Иванова']],
  ['1234567', ['Мария Иванова']],
  ['+7 916 123-45-67', ['Мария Иванова']],
  ['ольга 8916', ['Мария Иванова']],
  ['7946 0018', ['Oliver Brown']],
  ['8 999 000-00-00', []],
  ["o'con", ["Liam O'Connor-Smith"]],
  ['connor-sm', ["Liam O'Connor-Smith"]],
  ['o-connor', ["Liam O'Connor-Smith"]],
  ['smith-o', []], // a word typed with punctuation is its words in a row, as FTS5 reads it
  ['brown OR zola', []],
  ['"zo', ['Zoë Ström', 'Émile Zola']],
  ['*', []],
  ['NEAR(', []],
  ['zola)', ['Émile Zola']],
  ['-zola', ['Émile Zola']],
  ['^ada', ['Ada Brown']],
  ['an:na', []],
  ['\u0000', []],
  ['nobody', []],
];

const GB_CASES: [string, string[]][] = [
  ['+44 7700', ['Oliver Brown']],
  ['07700 900', ['Oliver Brown']],
  ['7700 900123', ['Oliver Brown']],
  ['0044 7700', ['Oliver Brown']],
  ['900123', ['Oliver Brown']],
  ['+7 916', ['Мария Иванова']],
  ['8916', []], // "8" is no trunk prefix in the UK
  ['+385 91', ['Ada Smith']],
];

describe.each(ENGINES)('patient search on %s', (engine) => {
  it('finds by prefix of every word, case and accents folded, ё = е, й = и, phone groups; operators are text', async () => {
    const db = await clinic(engine, 'RU', RU_CLINIC);
    for (const [q, expected] of RU_CASES) expect(await names(db, q), q).toEqual(expected);
  });

  it('finds the forms a British front desk types', async () => {
    const db = await clinic(engine, 'GB', GB_CLINIC);
    for (const [q, expected] of GB_CASES) expect(await names(db, q), q).toEqual(expected);
  });

  it('returns the first matches in list order, at most `limit`, and says when more match', async () => {
    const db = await clinic(engine, 'RU', RU_CLINIC);
    const first = await searchPatients(db, 'b', 1);
    expect(first.items.map((p) => p.firstName)).toEqual(['Ada']);
    expect(first.more).toBe(true);
    expect((await searchPatients(db, 'b', 5)).more).toBe(false);
    // 60 more children, inserted in reverse order: the list order is by name, not by insertion.
    for (let i = 59; i >= 0; i--) await createPatient(db, child(`Kid${String(i).padStart(2, '0')}`, 'Abel'));
    const page = await searchPatients(db, 'abel', 50);
    expect(page.items.map((p) => p.firstName)).toEqual(
      Array.from({ length: 50 }, (_, i) => `Kid${String(i).padStart(2, '0')}`),
    );
    expect(page.more).toBe(true);
    expect((await names(db, 'abel kid5')).length).toBe(10);
  });

  it('follows a renamed child and forgets a removed one', async () => {
    const db = await clinic(engine, 'RU', RU_CLINIC);
    const [zola] = (await searchPatients(db, 'zola', 5)).items;
    await updatePatient(db, zola!.id, child('Émile', 'Horvat'));
    expect(await names(db, 'zola')).toEqual([]);
    expect(await names(db, 'horv emi')).toEqual(['Émile Horvat']);
    await indexPatient(db, 7, searchDocument('Mia', 'Novak', [{ name: 'Olga', phone: '+7 912 345-67-89' }]));
    expect(await searchPatientRanks(db, 'nova 345', 10, 'RU')).toEqual([7]);
    await unindexPatient(db, 7);
    expect(await searchPatientRanks(db, 'nova', 10, 'RU')).toEqual([]);
    // An entry without a child: rebuilding (as renumbering ranks does, in its transaction) drops it.
    await indexPatient(db, 9, searchDocument('Mia', 'Novak', []));
    await db.transaction().execute((trx) => rebuildPatientSearch(trx));
    expect(await searchPatientRanks(db, 'nova', 10, 'RU')).toEqual([]);
    await rebuildPatientSearch(db);
    expect(await names(db, 'horv')).toEqual(['Émile Horvat']);
    expect(await names(db, 'b')).toEqual(['Ada Brown', 'Oliver Brown']);
  });
});

describe('the PostgreSQL prefix index', () => {
  it('is built by migration 12 for children indexed before it', async () => {
    const name = `search_${++counter}`;
    await admin.query(`CREATE DATABASE ${name}`);
    const handle = openPostgres({ connectionString: urlOf(name), max: 2 });
    opened.push(handle);
    await migratePostgres(handle.db, { migrations: migrations.filter((m) => m.version < 12) });
    const doc = searchDocument('Zoë', "O'Connor", [{ name: 'Ёлка', phone: '+7 916 123-45-67' }]);
    await sql`INSERT INTO patient_search (rowid, names, guardians, phones)
      VALUES (3, ${doc.names}, ${doc.guardians}, ${doc.phones})`.execute(handle.db);
    await migratePostgres(handle.db);
    for (const q of ['zoe', "o'conn", 'connor', 'елк', '8916']) {
      expect(await searchPatientRanks(handle.db, q, 10, 'RU'), q).toEqual([3]);
    }
    expect(await searchPatientRanks(handle.db, 'connor-o', 10, 'RU')).toEqual([]);
  });

  it('is kept by the triggers for rows written directly, as a copy from SQLite writes them', async () => {
    const db = await migrated('postgres');
    const doc = searchDocument('Anna-Maria', "D'Arcy", [{ name: 'Zoë Ström', phone: '+7 916 123-45-67' }]);
    await sql`INSERT INTO patient_search (rowid, names, guardians, phones)
      VALUES (5, ${doc.names}, ${doc.guardians}, ${doc.phones})`.execute(db);
    for (const q of ['maria', 'anna-m', 'arcy', "d'ar", 'zoe', 'strom', '916 123']) {
      expect(await searchPatientRanks(db, q, 10, 'RU'), q).toEqual([5]);
    }
    await sql`UPDATE patient_search SET names = 'mia novak' WHERE rowid = 5`.execute(db);
    expect(await searchPatientRanks(db, 'maria', 10, 'RU')).toEqual([]);
    expect(await searchPatientRanks(db, 'nov zoe', 10, 'RU')).toEqual([5]);
    await sql`DELETE FROM patient_search`.execute(db);
    const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM patient_search_prefixes`.execute(db);
    expect(rows[0]!.n).toBe(0);
  });

  it('reads the first rows of one index range instead of sorting every match', async () => {
    const db = await migrated('postgres');
    const values = Array.from({ length: 3000 }, (_, i) => sql`(${(i + 1) * 16}, ${`anna k${i}`}, '', '')`);
    await sql`INSERT INTO patient_search (rowid, names, guardians, phones) VALUES ${sql.join(values)}`.execute(db);
    await sql`ANALYZE patient_search_prefixes`.execute(db);
    const { rows } = await sql<{ 'QUERY PLAN': string }>`EXPLAIN (ANALYZE, COSTS OFF)
      SELECT rowid FROM patient_search_prefixes WHERE prefix = 'ann' ORDER BY rowid LIMIT 51`.execute(db);
    const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
    expect(plan).toMatch(/Index (Only )?Scan using patient_search_prefixes_pkey/);
    expect(plan).not.toMatch(/Sort/);
    expect(plan).toMatch(/rows=51 loops=1/);
    expect(await searchPatientRanks(db, 'ann', 3, 'RU')).toEqual([16, 32, 48]);
  });

  it('reads the first rows of each of a number’s forms and merges only those', async () => {
    const db = await migrated('postgres');
    await updateSettings(db, { country: 'RU' });
    // Every child has both forms of "8916" ("8916..." as typed, "916..." from its second group).
    const values = Array.from({ length: 3000 }, (_, i) => sql`(${(i + 1) * 16}, 'kid', '', ${`8916${i} 916${i}`})`);
    await sql`INSERT INTO patient_search (rowid, names, guardians, phones) VALUES ${sql.join(values)}`.execute(db);
    await sql`VACUUM ANALYZE patient_search_prefixes`.execute(db);
    const query = prefixSearchSql(queryParts('8 916', 'RU'), 51)!;
    const { rows } = await sql<{ 'QUERY PLAN': string }>`EXPLAIN (ANALYZE, COSTS OFF) ${query}`.execute(db);
    const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
    // Each form: one index range read for its first 51 rows, merged (or sorted): 102 rows, not 6,000.
    expect(plan.match(/Index Only Scan using patient_search_prefixes_pkey .*rows=51 loops=1/g)).toHaveLength(2);
    expect(plan).toMatch(/^(Merge Append|Sort) .*rows=102 loops=1/);
    expect(plan).not.toMatch(/rows=(\d{4,}|[2-9]\d{2}|1[1-9]\d) /);
    expect(await searchPatientRanks(db, '8916', 3, 'RU')).toEqual([16, 32, 48]);
    expect((await searchPatients(db, '8 916', 50)).more).toBe(false); // no children: the index alone
  });
});

describe('both engines', () => {
  // Children made of few letters (so words share prefixes), accents, ё/й, punctuation and phones.
  const letter = fc.constantFrom('a', 'b', 'é', 'Ö', 'ё', 'е', 'й', 'и', 'Л', 'ß');
  const word = fc.array(letter, { minLength: 1, maxLength: 5 }).map((l) => l.join(''));
  const name = fc.oneof(
    word,
    fc.tuple(word, fc.constantFrom('-', "'", ' '), word).map((p) => p.join('')),
  );
  const phone = fc
    .array(fc.integer({ min: 0, max: 999 }), { minLength: 1, maxLength: 4 })
    .map((g) => `+7 ${g.join(' ')}`);
  const person = fc.record({ first: name, last: name, guardian: name, phone });
  const typed = fc.oneof(
    name,
    fc.tuple(name, name).map((p) => p.join(' ')),
    fc.stringMatching(/^[+\d() -]{1,8}$/),
    fc.string({ unit: fc.constantFrom('a', 'ё', '"', '*', '(', ')', ':', '-', ' ', 'OR', 'NEAR', '9') }),
    hostileString.filter((q) => q.length < 200),
    fc.tuple(name, hostileString).map((p) => p.join('')),
  );

  it('answer every query with the same children in the same order', async () => {
    const [lite, post] = await Promise.all([migrated('sqlite'), migrated('postgres')]);
    const people = fc.sample(person, { numRuns: 120, seed: 13 });
    for (const [i, p] of people.entries()) {
      const doc = searchDocument(p.first, p.last, [{ name: p.guardian, phone: p.phone }]);
      await indexPatient(lite, (i + 1) * 8, doc);
      await indexPatient(post, (i + 1) * 8, doc);
    }
    let nonEmpty = 0;
    await fc.assert(
      fc.asyncProperty(typed, fc.integer({ min: 1, max: 30 }), async (q, limit) => {
        const expected = await searchPatientRanks(lite, q, limit, 'RU');
        if (expected.length) nonEmpty++;
        expect(await searchPatientRanks(post, q, limit, 'RU')).toEqual(expected);
      }),
      { numRuns: 400, seed: 20261207 },
    );
    expect(nonEmpty).toBeGreaterThan(50); // the comparison is not all empty answers
  }, 60_000);
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { openPostgres } from '../../electron/db/engine';
import { migrate, migratePostgres } from '../../electron/db/migrate';
import { openDatabase } from '../../electron/db/open';
import type { Database } from '../../electron/db/schema';
import { searchPatients } from '../../electron/services/patients/patients';
import { clinicRegion } from '../../electron/services/patients/region';
import { searchPatientRanks } from '../../electron/services/patients/search';
import { startPgCluster } from '../support/pg-cluster';
import { report, reportTimes } from './figures';
import { generateChildren, seedPatients } from './seed-patients';
import { seedPatientsPg } from './seed-patients-pg';
import { typedQueries } from './typed-queries';

/*
 * Patient search on both engines side by side (issue 13 §3 and its performance list): the same
 * 100,000 children in SQLite (FTS5) and in PostgreSQL on a throwaway loopback cluster (the prefix
 * index of migration 12), the same queries, the first 50 matches in list order through the
 * service the list uses. Both engines must answer every query with the same children.
 */
const CHILDREN = 100_000;
const QUERIES = 1_000;
const BROAD = 200;

/** One letter or digit: the most matches a query can have, where sorting every match would show. */
const BROAD_QUERIES = ['a', 'm', 'n', 'и', 'м', 'а', '3', '9'];

async function measure(engine: string, db: Kysely<Database>, queries: readonly string[]) {
  for (const q of queries.slice(0, 50)) await searchPatients(db, q, 50); // warm caches and JIT
  const answers: number[][] = [];
  const times: number[] = [];
  for (const q of queries) {
    const t = performance.now();
    const result = await searchPatients(db, q, 50);
    times.push(performance.now() - t);
    answers.push(result.items.map((p) => p.id));
  }
  reportTimes(`search_engines.${engine}.search_100k`, times);
  // The index query alone (on PostgreSQL the service runs it and the rows as one statement).
  const region = await clinicRegion(db);
  const index: number[] = [];
  for (const q of queries) {
    const t = performance.now();
    await searchPatientRanks(db, q, 51, region);
    index.push(performance.now() - t);
  }
  reportTimes(`search_engines.${engine}.index_query_100k`, index);
  const broad: number[] = [];
  for (let i = 0; i < BROAD; i++) {
    const t = performance.now();
    await searchPatients(db, BROAD_QUERIES[i % BROAD_QUERIES.length]!, 50);
    broad.push(performance.now() - t);
  }
  reportTimes(`search_engines.${engine}.one_letter_100k`, broad);
  return answers;
}

const children = generateChildren({ count: CHILDREN, seed: 7 });
const queries = typedQueries(children, QUERIES);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'valgo-bench-'));
const lite = openDatabase(dir);
let liteAnswers: number[][];
try {
  await migrate(lite.db, lite.sqlite);
  const start = performance.now();
  seedPatients(lite.sqlite, children);
  report('search_engines.sqlite.seed_100k', performance.now() - start, 'ms');
  liteAnswers = await measure('sqlite', lite.db, queries);
} finally {
  await lite.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

const cluster = await startPgCluster();
try {
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query('CREATE DATABASE valgo_bench');
  await admin.end();
  const url = new URL(cluster.url);
  url.pathname = '/valgo_bench';
  const server = openPostgres({ connectionString: url.toString(), max: 4 });
  try {
    await migratePostgres(server.db);
    const start = performance.now();
    await seedPatientsPg(server.db, children);
    report('search_engines.postgres.seed_100k', performance.now() - start, 'ms');
    const answers = await measure('postgres', server.db, queries);
    const differ = answers.filter((a, i) => a.join() !== liteAnswers[i]!.join()).length;
    const matched = answers.filter((a) => a.length).length;
    report('search_engines.queries_with_results', (matched / QUERIES) * 100, '%');
    report('search_engines.answers_differing', differ, 'count');
    if (differ) throw new Error(`${differ} queries found other children on PostgreSQL than on SQLite.`);
  } finally {
    await server.close();
  }
} finally {
  await cluster.stop();
}

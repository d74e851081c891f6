import { Kysely, PostgresDialect, sql, type CompiledQuery } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { valgoTypes } from '../../../electron/db/engine';
import { migratePostgres } from '../../../electron/db/migrate';
import type { Database } from '../../../electron/db/schema';
import { listRecall } from '../../../electron/services/recall/recall';
import { startPgCluster, type PgCluster } from '../../support/pg-cluster';
import { closeAll, emptyPgDb } from './pg-db';

/*
 * The recall list on PostgreSQL reads only the page's rows (issue 13 performance: recall ≤ 50 ms
 * at 100,000 children). Its details statement once joined `recalls r ON r.id = (subquery)`: a
 * join PostgreSQL cannot drive by the primary key, so it hashed every recall of the practice
 * for each page (70 ms of a list at 41,000 recalls, more as they grow). Now the ids are picked
 * per page row first; whether the planner then probes the key or hashes is its choice by size.
 */

let cluster: PgCluster;
let url: string;

beforeAll(async () => {
  cluster = await startPgCluster();
  const handle = await emptyPgDb(cluster);
  await migratePostgres(handle.db);
  const db = handle.db;
  await sql`INSERT INTO clinicians (name, title, created_at) VALUES ('Dr. One', 'Podiatrist', '2026-01-01')`.execute(
    db,
  );
  await sql`INSERT INTO patients (id, first_name, last_name, date_of_birth, sex, sort_key, sort_rank, created_at, updated_at)
    SELECT i, 'Kid', 'Number ' || i, '2020-01-01', 'female', 'number ' || i, i * 16, '2026-01-01', '2026-01-01'
    FROM generate_series(1, 3000) AS i`.execute(db);
  await sql`INSERT INTO guardians (patient_id, position, name, phone, phone_digits)
    SELECT i, 0, 'Parent ' || i, '+7 916 000 ' || i, '7916000' || i FROM generate_series(1, 3000) AS i`.execute(db);
  // Eight follow-ups a child over two years, the later ones open (due now or ahead).
  await sql`INSERT INTO recalls (patient_id, clinician_id, due_on, reason, source, created_at, resolved_at, resolution)
    SELECT p, 1, to_char(date '2025-01-01' + (k * 90 + p % 60), 'YYYY-MM-DD'), 'every_months', 'plan', '2026-01-01',
      CASE WHEN k < 5 THEN '2026-01-01' END, CASE WHEN k < 5 THEN 'attended' END
    FROM generate_series(1, 3000) AS p, generate_series(0, 7) AS k`.execute(db);
  await sql`VACUUM ANALYZE`.execute(db);
  const { rows } = await sql<{ db: string }>`SELECT current_database() AS db`.execute(db);
  const u = new URL(cluster.url);
  u.pathname = `/${rows[0]!.db}`;
  url = u.toString();
}, 120_000);

afterAll(async () => {
  await closeAll();
  await cluster?.stop();
});

it('joins the page’s follow-up and last call by id, never on a subquery', async () => {
  const statements: CompiledQuery[] = [];
  const pool = new pg.Pool({ connectionString: url, max: 1, types: valgoTypes });
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    log: (event) => {
      if (event.level === 'query') statements.push(event.query);
    },
  });
  try {
    const list = await listRecall(db, { due: 'all', weekStartsOn: 1, limit: 200 }, new Date('2026-06-01T12:00:00Z'));
    expect(list.items).toHaveLength(200);
    expect(list.total).toBeGreaterThan(1000);
    const reads = statements.filter((s) => /^\s*(select|with)/i.test(s.sql));
    expect(reads.length).toBeGreaterThanOrEqual(3);
    const client = await pool.connect();
    try {
      for (const statement of reads) {
        const { rows } = await client.query<{ 'QUERY PLAN': string }>(
          `EXPLAIN ${statement.sql}`,
          statement.parameters as unknown[],
        );
        const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
        // A join on a subquery's result ("Hash Cond: ((SubPlan 4) = r.id)") cannot be an index
        // lookup: PostgreSQL scans and hashes the whole table instead, whatever its size.
        expect(plan, statement.sql).not.toMatch(/(Cond|Join Filter): \(+SubPlan/);
      }
    } finally {
      client.release();
    }
  } finally {
    await db.destroy();
  }
});

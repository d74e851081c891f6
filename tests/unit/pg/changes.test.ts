import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { migratePostgres } from '../../../electron/db/migrate';
import { openPostgres, type OpenPostgres } from '../../../electron/db/engine';
import { ChangeFeed } from '../../../electron/services/changes/feed';
import { PgDoorbell } from '../../../electron/services/changes/pg-doorbell';
import { createPatient } from '../../../electron/services/patients/patients';
import { startPgCluster, type PgCluster } from '../../support/pg-cluster';
import { child } from '../services/child-fixture';
import { changeSuite } from '../changes/change-suite';
import { closeAll, emptyPgDb } from './pg-db';

/*
 * The change log on PostgreSQL (one throwaway cluster for the file): the same suite as on SQLite
 * with another pool as the other desk, then what only the server has: the LISTEN doorbell, its
 * reconnection after pg_terminate_backend, and transactions committing out of id order.
 */

let cluster: PgCluster;
const extra: OpenPostgres[] = [];
const feeds: ChangeFeed[] = [];

beforeAll(async () => {
  cluster = await startPgCluster();
}, 60_000);

afterEach(async () => {
  await Promise.all(feeds.splice(0).map((f) => f.close()));
  await Promise.all(extra.splice(0).map((h) => h.close()));
  await closeAll();
});

afterAll(() => cluster?.stop());

let lastUrl = '';

async function open() {
  const handle = await emptyPgDb(cluster);
  await migratePostgres(handle.db);
  const { rows } = await sql<{ d: string }>`SELECT current_database() AS d`.execute(handle.db);
  const url = new URL(cluster.url);
  url.pathname = `/${rows[0]!.d}`;
  lastUrl = url.toString();
  const other = openPostgres({ connectionString: lastUrl, max: 2 });
  extra.push(other);
  return { db: handle.db, other: other.db };
}

function feedWith(db: OpenPostgres['db'], doorbell?: PgDoorbell, pollMs = 60_000) {
  // Long polls: only the doorbell can answer within a second.
  const feed = new ChangeFeed(db, { ...(doorbell ? { doorbell } : {}), pollMs, livePollMs: 60_000 });
  feeds.push(feed);
  return feed;
}

async function until(check: () => boolean, ms = 5_000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('change log (PostgreSQL)', () => {
  changeSuite(open);

  it('rings the doorbell: a write on another connection reaches a waiting desk within a second', async () => {
    const { db, other } = await open();
    const doorbell = new PgDoorbell({ connectionString: lastUrl });
    const feed = feedWith(db, doorbell);
    await doorbell.start();
    expect(doorbell.live).toBe(true);
    const { lastId } = await feed.wait(null);
    const waiting = feed.wait(lastId, 20_000);
    await new Promise((r) => setTimeout(r, 100));
    const written = Date.now();
    const leo = await createPatient(other, child('Leo', 'Horvat'));
    const answer = await waiting;
    expect(Date.now() - written).toBeLessThan(1000);
    expect(answer.changes).toContainEqual({
      id: expect.any(Number),
      table: 'patients',
      rowId: leo.id,
      patientId: leo.id,
    });
  });

  it('reconnects after pg_terminate_backend and delivers what was written meanwhile', async () => {
    const { db, other } = await open();
    const doorbell = new PgDoorbell({ connectionString: lastUrl }, { minDelayMs: 300 });
    const feed = feedWith(db, doorbell);
    await doorbell.start();
    const firstPid = doorbell.pid!;
    const { lastId } = await feed.wait(null);
    const waiting = feed.wait(lastId, 20_000);

    await sql`SELECT pg_terminate_backend(${firstPid})`.execute(other);
    await until(() => !doorbell.live);
    // Written while nobody listens: no notification reaches this desk.
    const ann = await createPatient(other, child('Ann', 'Meanwhile'));
    const answer = await waiting;
    expect(answer.changes.map((c) => c.rowId)).toContain(ann.id);
    await until(() => doorbell.live);
    expect(doorbell.pid).not.toBe(firstPid);

    // Listening again: the next write is rung at once.
    const next = feed.wait(answer.lastId, 20_000);
    await new Promise((r) => setTimeout(r, 100));
    const written = Date.now();
    const bob = await createPatient(other, child('Bob', 'After'));
    expect((await next).changes.map((c) => c.rowId)).toContain(bob.id);
    expect(Date.now() - written).toBeLessThan(1000);
  });

  it('writes the log for a login that has no rights on it (the trigger runs as the owner)', async () => {
    const { db } = await open();
    const role = `desk_${Date.now()}`;
    await sql.raw(`CREATE ROLE ${role} LOGIN`).execute(db);
    await sql.raw(`GRANT USAGE ON SCHEMA public TO ${role}`).execute(db);
    await sql.raw(`GRANT SELECT, INSERT ON closed_days TO ${role}`).execute(db);
    const url = new URL(lastUrl);
    url.username = role;
    const desk = new pg.Client({ connectionString: url.toString() });
    await desk.connect();
    try {
      const { rows } = await desk.query<{ id: number }>(
        `INSERT INTO closed_days (clinician_id, from_date, to_date, label) VALUES (NULL, '2030-03-01', '2030-03-01', 'C') RETURNING id`,
      );
      await expect(desk.query('SELECT * FROM change_log')).rejects.toThrow(/permission denied/);
      const logged = await db
        .selectFrom('change_log')
        .select(['table_name', 'row_id', 'op'])
        .where('table_name', '=', 'closed_days')
        .execute();
      expect(logged).toEqual([{ table_name: 'closed_days', row_id: rows[0]!.id, op: 'insert' }]);
    } finally {
      await desk.end();
    }
  });

  it('delivers every change exactly once when transactions commit out of id order', async () => {
    const { db } = await open();
    const feed = new ChangeFeed(db, { pollMs: 50, livePollMs: 50 });
    feeds.push(feed);
    const { lastId } = await feed.wait(null);
    const url = lastUrl;
    const early = new pg.Client({ connectionString: url });
    const late = new pg.Client({ connectionString: url });
    await early.connect();
    await late.connect();
    try {
      // `early` takes the lower id but commits last.
      await early.query('BEGIN');
      await early.query(
        `INSERT INTO closed_days (clinician_id, from_date, to_date, label) VALUES (NULL, '2030-01-01', '2030-01-01', 'A')`,
      );
      await late.query(
        `INSERT INTO closed_days (clinician_id, from_date, to_date, label) VALUES (NULL, '2030-02-01', '2030-02-01', 'B')`,
      );
      const before = await feed.wait(lastId, 300);
      expect(before.changes).toEqual([]);
      await early.query('COMMIT');
      const after = await feed.wait(before.lastId, 2_000);
      const ids = after.changes.map((c) => c.id);
      expect(ids).toHaveLength(2);
      expect(ids[0]).toBeLessThan(ids[1]!);
      expect((await feed.wait(after.lastId, 300)).changes).toEqual([]);
    } finally {
      await early.end();
      await late.end();
    }
  });
});

import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseInt8, parseTimestamp } from '../../../electron/db/engine';
import { startPgCluster, type PgCluster } from '../../support/pg-cluster';
import { closeAll, emptyPgDb } from './pg-db';

/* Values read through openPostgres come back in the shapes the services get from SQLite. */

let cluster: PgCluster;

beforeAll(async () => {
  cluster = await startPgCluster();
}, 60_000);

afterEach(closeAll);

afterAll(() => cluster?.stop());

describe('timestamp text', () => {
  it('reads PostgreSQL ISO output as Date#toISOString() text, to the millisecond', () => {
    expect(parseTimestamp('2026-12-07 09:30:00+00')).toBe('2026-12-07T09:30:00.000Z');
    expect(parseTimestamp('2026-12-07 09:30:00.123456+00')).toBe('2026-12-07T09:30:00.123Z');
    expect(parseTimestamp('2026-12-07 12:30:00.5+03')).toBe('2026-12-07T09:30:00.500Z');
    expect(parseTimestamp('2026-12-07 04:00:00-05:30')).toBe('2026-12-07T09:30:00.000Z');
    expect(parseTimestamp('2026-12-07 09:30:00')).toBe('2026-12-07T09:30:00.000Z');
    expect(parseTimestamp('infinity')).toBe('infinity');
  });

  it('refuses an int8 that a number cannot hold exactly', () => {
    expect(parseInt8('9007199254740991')).toBe(Number.MAX_SAFE_INTEGER);
    expect(parseInt8('-42')).toBe(-42);
    expect(() => parseInt8('9007199254740993')).toThrow(RangeError);
  });
});

describe('openPostgres', () => {
  it('returns int8, numeric, date and timestamps as SQLite-shaped numbers and ISO text', async () => {
    const { db, engine } = await emptyPgDb(cluster);
    expect(engine).toBe('postgres');
    const { rows } = await sql<Record<string, unknown>>`
      SELECT count(*) AS n, 1700000000000::bigint AS ms, avg(x) AS mean, sum(x) AS total,
        DATE '2026-12-07' AS day,
        TIMESTAMPTZ '2026-12-07 12:30:00.123+03' AS instant,
        TIMESTAMP '2026-12-07 09:30:00' AS wall
      FROM (VALUES (1), (2)) AS v (x)`.execute(db);
    expect(rows[0]).toEqual({
      n: 2,
      ms: 1_700_000_000_000,
      mean: 1.5,
      total: 3,
      day: '2026-12-07',
      instant: '2026-12-07T09:30:00.123Z',
      wall: '2026-12-07T09:30:00.000Z',
    });
  });

  // The server ending a connection that is checked out (a transaction between two statements)
  // makes pg emit 'error' on that client; unheard, that would be an uncaught exception that ends
  // main (vitest fails the run on one). The transaction fails instead and the pool carries on.
  it('survives the server ending a connection in the middle of a transaction', async () => {
    const { db } = await emptyPgDb(cluster);
    const failed = db.transaction().execute(async (trx) => {
      const { rows } = await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(trx);
      await sql`SELECT pg_terminate_backend(${rows[0]!.pid})`.execute(db);
      await new Promise((resolve) => setTimeout(resolve, 200));
      await sql`SELECT 1`.execute(trx);
    });
    await expect(failed).rejects.toThrow();
    const { rows } = await sql<{ one: number }>`SELECT 1 AS one`.execute(db);
    expect(rows).toEqual([{ one: 1 }]);
  });

  it('fails a query whose int8 would lose digits instead of rounding it', async () => {
    const { db } = await emptyPgDb(cluster);
    await expect(sql`SELECT 9007199254740993::bigint AS big`.execute(db)).rejects.toThrow(RangeError);
    // The pool is still usable afterwards.
    const { rows } = await sql<{ one: number }>`SELECT 1::bigint AS one`.execute(db);
    expect(rows).toEqual([{ one: 1 }]);
  });
});

import { CompiledQuery, Kysely, PostgresAdapter, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema';

/*
 * The two database engines: SQLite (one computer, electron/db/open.ts) and PostgreSQL (a practice
 * whose desks share one server). The tables are typed once (schema.ts); values come back in the
 * same JavaScript shapes on both, so the services map rows the same way:
 *
 * - Integers: ids and small counts are `integer` (int4, a number already); epoch-millisecond
 *   instants, sort ranks and aggregates (`count(*)`) are int8, parsed to a number here. An int8
 *   beyond Number.MAX_SAFE_INTEGER fails the query instead of losing digits.
 * - numeric (sum/avg of integers) -> number, as SQLite's REAL; REAL columns are double precision.
 * - Dates and timestamps are stored as the same ISO text the SQLite columns hold ('YYYY-MM-DD',
 *   Date#toISOString()), in `text` columns with CHECK constraints: byte-identical values (the
 *   audit hash chain covers them) and fixed-width text that sorts in time order. Should a query
 *   produce a `date` or `timestamptz` all the same, it comes back as that ISO text too.
 * - Booleans stay `integer` 0/1 with CHECK (x IN (0, 1)), as the services expect numbers.
 * - JSON stays `text` (CHECK json_valid(...)): jsonb would reorder keys and come back parsed.
 * - BLOB -> bytea, a Buffer on both engines.
 */
export type Engine = 'sqlite' | 'postgres';

/**
 * Which engine a Kysely instance talks to, read from its dialect adapter. Services call this
 * only where the SQL must differ (catalog queries, sequences, error codes).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any database shape
export function engineOf(db: Kysely<any>): Engine {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

export interface OpenPostgres {
  db: Kysely<Database>;
  engine: 'postgres';
  close(): Promise<void>;
}

export type PostgresOptions = { connectionString: string } | pg.PoolConfig;

const OID = { INT8: 20, NUMERIC: 1700, DATE: 1082, TIMESTAMP: 1114, TIMESTAMPTZ: 1184 } as const;

/** int8 text -> number; refuses (fails the query) rather than rounding a value past 2^53. */
export function parseInt8(text: string): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw new RangeError(`Integer ${text} is too large for this version of Valgo.`);
  return n;
}

/**
 * A timestamp as PostgreSQL writes it with DateStyle ISO and TimeZone UTC ('2026-12-07
 * 09:30:00.123456+00', or without zone for `timestamp`) -> Date#toISOString() form, to the
 * millisecond ('2026-12-07T09:30:00.123Z'). Infinity and BC dates are returned unchanged.
 */
export function parseTimestamp(text: string): string {
  const m = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})(?:\.(\d+))?(?:([+-]\d{2})(?::?(\d{2}))?(?::(\d{2}))?)?$/.exec(
    text,
  );
  if (!m) return text;
  const [, day, time, fraction = '', zoneHours, zoneMinutes = '00', zoneSeconds = '00'] = m;
  const ms = (fraction + '000').slice(0, 3);
  const base = Date.parse(`${day}T${time}.${ms}Z`);
  const sign = zoneHours?.startsWith('-') ? -1 : 1;
  const offsetSeconds = zoneHours
    ? sign * (Math.abs(Number(zoneHours)) * 3600 + Number(zoneMinutes) * 60 + Number(zoneSeconds))
    : 0;
  const offset = offsetSeconds * 1000;
  return new Date(base - offset).toISOString();
}

const PARSERS: Record<number, (text: string) => unknown> = {
  [OID.INT8]: parseInt8,
  [OID.NUMERIC]: Number,
  [OID.DATE]: (text) => text,
  [OID.TIMESTAMP]: parseTimestamp,
  [OID.TIMESTAMPTZ]: parseTimestamp,
};

/** Per-pool type parsers (not pg's global ones, which every other pool in the process shares). */
export const valgoTypes: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (format !== 'binary' && PARSERS[oid]) return PARSERS[oid];
    return format === 'binary' ? pg.types.getTypeParser(oid, 'binary') : pg.types.getTypeParser(oid, 'text');
  }) as pg.CustomTypesConfig['getTypeParser'],
};

/**
 * Connects Kysely to a PostgreSQL database through a `pg.Pool`. Nothing is created or migrated
 * here: `migratePostgres` (migrate.ts) brings the schema up to date. Every session runs in UTC
 * with ISO DateStyle, so timestamps read the same from every workstation.
 */
export function openPostgres(options: PostgresOptions): OpenPostgres {
  const pool = new pg.Pool({ ...options, types: valgoTypes });
  // An idle connection the server ended (restart, pg_terminate_backend, network) is dropped by the
  // pool, which then emits 'error': unheard, that would crash the process. The next query reconnects.
  pool.on('error', () => {});
  // The same for a connection in use (between two queries of a transaction) when the server ends
  // it: the pool's listener only covers idle ones. The caller's next query fails and is reported;
  // the pool drops the broken connection when it comes back.
  pool.on('connect', (client) => client.on('error', () => {}));
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({
      pool,
      onCreateConnection: async (connection) => {
        await connection.executeQuery(CompiledQuery.raw(`SET TIME ZONE 'UTC'`));
        await connection.executeQuery(CompiledQuery.raw(`SET datestyle = 'ISO, YMD'`));
      },
    }),
  });
  // Kysely's destroy ends the pool.
  return { db, engine: 'postgres', close: () => db.destroy() };
}

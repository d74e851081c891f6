import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { afterAll, afterEach, inject } from 'vitest';
import { openDatabase, type OpenDb } from '../../electron/db/open';
import { migrate } from '../../electron/db/migrate';
import { openPostgres, type Engine, type OpenPostgres } from '../../electron/db/engine';
import type { Database } from '../../electron/db/schema';

const opened: OpenDb[] = [];
const dirs: string[] = [];

/** A fresh temp folder, removed after the test. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'valgo-test-'));
  dirs.push(dir);
  return dir;
}

/** A migrated database in a real file (WAL and all), closed after the test. */
export async function freshDb(dir = tempDir()): Promise<OpenDb> {
  const handle = openDatabase(dir);
  opened.push(handle);
  await migrate(handle.db, handle.sqlite, { backupDir: path.join(dir, 'backups') });
  return handle;
}

/** A migrated database on the engine under test, closed (and dropped) after the test. */
export interface ServiceDb {
  db: Kysely<Database>;
  engine: Engine;
  close(): Promise<void>;
}

/** The engine the services suite runs on: `unit` = SQLite, `unit-pg` = PostgreSQL. */
export const testEngine: Engine = process.env.VALGO_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';

/**
 * A migrated database for service tests, on the engine under test. SQLite: as `freshDb()`.
 * PostgreSQL: a copy of the run's migrated template database (tests/support/pg-global-setup.ts).
 */
export async function serviceDb(): Promise<ServiceDb> {
  if (testEngine === 'sqlite') {
    const { db, close } = await freshDb();
    return { db, engine: 'sqlite', close };
  }
  return pgCopy();
}

const pgOpened: { handle: OpenPostgres; name: string }[] = [];
let adminPool: pg.Pool | null = null;
let counter = 0;

function admin(templateUrl: URL): pg.Pool {
  if (!adminPool) {
    const url = new URL(templateUrl);
    url.pathname = '/postgres';
    adminPool = new pg.Pool({ connectionString: url.toString(), max: 1 });
  }
  return adminPool;
}

async function pgCopy(): Promise<ServiceDb> {
  const templateUrl = new URL(inject('pgTemplateUrl'));
  const template = templateUrl.pathname.slice(1);
  const name = `valgo_${process.pid}_${++counter}`;
  await admin(templateUrl).query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  const url = new URL(templateUrl);
  url.pathname = `/${name}`;
  const handle = openPostgres({ connectionString: url.toString(), max: 4 });
  // A copy stands for a database migrated now (as migratePostgres stamps it), not at the template's time.
  await handle.db.updateTable('schema_migrations').set({ applied_at: new Date().toISOString() }).execute();
  const entry = { handle, name };
  pgOpened.push(entry);
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await handle.close();
  };
  entry.handle = { ...handle, close };
  return { db: handle.db, engine: 'postgres', close };
}

afterEach(async () => {
  for (const h of opened.splice(0)) {
    if (h.sqlite.open) await h.close();
  }
  for (const { handle, name } of pgOpened.splice(0)) {
    await handle.close();
    // Not WITH (FORCE): that would kill sessions the pool is still ending (an uncaught 57P01);
    // a plain DROP waits (up to 5 s) for them to go.
    await adminPool?.query(`DROP DATABASE IF EXISTS ${name}`);
  }
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

afterAll(async () => {
  await adminPool?.end();
  adminPool = null;
});

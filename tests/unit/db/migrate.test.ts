import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/db/open';
import { DatabaseTooNewError, latestSchemaVersion, migrate } from '../../../electron/db/migrate';
import { migrations, type Migration } from '../../../electron/db/migrations';
import { freshDb, tempDir } from '../test-db';

const extra = (version: number, up: Migration['up']): Migration => ({ version, name: `test-${version}`, up });

describe('migrate', () => {
  it('brings a new database to the latest version and records every step', async () => {
    const { db } = await freshDb();
    const applied = await db.selectFrom('schema_migrations').select(['version', 'name']).orderBy('version').execute();
    expect(applied.map((r) => r.version)).toEqual(migrations.map((m) => m.version));
    expect(applied.at(-1)?.version).toBe(latestSchemaVersion());
  });

  it('is a no-op on an up-to-date database and takes no backup', async () => {
    const dir = tempDir();
    const first = await freshDb(dir);
    const again = await migrate(first.db, first.sqlite, { backupDir: path.join(dir, 'backups') });
    expect(again).toEqual({ from: latestSchemaVersion(), to: latestSchemaVersion(), backupFile: null });
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
  });

  it('backs up an existing database before migrating it, with its data', async () => {
    const dir = tempDir();
    const handle = await freshDb(dir);
    await handle.db.insertInto('settings').values({ key: 'clinicName', value: '"Before"' }).execute();
    const next = [
      ...migrations,
      extra(migrations.length + 1, async (db) =>
        sql`CREATE TABLE t (x INTEGER) STRICT`.execute(db).then(() => undefined),
      ),
    ];
    const result = await migrate(handle.db, handle.sqlite, { backupDir: path.join(dir, 'backups'), migrations: next });
    expect(result.from).toBe(migrations.length);
    expect(result.to).toBe(migrations.length + 1);
    expect(result.backupFile).not.toBeNull();
    const copy = openDatabase(':memory:');
    copy.sqlite.exec(`ATTACH DATABASE '${result.backupFile!.replace(/'/g, "''")}' AS b`);
    const row = copy.sqlite.prepare(`SELECT value FROM b.settings WHERE key = 'clinicName'`).get() as { value: string };
    expect(row.value).toBe('"Before"');
    const versions = copy.sqlite.prepare('SELECT max(version) AS v FROM b.schema_migrations').get() as { v: number };
    expect(versions.v).toBe(migrations.length);
    await copy.close();
  });

  it('runs the pending steps in one transaction: a failing step leaves the database as it was', async () => {
    const dir = tempDir();
    const handle = await freshDb(dir);
    const next = [
      ...migrations,
      extra(migrations.length + 1, async (db) => void (await sql`CREATE TABLE ok_step (x INTEGER) STRICT`.execute(db))),
      extra(migrations.length + 2, async (db) => void (await sql`CREATE TABLE broken (`.execute(db))),
    ];
    await expect(migrate(handle.db, handle.sqlite, { migrations: next })).rejects.toThrow();
    const tables = handle.sqlite.prepare(`SELECT name FROM sqlite_master WHERE name = 'ok_step'`).all();
    expect(tables).toEqual([]);
    const max = handle.sqlite.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number };
    expect(max.v).toBe(migrations.length);
  });

  it('refuses a database written by a newer version and changes nothing', async () => {
    const dir = tempDir();
    const handle = await freshDb(dir);
    const newer = [...migrations, extra(migrations.length + 1, async () => undefined)];
    await migrate(handle.db, handle.sqlite, { migrations: newer });
    await expect(migrate(handle.db, handle.sqlite)).rejects.toBeInstanceOf(DatabaseTooNewError);
    const max = handle.sqlite.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number };
    expect(max.v).toBe(migrations.length + 1);
  });

  it('refuses a migration list that is out of order', async () => {
    const handle = openDatabase(':memory:');
    const shuffled = [extra(2, async () => undefined), extra(1, async () => undefined)];
    await expect(migrate(handle.db, handle.sqlite, { migrations: shuffled })).rejects.toThrow(/out of order/);
    await handle.close();
  });

  it('migration 1 alone creates the patient tables and search index', async () => {
    const handle = openDatabase(':memory:');
    await migrate(handle.db, handle.sqlite, { migrations: migrations.slice(0, 1) });
    const names = (
      handle.sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]
    ).map((r) => r.name);
    expect(names).toEqual(
      expect.arrayContaining(['patients', 'guardians', 'settings', 'patient_search', 'schema_migrations']),
    );
    await handle.close();
  });
});

describe('migration 2 (clinical record) on data written by version 1', () => {
  it('keeps children and guardians, fills the new columns, and derives phone digits', async () => {
    const dir = tempDir();
    const handle = openDatabase(dir);
    await migrate(handle.db, handle.sqlite, { migrations: migrations.slice(0, 1) });
    handle.sqlite.exec(`
      INSERT INTO patients (id, first_name, last_name, date_of_birth, sex, sort_key, sort_rank, created_at, updated_at)
      VALUES (1, 'Mia', 'Novak', '2021-01-01', 'female', 'k', 1, 't', 't');
      INSERT INTO guardians (patient_id, position, name, phone) VALUES (1, 0, 'Anna', '+7 (912) 345-67.89');`);
    const result = await migrate(handle.db, handle.sqlite, { backupDir: path.join(dir, 'backups') });
    expect(result).toMatchObject({ from: 1, to: latestSchemaVersion() });
    expect(result.backupFile).not.toBeNull();
    expect(handle.sqlite.prepare('SELECT notes, archived_at FROM patients').get()).toEqual({
      notes: '',
      archived_at: null,
    });
    expect(
      handle.sqlite
        .prepare('SELECT relationship, email, preferred_language, contact_consent, phone_digits FROM guardians')
        .get(),
    ).toEqual({
      relationship: 'other',
      email: '',
      preferred_language: 'en',
      contact_consent: 0,
      phone_digits: '79123456789',
    });
    await handle.close();
  });
});

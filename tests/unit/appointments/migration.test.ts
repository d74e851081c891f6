// SQLite only (unit-pg excludes it): migrates a SQLite file step by step through its raw handle.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/db/open';
import { latestSchemaVersion, migrate } from '../../../electron/db/migrate';
import { migrations } from '../../../electron/db/migrations';
import { tempDir } from '../test-db';

describe('migration 3 (appointments) on data written by version 2', () => {
  it('keeps children and clinicians, adds the diary tables and the three shipped types', async () => {
    const dir = tempDir();
    const handle = openDatabase(dir);
    try {
      await migrate(handle.db, handle.sqlite, { migrations: migrations.slice(0, 2) });
      handle.sqlite.exec(`
        INSERT INTO patients (id, first_name, last_name, date_of_birth, sex, sort_key, sort_rank, created_at, updated_at)
        VALUES (1, 'Mia', 'Novak', '2021-01-01', 'female', 'k', 1, 't', 't');
        INSERT INTO clinicians (id, name, title, created_at) VALUES (1, 'Dr. A', 'Podiatrist', 't');`);
      const result = await migrate(handle.db, handle.sqlite, { backupDir: path.join(dir, 'backups') });
      expect(result).toMatchObject({ from: 2, to: latestSchemaVersion() });
      expect(result.backupFile).not.toBeNull();
      const tables = (
        handle.sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]
      ).map((r) => r.name);
      expect(tables).toEqual(
        expect.arrayContaining([
          'working_hours',
          'closed_days',
          'appointment_types',
          'appointments',
          'recalls',
          'recall_contacts',
        ]),
      );
      expect(handle.sqlite.prepare('SELECT count(*) AS n FROM appointment_types').get()).toEqual({ n: 3 });
      expect(handle.sqlite.prepare('SELECT first_name FROM patients').get()).toEqual({ first_name: 'Mia' });
    } finally {
      await handle.close();
    }
  });

  it('lets the table checks refuse what the services never write', async () => {
    const handle = openDatabase(':memory:');
    try {
      await migrate(handle.db, handle.sqlite);
      handle.sqlite.exec(`
        INSERT INTO patients (id, first_name, last_name, date_of_birth, sex, sort_key, sort_rank, created_at, updated_at)
        VALUES (1, 'Mia', 'Novak', '2021-01-01', 'female', 'k', 1, 't', 't');
        INSERT INTO clinicians (id, name, title, created_at) VALUES (1, 'Dr. A', 'Podiatrist', 't');`);
      const insert = (startsAt: number, endsAt: number, status = 'booked') =>
        handle.sqlite
          .prepare(
            `INSERT INTO appointments (clinician_id, patient_id, type_id, starts_at, ends_at, status, created_at, updated_at)
             VALUES (1, 1, 1, ?, ?, ?, 't', 't')`,
          )
          .run(startsAt, endsAt, status);
      expect(() => insert(1000, 1000)).toThrow(/CHECK/);
      expect(() => insert(0, 481 * 60_000)).toThrow(/CHECK/);
      expect(() => insert(0, 60_000, 'maybe')).toThrow(/CHECK/);
      expect(() => insert(0, 480 * 60_000)).not.toThrow();
      expect(() =>
        handle.sqlite
          .prepare(`INSERT INTO working_hours (clinician_id, weekday, start_minute, end_minute) VALUES (1, 8, 0, 60)`)
          .run(),
      ).toThrow(/CHECK/);
      expect(() =>
        handle.sqlite.prepare(`INSERT INTO closed_days (from_date, to_date) VALUES ('2025-06-02', '2025-06-01')`).run(),
      ).toThrow(/CHECK/);
    } finally {
      await handle.close();
    }
  });
});

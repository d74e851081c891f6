import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/db/open';
import { latestSchemaVersion, migrate } from '../../../electron/db/migrate';
import { migrations } from '../../../electron/db/migrations';
import { tempDir } from '../test-db';

describe('migration 5 (care plans) on data written by version 4', () => {
  it('keeps booklets and due items, and re-reads booked_until per item from the visit linked to it', async () => {
    const dir = tempDir();
    const handle = openDatabase(dir);
    try {
      await migrate(handle.db, handle.sqlite, { migrations: migrations.slice(0, 4) });
      handle.sqlite.exec(`
        INSERT INTO patients (id, first_name, last_name, date_of_birth, sex, sort_key, sort_rank, created_at, updated_at)
        VALUES (1, 'Mia', 'Novak', '2021-01-01', 'female', 'k', 1, 't', 't');
        INSERT INTO clinicians (id, name, title, created_at) VALUES (1, 'Dr. A', 'Podiatrist', 't');
        INSERT INTO recalls (id, patient_id, clinician_id, due_on, reason, source, booked_until, created_at)
        VALUES (1, 1, 1, '2030-01-10', 'after_course', 'plan', 1893484800000, 't'),
               (2, 1, 1, '2030-04-10', 'every_months', 'plan', 1893484800000, 't');
        INSERT INTO appointments (clinician_id, patient_id, type_id, starts_at, ends_at, status, recall_id, created_at, updated_at)
        VALUES (1, 1, 2, 1893484800000, 1893486000000, 'booked', 1, 't', 't');
        INSERT INTO booklets (patient_id, created_at, action, kind, language, paper, pages, size_bytes, sha256,
          plan_engine_version, content_version, request)
        VALUES (1, 't', 'download', 'full', 'en', 'A4', 20, 1000, '${'a'.repeat(64)}', 1, 'c', '{}');`);
      const result = await migrate(handle.db, handle.sqlite, { backupDir: path.join(dir, 'backups') });
      expect(result).toMatchObject({ from: 4, to: latestSchemaVersion() });
      expect(
        handle.sqlite.prepare('SELECT id, booked_until, care_plan_id, course FROM recalls ORDER BY id').all(),
      ).toEqual([
        { id: 1, booked_until: 1893484800000, care_plan_id: null, course: null },
        { id: 2, booked_until: null, care_plan_id: null, course: null },
      ]);
      expect(handle.sqlite.prepare('SELECT care_plan_id, reissue_of FROM booklets').get()).toEqual({
        care_plan_id: null,
        reissue_of: null,
      });
    } finally {
      await handle.close();
    }
  });

  it('allows one current plan per child', async () => {
    const handle = openDatabase(':memory:');
    try {
      await migrate(handle.db, handle.sqlite);
      handle.sqlite.exec(`
        INSERT INTO patients (id, first_name, last_name, date_of_birth, sex, sort_key, sort_rank, created_at, updated_at)
        VALUES (1, 'Mia', 'Novak', '2021-01-01', 'female', 'k', 1, 't', 't');`);
      const insert = (current: number, superseded: string | null) =>
        handle.sqlite
          .prepare(
            `INSERT INTO care_plans (patient_id, mode, current, kind, start_date, engine_version, choices, plan,
               created_at, superseded_at) VALUES (1, 'new', ?, 'full', '2030-01-01', 2, '{}', '{}', 't', ?)`,
          )
          .run(current, superseded);
      insert(1, null);
      expect(() => insert(1, null)).toThrow(/UNIQUE/);
      expect(() => insert(0, null)).toThrow(/CHECK/);
      expect(() => insert(0, 't')).not.toThrow();
    } finally {
      await handle.close();
    }
  });
});

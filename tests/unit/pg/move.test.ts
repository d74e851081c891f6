import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { migratePostgres } from '../../../electron/db/migrate';
import { migrations } from '../../../electron/db/migrations';
import { searchPatientRanks } from '../../../electron/services/patients/search';
import { MoveRefusedError, moveToServer, verifyMove, type MoveProgress } from '../../../electron/services/server/move';
import { startPgCluster, type PgCluster } from '../../support/pg-cluster';
import { practiceFile } from './move-fixture';
import { closeAll, emptyPgDb } from './pg-db';

/*
 * Moving a practice from its SQLite file to the server (issue 13 §6), on a throwaway cluster. The
 * move joined with the set-up, the staff's logins and the command: move-practice.test.ts.
 */

let cluster: PgCluster;
let practice: Awaited<ReturnType<typeof practiceFile>>;

const fileHash = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

beforeAll(async () => {
  // One after the other: a failing fixture must not leave a started cluster unreferenced.
  cluster = await startPgCluster();
  practice = await practiceFile();
}, 120_000);

afterEach(closeAll);

afterAll(() => {
  cluster?.stop();
  if (practice) fs.rmSync(practice.dir, { recursive: true, force: true });
});

async function migratedTarget() {
  const handle = await emptyPgDb(cluster);
  await migratePostgres(handle.db);
  return handle;
}

describe('moving a practice to the server', () => {
  it('copies every table and archived PDF, verifies them, and leaves the SQLite file untouched', async () => {
    const before = fileHash(practice.file);
    const folderBefore = fs.readdirSync(practice.dir);
    const { db } = await migratedTarget();
    const progress: MoveProgress[] = [];
    const report = await moveToServer({ sqliteFile: practice.file, target: db, onProgress: (p) => progress.push(p) });

    expect(fileHash(practice.file)).toBe(before);
    expect(fs.readdirSync(practice.dir)).toEqual(folderBefore);
    expect(report.ok).toBe(true);
    expect(report.tables.every((t) => t.ok && t.source === t.target)).toBe(true);
    const count = (name: string) => report.tables.find((t) => t.name === name)?.target;
    // Every kind of record arrived, not only the tables that happen to match when empty.
    for (const table of [
      'patients',
      'guardians',
      'assessments',
      'assessment_revisions',
      'appointments',
      'care_plans',
      'recalls',
      'recall_contacts',
      'booklets',
      'booklet_files',
      'course_returns',
      'clinicians',
      'working_hours',
      'closed_days',
      'staff',
      'audit_log',
      'settings',
      'patient_search',
    ]) {
      expect(count(table), table).toBeGreaterThan(0);
    }
    expect(count('patients')).toBe(practice.patients);
    expect(report.pdfs).toEqual({ count: 3, ok: true });
    expect(report.audit.source).toMatchObject({ ok: true, entries: 5 });
    expect(report.audit.target).toMatchObject({ ok: true, entries: 5 });
    expect(progress.filter((p) => p.phase === 'copy').map((p) => p.table)).toContain('booklet_files');

    // Parents were filled before children, and the data reads back as stored.
    const { rows: people } = await sql<{ last_name: string; name: string }>`
      SELECT p.last_name, g.name FROM patients p JOIN guardians g ON g.patient_id = p.id
      ORDER BY g.id`.execute(db);
    expect(people.map((r) => r.name)).toContain('Ольга Ёжикова');
    const { rows: modified } = await sql<{
      idle_lock_minutes: number;
    }>`SELECT idle_lock_minutes FROM staff_options`.execute(db);
    expect(modified).toEqual([{ idle_lock_minutes: 15 }]);
    // The copy itself wrote nothing through the tables' triggers (the server's own audit of writes).
    const { rows: audited } = await sql<{ n: number }>`SELECT count(*) AS n FROM server_audit`.execute(db);
    expect(audited[0]!.n).toBe(0);
    // The search index is rebuilt in the server's own form: the search finds children by any word, accents folded.
    expect(await searchPatientRanks(db, 'angstrom', 50, 'GB')).toHaveLength(1);
    expect(await searchPatientRanks(db, 'ежиков', 50, 'GB')).toHaveLength(1);
    expect(await searchPatientRanks(db, '912 111', 50, 'GB')).toHaveLength(1);
    // New rows continue after the copied ids (the recalls sequence past every id the file used).
    const { rows: maxIds } = await sql<{ m: number }>`SELECT max(id) AS m FROM clinicians`.execute(db);
    const { rows: fresh } = await sql<{ id: number }>`
      INSERT INTO clinicians (name, title, created_at) VALUES ('Dr. New', 'Podiatrist', '2027-03-01T00:00:00.000Z')
      RETURNING id`.execute(db);
    expect(fresh[0]!.id).toBe(maxIds[0]!.m + 1);
  }, 60_000);

  it('refuses a second run into the same database, naming the tables that hold data', async () => {
    const { db } = await migratedTarget();
    await moveToServer({ sqliteFile: practice.file, target: db });
    const again = moveToServer({ sqliteFile: practice.file, target: db });
    await expect(again).rejects.toBeInstanceOf(MoveRefusedError);
    await expect(moveToServer({ sqliteFile: practice.file, target: db })).rejects.toThrow(
      /already holds data \(table .*patients/,
    );
    // Nothing was added by the refused runs.
    const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM patients`.execute(db);
    expect(rows[0]!.n).toBe(practice.patients);
  }, 60_000);

  it('finds a damaged row and a damaged PDF on the server', async () => {
    const { db } = await migratedTarget();
    expect((await moveToServer({ sqliteFile: practice.file, target: db })).ok).toBe(true);
    await sql`UPDATE guardians SET phone = '+7 900 000-00-00' WHERE id = (SELECT min(id) FROM guardians)`.execute(db);
    await sql`UPDATE booklet_files SET bytes = overlay(bytes placing '\\x00'::bytea from 200)
      WHERE sha256 = (SELECT min(sha256) FROM booklet_files)`.execute(db);
    const report = await verifyMove({ sqliteFile: practice.file, target: db });
    expect(report.ok).toBe(false);
    // The change log records the two edits as well (rows added on the server): a difference too.
    const damaged = report.tables.filter((t) => !t.ok && !(t.target > t.source)).map((t) => t.name);
    expect(damaged.sort()).toEqual(['booklet_files', 'guardians']);
    expect(report.tables.find((t) => t.name === 'guardians')).toMatchObject({ source: 4, target: 4 });
    expect(report.pdfs).toEqual({ count: 3, ok: false });
  }, 60_000);

  it('refuses a server at another schema version, saying which side to bring up to date', async () => {
    const handle = await emptyPgDb(cluster);
    await migratePostgres(handle.db, { migrations: migrations.slice(0, 8) });
    await expect(moveToServer({ sqliteFile: practice.file, target: handle.db })).rejects.toThrow(
      new RegExp(`server at 8: bring the server up to schema ${migrations.length}`),
    );
    const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM patients`.execute(handle.db);
    expect(rows[0]!.n).toBe(0);
  }, 60_000);

  it('refuses a file the server’s rules reject (two overlapping visits), naming them, and copies nothing', async () => {
    const copy = path.join(practice.dir, 'overlap.sqlite3');
    fs.copyFileSync(practice.file, copy);
    const raw = new BetterSqlite3(copy);
    try {
      // SQLite checked double booking only in the app: an old file can hold two overlapping visits.
      raw.exec(`INSERT INTO appointments (clinician_id, patient_id, type_id, starts_at, ends_at, status, note,
          cancel_reason, created_at, updated_at)
        SELECT clinician_id, patient_id, type_id, starts_at + 600000, ends_at + 600000, 'booked', '', '', created_at,
          updated_at FROM appointments WHERE status = 'booked' ORDER BY id LIMIT 1`);
    } finally {
      raw.close();
    }
    const { db } = await migratedTarget();
    const attempt = moveToServer({ sqliteFile: copy, target: db });
    await expect(attempt).rejects.toBeInstanceOf(MoveRefusedError);
    await expect(moveToServer({ sqliteFile: copy, target: db })).rejects.toThrow(
      /appointments_no_double_booking.*Two visits of one clinician overlap.*Nothing was copied/,
    );
    const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM patients`.execute(db);
    expect(rows[0]!.n).toBe(0);
    fs.rmSync(copy, { force: true });
  }, 60_000);

  it('pauses the tables’ own triggers during the copy and restores them', async () => {
    const { db } = await migratedTarget();
    await sql`CREATE FUNCTION refuse_row() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'trigger ran'; END $$`.execute(db);
    await sql`CREATE TRIGGER refuse_patients BEFORE INSERT ON patients FOR EACH ROW EXECUTE FUNCTION refuse_row()`.execute(
      db,
    );
    expect((await moveToServer({ sqliteFile: practice.file, target: db })).ok).toBe(true);
    await expect(
      sql`INSERT INTO patients (first_name, last_name, date_of_birth, sex, sort_key, sort_rank, created_at, updated_at)
        VALUES ('A', 'B', '2020-01-01', 'male', 'b a', 999999, 'x', 'x')`.execute(db),
    ).rejects.toThrow(/trigger ran/);
  }, 60_000);

  it('refuses a login that does not own the tables, before copying anything', async () => {
    const { db } = await migratedTarget();
    const { rows } = await sql<{ d: string }>`SELECT current_database() AS d`.execute(db);
    const admin = new pg.Client({ connectionString: cluster.url.replace(/\/postgres$/, `/${rows[0]!.d}`) });
    await admin.connect();
    try {
      await admin.query(`CREATE ROLE move_desk LOGIN`);
      await admin.query(`GRANT ALL ON ALL TABLES IN SCHEMA public TO move_desk`);
      await admin.query(`GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO move_desk`);
    } finally {
      await admin.end();
    }
    const desk = await import('../../../electron/db/engine').then((m) =>
      m.openPostgres({
        connectionString: cluster.url.replace(/\/\/[^@]+@/, '//move_desk@').replace(/\/postgres$/, `/${rows[0]!.d}`),
        max: 1,
      }),
    );
    try {
      await expect(moveToServer({ sqliteFile: practice.file, target: desk.db })).rejects.toThrow(/owner role/);
    } finally {
      await desk.close();
    }
    const { rows: left } = await sql<{ n: number }>`SELECT count(*) AS n FROM patients`.execute(db);
    expect(left[0]!.n).toBe(0);
  }, 60_000);
});

import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../../../electron/services/audit/chain';
import { planSchedule } from '../../../electron/services/booklets/care-plans';
import { pruneChanges } from '../../../electron/services/changes/read';
import {
  createPatient,
  getPatient,
  getPatientRecord,
  searchPatients,
  updatePatient,
} from '../../../electron/services/patients/patients';
import { TABLE_GRANTS } from '../../../electron/services/server/grants';
import { signInToServer } from '../../../electron/services/server/login';
import { scramVerifier } from '../../../electron/services/server/roles';
import { addServerStaff, updateServerStaff } from '../../../electron/services/server/staff-admin';
import type { PgCluster } from '../../support/pg-cluster';
import { child } from '../services/child-fixture';
import { ADMIN, addressOf, outcome, setUpPractice, sqlClient, startServerCluster } from './server-fixture';

/*
 * The role matrix enforced by PostgreSQL itself (issue 13 §2): plain SQL clients logged in as a
 * receptionist, a clinician and an administrator of one practice database, and the app's own
 * services working through a receptionist's login. One cluster (passwords required) for the file.
 */

const DB = 'practice';
const CLINICIAN = { login: 'boris', name: 'Boris Clinician', password: 'clinic-pass-1', role: 'clinician' as const };
const RECEPTIONIST = { login: 'vera', name: 'Vera Desk', password: 'desk-pass-1', role: 'receptionist' as const };

/** The tables the front desk may not touch at all. */
const CLINICAL_TABLES = Object.entries(TABLE_GRANTS)
  .filter(([, matrix]) => matrix.receptionist === null)
  .map(([table]) => table);

let cluster: PgCluster;
let desk: pg.Client;
let clinic: pg.Client;
let admin: pg.Client;
const sessions: { close(): Promise<void> }[] = [];

const signIn = async (login: string, password: string) => {
  const session = await signInToServer(addressOf(cluster, DB), login, password);
  sessions.push(session);
  return session;
};

beforeAll(async () => {
  cluster = await startServerCluster();
  await setUpPractice(cluster, DB);
  const anna = await signIn(ADMIN.login, ADMIN.password);
  await addServerStaff(anna.db, CLINICIAN);
  await addServerStaff(anna.db, RECEPTIONIST);
  desk = await sqlClient(cluster, DB, RECEPTIONIST.login, RECEPTIONIST.password);
  clinic = await sqlClient(cluster, DB, CLINICIAN.login, CLINICIAN.password);
  admin = await sqlClient(cluster, DB, ADMIN.login, ADMIN.password);
}, 60_000);

afterAll(async () => {
  await Promise.all(sessions.map((s) => s.close()));
  await Promise.all([desk, clinic, admin].map((c) => c?.end()));
  cluster?.stop();
});

describe('a receptionist with a plain SQL client', () => {
  it('is refused every clinical table', async () => {
    expect(CLINICAL_TABLES).toEqual(
      expect.arrayContaining(['care_plans', 'course_returns', 'assessment_revisions', 'server_audit']),
    );
    for (const table of CLINICAL_TABLES) {
      expect([table, await outcome(desk, `SELECT * FROM ${table}`)]).toEqual([table, '42501']);
    }
  });

  it('is refused the clinical columns of the half-clinical tables, and the secrets and audit trails', async () => {
    const refused = [
      'SELECT notes FROM patients',
      'SELECT * FROM patients',
      "UPDATE patients SET notes = 'x'",
      "INSERT INTO patients (first_name, last_name, date_of_birth, sex, sort_key, sort_rank, created_at, updated_at, notes) VALUES ('a', 'b', '2020-01-01', 'female', '', -1, 'x', 'x', 'n')",
      'DELETE FROM patients',
      'SELECT left_degree, notes FROM assessments',
      'SELECT * FROM assessments',
      'SELECT request FROM booklets',
      'SELECT password_hash FROM staff',
      'SELECT recovery_hash FROM staff',
      'SELECT * FROM audit_log',
      'SELECT user_id, channel, patient_id FROM audit_log',
      'SELECT * FROM server_audit',
      'UPDATE staff_options SET idle_lock_minutes = 9',
      "UPDATE settings SET value = 'x'",
      'CREATE TABLE mine (id integer)',
      `SELECT valgo_add_staff('mallory', 'M', '${scramVerifier('whatever-1')}', 'admin')`,
    ];
    for (const text of refused) expect([text, await outcome(desk, text)]).toEqual([text, '42501']);
  });

  it('reads and writes the front desk data', async () => {
    const allowed = [
      'SELECT id, first_name, last_name, date_of_birth, archived_at FROM patients',
      "INSERT INTO patients (first_name, last_name, date_of_birth, sex, sort_key, sort_rank, created_at, updated_at) VALUES ('a', 'b', '2020-01-01', 'female', '', -1, 'x', 'x')",
      'SELECT * FROM guardians',
      'SELECT * FROM appointments',
      'SELECT * FROM recalls',
      'SELECT * FROM clinicians',
      'SELECT id, patient_id, kind, sha256 FROM booklets',
      'SELECT patient_id, assessed_on FROM assessments',
      'SELECT id, name, role, active FROM staff',
      'SELECT * FROM settings',
      'SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1',
    ];
    for (const text of allowed) expect([text, await outcome(desk, text)]).toEqual([text, 'ok']);
  });
});

describe('a clinician with a plain SQL client', () => {
  it('reads the clinical records but not the staff secrets, the audit trails or staff administration', async () => {
    for (const text of [
      'SELECT * FROM patients',
      'SELECT * FROM assessments',
      'SELECT * FROM care_plans',
      'SELECT * FROM course_returns',
      'SELECT * FROM booklets',
    ]) {
      expect([text, await outcome(clinic, text)]).toEqual([text, 'ok']);
    }
    for (const text of [
      'SELECT * FROM staff',
      'SELECT * FROM audit_log',
      'SELECT * FROM server_audit',
      'UPDATE staff_options SET idle_lock_minutes = 9',
      `SELECT valgo_add_staff('mallory', 'M', '${scramVerifier('whatever-1')}', 'admin')`,
    ]) {
      expect([text, await outcome(clinic, text)]).toEqual([text, '42501']);
    }
  });

  it('cannot add staff through the app either', async () => {
    const boris = await signIn(CLINICIAN.login, CLINICIAN.password);
    await expect(addServerStaff(boris.db, { ...RECEPTIONIST, login: 'eve' })).rejects.toMatchObject({ code: 'DENIED' });
    expect((await admin.query("SELECT 1 FROM pg_roles WHERE rolname = 'eve'")).rowCount).toBe(0);
  });
});

describe('an administrator', () => {
  it('adds a member of staff, who then signs in with their own login and role', async () => {
    const anna = await signIn(ADMIN.login, ADMIN.password);
    const id = await addServerStaff(anna.db, {
      login: 'galina',
      name: 'Galina Desk',
      password: 'galina-pass',
      role: 'receptionist',
    });
    const galina = await signIn('galina', 'galina-pass');
    expect(galina.user).toEqual({ id, name: 'Galina Desk', role: 'receptionist' });
    const stored = await admin.query('SELECT username, role, password_hash FROM staff WHERE id = $1', [id]);
    expect(stored.rows[0]).toEqual({ username: 'galina', role: 'receptionist', password_hash: 'server-login' });
    await expect(
      addServerStaff(anna.db, { login: 'galina', name: 'Again', password: 'galina-pass', role: 'admin' }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'username', message: 'usernameTaken' }],
    });
  });

  it('moves a login to another group with its role, locks it out when deactivated, and keeps an active admin', async () => {
    const anna = await signIn(ADMIN.login, ADMIN.password);
    const id = await addServerStaff(anna.db, {
      login: 'pavel',
      name: 'Pavel',
      password: 'pavel-pass-1',
      role: 'receptionist',
    });
    await updateServerStaff(anna.db, { id, role: 'clinician', name: 'Pavel K' });
    const pavel = await signIn('pavel', 'pavel-pass-1');
    expect(pavel.user).toEqual({ id, name: 'Pavel K', role: 'clinician' });
    const asPavel = await sqlClient(cluster, DB, 'pavel', 'pavel-pass-1');
    expect(await outcome(asPavel, 'SELECT * FROM care_plans')).toBe('ok');
    await asPavel.end();
    await updateServerStaff(anna.db, { id, active: false });
    await expect(signIn('pavel', 'pavel-pass-1')).rejects.toMatchObject({
      issues: [{ path: 'password', message: 'wrongCredentials' }],
    });
    await expect(updateServerStaff(anna.db, { id: anna.user.id, role: 'clinician' })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    const boris = await signIn(CLINICIAN.login, CLINICIAN.password);
    await expect(updateServerStaff(boris.db, { id, active: true })).rejects.toMatchObject({ code: 'DENIED' });
    await expect(updateServerStaff(anna.db, { id: 9999, name: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('reads the server audit, where every write is stamped with the writer’s own login and cannot be removed', async () => {
    const vera = await signIn(RECEPTIONIST.login, RECEPTIONIST.password);
    const created = await createPatient(vera.db, child('Masha', 'Audit'));
    const { rows } = await admin.query(
      "SELECT db_user, operation FROM server_audit WHERE table_name = 'patients' AND row_id = $1 ORDER BY id",
      [created.id],
    );
    expect(rows[0]).toEqual({ db_user: 'vera', operation: 'INSERT' });
    expect(await outcome(admin, 'DELETE FROM server_audit')).toBe('42501');
    expect(await outcome(admin, 'SELECT * FROM server_audit')).toBe('ok');
  });
});

describe('the services through a receptionist’s login', () => {
  it('create, read and edit a child without touching the notes; a clinician sees them', async () => {
    const boris = await signIn(CLINICIAN.login, CLINICIAN.password);
    const vera = await signIn(RECEPTIONIST.login, RECEPTIONIST.password);
    const made = await createPatient(boris.db, child('Olga', 'Notes', { notes: 'flat feet, left worse' }));
    const seen = await getPatient(vera.db, made.id);
    expect(seen.notes).toBe('');
    expect(seen.firstName).toBe('Olga');
    expect((await searchPatients(vera.db, 'olga not', 10)).items.map((i) => i.id)).toEqual([made.id]);
    const record = await getPatientRecord(vera.db, made.id);
    expect(record.assessments).toEqual([]);
    await updatePatient(vera.db, made.id, child('Olga', 'Renamed', { notes: '' }));
    const after = await getPatient(boris.db, made.id);
    expect(after.lastName).toBe('Renamed');
    expect(after.notes).toBe('flat feet, left worse');
    const fromDesk = await createPatient(vera.db, child('Ira', 'Desk', { notes: 'typed at the desk' }));
    expect((await getPatient(boris.db, fromDesk.id)).notes).toBe('');
  });

  it('give the front desk the plan’s dates to book from, the same as a clinician sees, and nothing else of the plan', async () => {
    const boris = await signIn(CLINICIAN.login, CLINICIAN.password);
    const vera = await signIn(RECEPTIONIST.login, RECEPTIONIST.password);
    const kid = await createPatient(boris.db, child('Plan', 'Child'));
    const plan = {
      finding: 'clinical text',
      calendar: {
        courses: [
          { number: 1, startDate: '2027-01-04', endDate: '2027-01-24', exercises: ['heel raises'] },
          { number: 2, startDate: '2027-04-05', endDate: '2027-04-25', exercises: ['towel curls'] },
        ],
      },
    };
    await clinic.query(
      `INSERT INTO care_plans (patient_id, mode, current, kind, start_date, end_date, engine_version, choices, plan, created_at)
       VALUES ($1, 'new', 1, 'full', '2027-01-04', '2027-06-30', 1, '{}', $2, '2027-01-03T10:00:00.000Z')`,
      [kid.id, JSON.stringify(plan)],
    );
    const atDesk = await planSchedule(vera.db, kid.id);
    expect(atDesk).toEqual(await planSchedule(boris.db, kid.id));
    expect(atDesk).toMatchObject({
      startDate: '2027-01-04',
      endDate: '2027-06-30',
      courses: [
        { number: 1, startDate: '2027-01-04', endDate: '2027-01-24' },
        { number: 2, startDate: '2027-04-05', endDate: '2027-04-25' },
      ],
    });
    const { rows } = await desk.query('SELECT * FROM valgo_plan_schedule($1)', [kid.id]);
    expect(JSON.stringify(rows)).not.toMatch(/clinical text|heel raises/);
    expect(await planSchedule(vera.db, kid.id + 1000)).toBeNull();
  });

  it('append to the app’s audit chain in the receptionist’s name, which cannot then change or read it', async () => {
    const vera = await signIn(RECEPTIONIST.login, RECEPTIONIST.password);
    const fields = {
      at: '2027-01-05T09:00:00.000Z',
      userId: vera.user.id,
      userName: vera.user.name,
      userRole: vera.user.role,
      channel: 'patients:get',
      action: 'read' as const,
      patientId: 1,
      recordKind: null,
      recordId: null,
      outcome: 'ok' as const,
    };
    const first = await appendAudit(vera.db, fields);
    expect(await appendAudit(vera.db, fields)).toBe(first + 1);
    expect(await outcome(desk, "UPDATE audit_log SET outcome = 'denied'")).not.toBe('ok');
    expect(await outcome(desk, 'DELETE FROM audit_log')).toBe('42501');
    const { rows } = await admin.query('SELECT user_name, channel FROM audit_log WHERE id = $1', [first]);
    expect(rows).toEqual([{ user_name: 'Vera Desk', channel: 'patients:get' }]);
  });

  it('prune the change log through the server’s function only, and never its last week', async () => {
    const vera = await signIn(RECEPTIONIST.login, RECEPTIONIST.password);
    const stamp = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString();
    // Entries of known ages, written as the server's superuser (no login of the practice may).
    const url = new URL(cluster.url);
    url.pathname = `/${DB}`;
    const owner = new pg.Client({ connectionString: url.toString() });
    await owner.connect();
    await owner.query('DELETE FROM change_log');
    await owner.query(
      `INSERT INTO change_log (table_name, row_id, patient_id, op, at) VALUES
        ('patients', 1, 1, 'update', $1), ('patients', 2, 2, 'update', $2), ('patients', 3, 3, 'update', $3)`,
      [stamp(40), stamp(10), stamp(1)],
    );
    await owner.end();
    expect(await outcome(desk, 'DELETE FROM change_log')).toBe('42501');
    expect(await outcome(admin, 'DELETE FROM change_log')).toBe('42501');
    expect(await outcome(desk, 'SELECT valgo_prune_changes(0)')).toBe('22023');
    expect(await pruneChanges(vera.db, 30)).toBe(1);
    expect(await pruneChanges(vera.db, 7)).toBe(1);
    const { rows } = await admin.query<{ row_id: number }>('SELECT row_id FROM change_log ORDER BY id');
    expect(rows.map((r) => Number(r.row_id))).toEqual([3]);
  });

  it('every table the schema has is named in the matrix (a new one is clinical until it is listed)', async () => {
    const anna = await signIn(ADMIN.login, ADMIN.password);
    const { rows } = await sql<{ relname: string }>`
      SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' ORDER BY relname`.execute(
      anna.db,
    );
    expect(rows.map((r) => r.relname).filter((t) => !(t in TABLE_GRANTS))).toEqual([]);
  });
});

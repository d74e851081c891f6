import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCore, type Core } from '../../../electron/core';
import { writeDataSource } from '../../../electron/data-source';
import { scramVerifier } from '../../../electron/services/server/roles';
import { addMonths, localToday } from '../../../shared/calendar';
import type { PgCluster } from '../../support/pg-cluster';
import { assessment } from '../services/assessment-fixture';
import { child } from '../services/child-fixture';
import { readPdf } from '../print/print-helpers';
import { ADMIN, outcome, setUpPractice, sqlClient, startServerCluster } from './server-fixture';

/*
 * Staff on the practice server (issue 13): one workstation core in server mode, several windows
 * (sessions) signed in with their own logins. Own password changes and the admin's resets reach
 * the logins themselves; a deactivated member cannot connect; sign-ins and gate refusals land in
 * the app's audit log stamped by the server with the login; the front desk reprints an issued
 * booklet and prints a card without reading the request or the plans.
 */

const DB = 'practice';
const WRONG = { ok: false, error: { code: 'VALIDATION', message: 'The username or password is not right.' } };

let cluster: PgCluster;
let core: Core;
let superuser: pg.Client;
let dataDir: string;
const ids: Record<string, number> = {};

async function must(channel: string, input: unknown, session: string) {
  const answer = await core.dispatch(channel, input, session);
  if (!answer.ok) throw new Error(`${channel}: ${JSON.stringify(answer.error)}`);
  return answer.value as Record<string, unknown> & { id: number };
}

const signIn = (session: string, username: string, password: string) =>
  core.dispatch('staff:sign-in', { username, password }, session);

beforeAll(async () => {
  cluster = await startServerCluster();
  await setUpPractice(cluster, DB);
  superuser = new pg.Client({ connectionString: new URL(`/${DB}`, cluster.url).toString() });
  await superuser.connect();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'valgo-staff-'));
  writeDataSource(dataDir, { kind: 'server', host: '127.0.0.1', caFile: null, port: cluster.port, database: DB });
  core = await startCore({ dataDir, mode: 'browser', version: '0.0.0-test' });
  await must('staff:sign-in', { username: ADMIN.login, password: ADMIN.password }, 'admin');
  for (const [username, role, name] of [
    ['boris', 'clinician', 'Boris Clinician'],
    ['vera', 'receptionist', 'Vera Desk'],
  ] as const) {
    ids[username] = (await must('staff:create', { name, username, role, password: `${username}-pass-1` }, 'admin')).id;
  }
}, 60_000);

afterAll(async () => {
  await core?.close();
  await superuser?.end();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  cluster?.stop();
});

describe('passwords on the practice server', () => {
  it('changes one’s own password after checking the current one; the old one stops working', async () => {
    await must('staff:sign-in', { username: 'boris', password: 'boris-pass-1' }, 'boris');
    expect(
      await core.dispatch('staff:change-password', { current: 'not-my-pass', password: 'boris-new-2' }, 'boris'),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'current' }] } });
    expect(
      await core.dispatch('staff:change-password', { current: 'boris-pass-1', password: 'short' }, 'boris'),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'password' }] },
    });
    await must('staff:change-password', { current: 'boris-pass-1', password: 'boris-new-2' }, 'boris');
    // The window keeps working: its pool signed in again with the new password.
    await must('patients:search', { query: '' }, 'boris');
    expect(await signIn('boris-2', 'boris', 'boris-pass-1')).toMatchObject(WRONG);
    await must('staff:sign-in', { username: 'boris', password: 'boris-new-2' }, 'boris-2');
    // Stored on the server as a SCRAM verifier, never as the password.
    const { rows } = await superuser.query(`SELECT rolpassword FROM pg_authid WHERE rolname = 'boris'`);
    expect(rows[0].rolpassword).toMatch(/^SCRAM-SHA-256\$4096:/);
  });

  it(
    "lets an administrator reset a clinician's password; nobody else may call valgo_set_password",
    { timeout: 20_000 },
    async () => {
      await must('staff:reset-password', { id: ids.boris, password: 'boris-reset-3' }, 'admin');
      expect(await signIn('boris-3', 'boris', 'boris-new-2')).toMatchObject(WRONG);
      await must('staff:sign-in', { username: 'boris', password: 'boris-reset-3' }, 'boris-3');
      // A window still signed in with the old password is signed out at once: the reset ended its
      // connections (migration 15), and it cannot open new ones with the old password.
      expect(await core.dispatch('patients:search', { query: '' }, 'boris-2')).toMatchObject({
        ok: false,
        error: { code: 'SIGNED_OUT' },
      });
      expect(await must('staff:status', {}, 'boris-2')).toMatchObject({ user: null });
      // The gate refuses the channel, and the database refuses the function to any other group.
      expect(
        await core.dispatch('staff:reset-password', { id: ids.vera, password: 'vera-evil-9' }, 'boris-3'),
      ).toMatchObject({
        ok: false,
        error: { code: 'DENIED' },
      });
      const verifier = scramVerifier('vera-evil-9');
      for (const [login, password] of [
        ['boris', 'boris-reset-3'],
        ['vera', 'vera-pass-1'],
      ]) {
        const client = await sqlClient(cluster, DB, login!, password!);
        try {
          expect(await outcome(client, `SELECT valgo_set_password('vera', '${verifier}')`)).toBe('42501');
        } finally {
          await client.end();
        }
      }
      // Even an administrator's call touches staff logins of this practice only.
      const admin = await sqlClient(cluster, DB, ADMIN.login, ADMIN.password);
      try {
        expect(await outcome(admin, `SELECT valgo_set_password('${DB}_owner', '${verifier}')`)).not.toBe('ok');
        expect(await outcome(admin, `SELECT valgo_set_password('${cluster.user}', '${verifier}')`)).not.toBe('ok');
        expect(await outcome(admin, `SELECT valgo_set_password('vera', 'plain-password')`)).toBe('22023');
      } finally {
        await admin.end();
      }
    },
  );

  it('keeps the recovery code off the server, saying what the administrator runs instead', async () => {
    const answer = await core.dispatch(
      'staff:recover',
      { username: 'anna', recoveryCode: 'x', password: 'whatever-1' },
      'x',
    );
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringMatching(/ALTER ROLE/) },
    });
  });
});

describe('deactivating a member of staff on the server', () => {
  it('makes the login NOLOGIN: sign-in answers as for a wrong password; reactivating restores it', async () => {
    const member = await must('staff:update', { id: ids.vera, active: false }, 'admin');
    expect(member).toMatchObject({ id: ids.vera, active: false, role: 'receptionist' });
    const login = async () =>
      (await superuser.query(`SELECT rolcanlogin FROM pg_roles WHERE rolname = 'vera'`)).rows[0].rolcanlogin;
    expect(await login()).toBe(false);
    expect(await signIn('vera', 'vera', 'vera-pass-1')).toMatchObject(WRONG);
    expect(await signIn('vera', 'nobody', 'vera-pass-1')).toMatchObject(WRONG);
    await must('staff:update', { id: ids.vera, active: true, name: 'Vera D.' }, 'admin');
    expect(await login()).toBe(true);
    expect(await must('staff:sign-in', { username: 'vera', password: 'vera-pass-1' }, 'vera')).toMatchObject({
      user: { name: 'Vera D.', role: 'receptionist' },
    });
  });
});

describe('the audit log on the server', () => {
  it('records sign-ins, gate refusals, locks and sign-outs, stamped with the login by the server', async () => {
    await must('staff:sign-in', { username: 'vera', password: 'vera-pass-1' }, 'audit');
    expect(await core.dispatch('assessments:list', { patientId: 1 }, 'audit')).toMatchObject({
      ok: false,
      error: { code: 'DENIED' },
    });
    await must('staff:lock', {}, 'audit');
    await must('staff:unlock', { password: 'vera-pass-1' }, 'audit');
    await must('staff:sign-out', {}, 'audit');
    expect(await signIn('audit', 'vera', 'wrong-password')).toMatchObject(WRONG);
    await core.dispatch('staff:status', {}, 'audit');
    const { rows } = await superuser.query<{ db_user: string; channel: string; outcome: string; user_name: string }>(
      `SELECT db_user, channel, outcome, user_name FROM audit_log WHERE user_id = $1 ORDER BY id`,
      [ids.vera],
    );
    const last = rows.slice(-5).map((r) => [r.db_user, r.channel, r.outcome, r.user_name]);
    expect(last).toEqual([
      ['vera', 'staff:sign-in', 'ok', 'Vera D.'],
      ['vera', 'assessments:list', 'denied', 'Vera D.'],
      ['vera', 'staff:lock', 'ok', 'Vera D.'],
      ['vera', 'staff:unlock', 'ok', 'Vera D.'],
      ['vera', 'staff:sign-out', 'ok', 'Vera D.'],
    ]);
    // A login cannot put another name on its entries: the server's trigger stamps SESSION_USER.
    const desk = await sqlClient(cluster, DB, 'vera', 'vera-pass-1');
    try {
      expect(await outcome(desk, 'SELECT * FROM audit_log')).toBe('42501');
      expect(await outcome(desk, 'DELETE FROM audit_log')).toBe('42501');
    } finally {
      await desk.end();
    }
    const verify = await must('audit:verify', {}, 'admin');
    expect(verify).toMatchObject({ ok: true });
  });
});

describe('the front desk reprints on the server', () => {
  it('reprints the archived bytes and prints a card with the plan dates, never reading the request or plans', async () => {
    const clinician = await must(
      'clinicians:create',
      { name: 'Dr. Ana', title: 'Podiatrist', phone: '', active: true },
      'admin',
    );
    await must('settings:update', { clinicName: 'Little Steps', clinicPhone: '+44 20 7946 0123' }, 'admin');
    const patient = await must('patients:create', child('Mia', 'Novak'), 'admin');
    const made = await must(
      'assessments:create',
      assessment(patient.id, clinician.id, { assessedOn: localToday() }),
      'admin',
    );
    const start = addMonths(localToday(), 1);
    const issued = (await must(
      'booklets:issue',
      {
        patientId: patient.id,
        assessmentId: made.id,
        choices: { settings: { startDate: start }, language: 'en', paper: 'A4' },
        plan: 'new',
        action: 'download',
      },
      'admin',
    )) as unknown as { booklet: { id: number }; pdf: { pdfBase64: string } };

    await must('staff:sign-in', { username: 'vera', password: 'vera-pass-1' }, 'desk');
    const list = (await must('booklets:list', { patientId: patient.id }, 'desk')) as unknown as { id: number }[];
    expect(list.map((b) => b.id)).toEqual([issued.booklet.id]);
    const reprint = (await must(
      'booklets:reprint',
      { id: issued.booklet.id, action: 'download' },
      'desk',
    )) as unknown as {
      booklet: { id: number; reprintOf: number; patientId: number };
      pdf: { pdfBase64: string };
    };
    expect(reprint.pdf.pdfBase64).toBe(issued.pdf.pdfBase64);
    expect(reprint.booklet).toMatchObject({ reprintOf: issued.booklet.id, patientId: patient.id });
    expect(await core.dispatch('booklets:reprint', { id: 99_999, action: 'download' }, 'desk')).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    // The front desk's card shows the plan's course and break dates, the same as the admin's.
    const cardText = async (session: string) => {
      const card = (await must(
        'appointments:card',
        { patientId: patient.id, layout: 'A4', action: 'download' },
        session,
      )) as unknown as { pdf: { pdfBase64: string } };
      return readPdf(Buffer.from(card.pdf.pdfBase64, 'base64')).text.match(/(Course|Break) \d+ .+? days/g);
    };
    const planLines = await cardText('desk');
    expect(planLines?.[0]).toMatch(/^Course 1 /);
    expect(planLines).toEqual(await cardText('admin'));

    // With a plain SQL client, her login still reads neither the requests nor the plans.
    const desk = await sqlClient(cluster, DB, 'vera', 'vera-pass-1');
    try {
      expect(await outcome(desk, 'SELECT * FROM booklets')).toBe('42501');
      expect(await outcome(desk, 'SELECT request FROM booklets')).toBe('42501');
      expect(await outcome(desk, 'SELECT * FROM care_plans')).toBe('42501');
      expect(await outcome(desk, `SELECT * FROM valgo_booklet_copy(${issued.booklet.id})`)).toBe('ok');
    } finally {
      await desk.end();
    }
  });
});

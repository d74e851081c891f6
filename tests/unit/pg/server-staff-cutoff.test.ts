import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCore, type Core } from '../../../electron/core';
import { writeDataSource } from '../../../electron/data-source';
import type { Handlers } from '../../../electron/dispatch';
import { latestSchemaVersion } from '../../../electron/db/migrate';
import type { Database } from '../../../electron/db/schema';
import { signInToServer } from '../../../electron/services/server/login';
import { upgradePracticeServer } from '../../../electron/services/server/setup';
import { resetServerPassword, updateServerStaff } from '../../../electron/services/server/staff-admin';
import { ServerDesks } from '../../../electron/services/staff/desks';
import type { PgCluster } from '../../support/pg-cluster';
import { ADMIN, addressOf, setUpPractice, sqlClient, startServerCluster } from './server-fixture';

/*
 * A dismissed member of staff is cut off at once on the practice server (migration 15): the
 * admin's deactivation or password reset ends every open connection of that login, on every
 * workstation, but not the admin's own; a desk signed in as that member ends on the sign-in
 * screen with the reason; without pg_signal_backend the change still applies and the sessions
 * end at their next reconnect.
 */

const DB = 'cutoff';
const OWNER = `${DB}_owner`;

let cluster: PgCluster;
let core: Core;
let superuser: pg.Client;
let dataDir: string;
const ids: Record<string, number> = {};
const opened: { close(): Promise<void> }[] = [];

async function must(channel: string, input: unknown, session: string) {
  const answer = await core.dispatch(channel, input, session);
  if (!answer.ok) throw new Error(`${channel}: ${JSON.stringify(answer.error)}`);
  return answer.value as Record<string, unknown> & { id: number };
}

/** A login's own pool, as a workstation holds it (signInToServer: the app's sign-in). */
async function poolOf(login: string, password: string) {
  const handle = await signInToServer(addressOf(cluster, DB), login, password);
  opened.push(handle);
  await sql`SELECT 1`.execute(handle.db);
  return handle;
}

async function backends(login: string): Promise<number> {
  const { rows } = await superuser.query<{ n: string }>(
    'SELECT count(*) AS n FROM pg_stat_activity WHERE usename = $1',
    [login],
  );
  return Number(rows[0]!.n);
}

/** The SQLSTATE of the pool's next query once the server ended its connections (a dead one may come first). */
async function nextQueryCode(db: Kysely<Database>): Promise<string> {
  let code = 'ok';
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await sql`SELECT 1`.execute(db);
      return 'ok';
    } catch (error) {
      code = String((error as { code?: unknown }).code ?? (error as Error).message);
      if (/^28/.test(code)) return code;
    }
  }
  return code;
}

async function addMember(login: string, role: string) {
  ids[login] = (
    await must('staff:create', { name: `${login} member`, username: login, role, password: `${login}-pass-1` }, 'admin')
  ).id;
}

beforeAll(async () => {
  cluster = await startServerCluster();
  await setUpPractice(cluster, DB);
  superuser = new pg.Client({ connectionString: new URL(`/${DB}`, cluster.url).toString() });
  await superuser.connect();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'valgo-cutoff-'));
  writeDataSource(dataDir, { kind: 'server', host: '127.0.0.1', caFile: null, port: cluster.port, database: DB });
  core = await startCore({ dataDir, mode: 'browser', version: '0.0.0-test' });
  await must('staff:sign-in', { username: ADMIN.login, password: ADMIN.password }, 'admin');
  await addMember('vera', 'receptionist');
  await addMember('boris', 'clinician');
  await addMember('gleb', 'receptionist');
  await addMember('dora', 'clinician');
  await addMember('egor', 'receptionist');
}, 60_000);

afterAll(async () => {
  for (const handle of opened) await handle.close().catch(() => undefined);
  await core?.close();
  await superuser?.end();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  cluster?.stop();
});

describe('the owner may end staff sessions', () => {
  it('is a member of pg_signal_backend after the set-up, and an upgrade grants it again harmlessly', async () => {
    const member = async () =>
      (await superuser.query(`SELECT pg_has_role('${OWNER}', 'pg_signal_backend', 'MEMBER') AS m`)).rows[0].m;
    expect(await member()).toBe(true);
    await superuser.query(`REVOKE pg_signal_backend FROM ${OWNER}`);
    expect(await member()).toBe(false);
    // A server set up before migration 15 gets it from the upgrade (which runs as the superuser).
    expect(
      await upgradePracticeServer({ superuser: { connectionString: cluster.url }, database: DB, appVersion: '0.1.0' }),
    ).toEqual({ from: latestSchemaVersion(), to: latestSchemaVersion() });
    expect(await member()).toBe(true);
  });
});

describe('deactivating a member of staff on the server', () => {
  it(
    'ends their open connections everywhere at once, keeps the admin’s own, and refuses them again',
    { timeout: 30_000 },
    async () => {
      const vera = await poolOf('vera', 'vera-pass-1');
      const psql = await sqlClient(cluster, DB, 'vera', 'vera-pass-1');
      psql.on('error', () => undefined);
      await must('staff:sign-in', { username: 'vera', password: 'vera-pass-1' }, 'vera-desk');
      await must('patients:search', { query: '' }, 'vera-desk');
      await must('staff:sign-in', { username: 'vera', password: 'vera-pass-1' }, 'vera-idle');
      expect(await backends('vera')).toBeGreaterThanOrEqual(3);

      const anna = await poolOf(ADMIN.login, ADMIN.password);
      const annaBefore = await backends(ADMIN.login);
      // One computer here (every connection comes from 127.0.0.1).
      expect(await updateServerStaff(anna.db, { id: ids.vera!, active: false })).toBe(1);
      expect(await backends('vera')).toBe(0);
      // The caller's own connection survives (and its pool goes on working).
      await sql`SELECT 1`.execute(anna.db);
      expect(await backends(ADMIN.login)).toBe(annaBefore);

      // A plain SQL client's next query fails; the app's pool reconnects and is refused (NOLOGIN).
      await expect(psql.query('SELECT 1')).rejects.toBeDefined();
      expect(await nextQueryCode(vera.db)).toBe('28000');
      await expect(sqlClient(cluster, DB, 'vera', 'vera-pass-1')).rejects.toMatchObject({ code: '28000' });

      // The desk that calls next is signed out with the reason, not an error cascade.
      expect(await core.dispatch('patients:search', { query: '' }, 'vera-desk')).toEqual({
        ok: false,
        error: { code: 'SIGNED_OUT', message: 'Your account was deactivated by an administrator.' },
      });
      expect(await must('staff:status', {}, 'vera-desk')).toMatchObject({
        user: null,
        signedOutReason: 'deactivated',
      });
      expect(await core.dispatch('patients:search', { query: '' }, 'vera-desk')).toMatchObject({
        ok: false,
        error: { code: 'SIGNED_OUT' },
      });
      // An idle window finds out at its status heartbeat.
      expect(await must('staff:status', {}, 'vera-idle')).toMatchObject({
        user: null,
        signedOutReason: 'deactivated',
      });

      // Reactivated, the member signs in again, and the reason is gone.
      await must('staff:update', { id: ids.vera, active: true }, 'admin');
      const back = await must('staff:sign-in', { username: 'vera', password: 'vera-pass-1' }, 'vera-desk');
      expect(back).toMatchObject({ user: { id: ids.vera } });
      expect(back).not.toHaveProperty('signedOutReason');
      await must('staff:update', { id: ids.vera, active: false }, 'admin');
      expect(await backends('vera')).toBe(0);
      // Both changes made through the app are in its audit trail, stamped with the admin's login.
      // (the recorder writes in the background: looked for until it has).
      const audited = async () =>
        (
          await superuser.query(
            `SELECT db_user, outcome FROM audit_log WHERE channel = 'staff:update' AND record_id = $1 ORDER BY id`,
            [ids.vera],
          )
        ).rows;
      await expect.poll(audited, { timeout: 5_000 }).toEqual([
        { db_user: ADMIN.login, outcome: 'ok' },
        { db_user: ADMIN.login, outcome: 'ok' },
      ]);
      expect(await must('staff:status', {}, 'vera-desk')).toMatchObject({
        user: null,
        signedOutReason: 'deactivated',
      });
      await psql.end().catch(() => undefined);
    },
  );

  it('is refused to anyone but an administrator, and ends nobody’s sessions then', async () => {
    const gleb = await poolOf('gleb', 'gleb-pass-1');
    const boris = await poolOf('boris', 'boris-pass-1');
    await expect(updateServerStaff(boris.db, { id: ids.gleb!, active: false })).rejects.toMatchObject({
      code: 'DENIED',
    });
    const direct = await sqlClient(cluster, DB, 'boris', 'boris-pass-1');
    try {
      await expect(direct.query(`SELECT valgo_end_sessions('gleb')`)).rejects.toMatchObject({ code: '42501' });
    } finally {
      await direct.end();
    }
    expect(await nextQueryCode(gleb.db)).toBe('ok');
    // Renaming or a role change leaves the sessions alone.
    const anna = await poolOf(ADMIN.login, ADMIN.password);
    expect(await updateServerStaff(anna.db, { id: ids.gleb!, name: 'Gleb R.' })).toBe(0);
    expect(await nextQueryCode(gleb.db)).toBe('ok');
  });
});

describe('an administrator with a plain SQL client', () => {
  it('deactivates through valgo_update_staff, which ends the sessions itself', { timeout: 30_000 }, async () => {
    const egor = await poolOf('egor', 'egor-pass-1');
    const psql = await sqlClient(cluster, DB, ADMIN.login, ADMIN.password);
    try {
      const { rows } = await psql.query('SELECT valgo_update_staff($1, NULL, NULL, 0) AS ended', [ids.egor]);
      expect(rows[0].ended).toBe(1);
    } finally {
      await psql.end();
    }
    expect(await backends('egor')).toBe(0);
    expect(await nextQueryCode(egor.db)).toBe('28000');
  });
});

describe('a call running when the server ends its connection', () => {
  it('says the account was deactivated, not that the server cannot be reached', { timeout: 30_000 }, async () => {
    // A desk whose one channel holds a query open on the server (the app's queries are short).
    const desks = new ServerDesks(
      (db) => ({ 'patients:search': () => sql`SELECT pg_sleep(20)`.execute(db) }) as unknown as Handlers,
      'test-server',
    );
    const dora = await signInToServer(addressOf(cluster, DB), 'dora', 'dora-pass-1');
    await desks.open('dora-desk', 'dora', { db: dora.db, user: dora.user, close: dora.close });
    const running = desks.call('patients:search', {}, { session: 'dora-desk', user: dora.user });
    running.catch(() => undefined);
    await expect
      .poll(async () => {
        const { rows } = await superuser.query(
          `SELECT count(*) AS n FROM pg_stat_activity WHERE usename = 'dora' AND query LIKE '%pg_sleep%' AND state = 'active'`,
        );
        return Number(rows[0].n);
      })
      .toBe(1);
    const anna = await poolOf(ADMIN.login, ADMIN.password);
    expect(await updateServerStaff(anna.db, { id: ids.dora!, active: false })).toBe(1);
    await expect(running).rejects.toMatchObject({
      code: 'SIGNED_OUT',
      message: 'Your account was deactivated by an administrator.',
    });
    expect(desks.reason('dora-desk')).toBe('deactivated');
    await desks.closeAll();
  });
});

describe('an administrator resets a password on the server', () => {
  it(
    'ends the login’s open connections; the desk signs in again with the new password',
    { timeout: 30_000 },
    async () => {
      await must('staff:sign-in', { username: 'boris', password: 'boris-pass-1' }, 'boris-desk');
      const boris = await poolOf('boris', 'boris-pass-1');
      const anna = await poolOf(ADMIN.login, ADMIN.password);
      const { member, signedOutOn } = await resetServerPassword(anna.db, ids.boris!, 'boris-new-2');
      expect(member).toMatchObject({ id: ids.boris, active: true });
      expect(signedOutOn).toBe(1);
      expect(await backends('boris')).toBe(0);
      expect(await nextQueryCode(boris.db)).toBe('28P01');
      expect(await core.dispatch('patients:search', { query: '' }, 'boris-desk')).toMatchObject({
        ok: false,
        error: { code: 'SIGNED_OUT', message: expect.stringMatching(/^Your password was reset by an administrator/) },
      });
      expect(await must('staff:status', {}, 'boris-desk')).toMatchObject({
        user: null,
        signedOutReason: 'passwordReset',
      });
      const again = await must('staff:sign-in', { username: 'boris', password: 'boris-new-2' }, 'boris-desk');
      expect(again).toMatchObject({ user: { id: ids.boris } });
      expect(again).not.toHaveProperty('signedOutReason');

      // Through the app: the admin's own window is untouched by resetting another member.
      await must('staff:reset-password', { id: ids.boris, password: 'boris-new-3' }, 'admin');
      await must('patients:search', { query: '' }, 'admin');
      expect(await must('staff:status', {}, 'boris-desk')).toMatchObject({
        user: null,
        signedOutReason: 'passwordReset',
      });
    },
  );
});

describe('without pg_signal_backend (PostgreSQL 16+ where nobody granted it)', () => {
  it('still deactivates, answers null, and the sessions end at their next reconnect', { timeout: 30_000 }, async () => {
    await superuser.query(`REVOKE pg_signal_backend FROM ${OWNER}`);
    try {
      const gleb = await poolOf('gleb', 'gleb-pass-1');
      const anna = await poolOf(ADMIN.login, ADMIN.password);
      expect(await updateServerStaff(anna.db, { id: ids.gleb!, active: false })).toBeNull();
      expect(await backends('gleb')).toBeGreaterThan(0);
      expect(await nextQueryCode(gleb.db)).toBe('ok');
      await expect(sqlClient(cluster, DB, 'gleb', 'gleb-pass-1')).rejects.toMatchObject({ code: '28000' });
      const { rows } = await superuser.query(`SELECT rolcanlogin FROM pg_roles WHERE rolname = 'gleb'`);
      expect(rows[0].rolcanlogin).toBe(false);
    } finally {
      await superuser.query(`GRANT pg_signal_backend TO ${OWNER}`);
    }
  });
});

import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCore, type Core } from '../../../electron/core';
import { latestSchemaVersion } from '../../../electron/db/migrate';
import { addMonths, localToday, weekStart } from '../../../shared/calendar';
import type { PgCluster } from '../../support/pg-cluster';
import { startPracticeServer, type PracticeServer } from '../../support/practice-server';
import { enableTls } from '../../support/pg-tls';
import { child } from '../services/child-fixture';
import { freeLoopbackPort } from '../../support/ports';

/*
 * Two workstations ("desks") on one practice server (issue 13 §1-2): each core runs in server
 * mode from data-source.json, each window signs in with its own database login, and what one desk
 * books the other reads. The receptionist's desk is refused assessments by the gate and by the
 * database itself.
 */

const monday = weekStart(addMonths(localToday(), 12), 1);

let server: PracticeServer;
let cluster: PgCluster;
let DATABASE: string;
let ADMIN: PracticeServer['admin'];
const cores: Core[] = [];

function desk(port = cluster.port, tls: { host: string; caFile: string } | null = null): Promise<Core> {
  const dataDir = server.deskFolder({ port, ...tls });
  return startCore({ dataDir, mode: 'browser', version: '0.0.0-test' }).then((core) => {
    cores.push(core);
    return core;
  });
}

async function must(core: Core, channel: string, input: unknown, session?: string) {
  const answer = await core.dispatch(channel, input, session);
  if (!answer.ok) throw new Error(`${channel}: ${JSON.stringify(answer.error)}`);
  return answer.value as Record<string, unknown> & { id: number };
}

beforeAll(async () => {
  server = await startPracticeServer();
  ({ cluster, database: DATABASE, admin: ADMIN } = server);
}, 60_000);

afterAll(async () => {
  await Promise.all(cores.map((core) => core.close()));
  server?.stop();
});

describe('a workstation on the practice server', () => {
  it('opens no SQLite file and connects to nothing before sign-in', async () => {
    const a = await desk();
    expect(a.database).toBeNull();
    expect(a.source).toMatchObject({ kind: 'server', database: DATABASE });
    expect(fs.existsSync(path.join(a.info.dataDir, 'valgo.db'))).toBe(false);
    expect(a.desks?.sessions()).toEqual([]);
    expect(await a.dispatch('staff:status', {})).toMatchObject({
      ok: true,
      value: { needsSetup: false, user: null },
    });
    expect(await a.dispatch('patients:search', { query: '' })).toMatchObject({
      ok: false,
      error: { code: 'SIGNED_OUT' },
    });
    expect(await a.dispatch('data-source:get', {})).toMatchObject({
      ok: true,
      value: { active: { kind: 'server', host: '127.0.0.1', database: DATABASE }, restartNeeded: false },
    });
  });

  it('books on one desk and reads it on another; the receptionist cannot read assessments', async () => {
    const a = await desk();
    const b = await desk();
    const signedIn = await must(a, 'staff:sign-in', { username: ADMIN.login, password: ADMIN.password });
    expect(signedIn.user).toMatchObject({ name: ADMIN.name, role: 'admin' });
    expect(a.desks?.sessions()).toHaveLength(1);

    await must(a, 'staff:create', {
      name: 'Rita Reception',
      username: 'rita',
      role: 'receptionist',
      password: 'rita-password',
    });
    const clinician = await must(a, 'clinicians:create', {
      name: 'Dr. A',
      title: 'Podiatrist',
      phone: '',
      active: true,
    });
    const patient = await must(a, 'patients:create', child('Mia', 'Novak'));
    await must(a, 'assessments:list', { patientId: patient.id });
    const booked = await must(a, 'appointments:create', {
      patientId: patient.id,
      clinicianId: clinician.id,
      typeId: 2,
      start: { date: monday, time: '09:00' },
    });
    expect(booked).toBeTruthy();

    const rita = await must(b, 'staff:sign-in', { username: 'rita', password: 'rita-password' });
    expect(rita.user).toMatchObject({ name: 'Rita Reception', role: 'receptionist' });
    const diary = (await must(b, 'appointments:patient', { patientId: patient.id })) as unknown as unknown[];
    expect(diary).toHaveLength(1);
    expect(diary[0]).toMatchObject({ patient: { id: patient.id, firstName: 'Mia' }, clinicianId: clinician.id });

    // The gate refuses before any SQL runs...
    expect(await b.dispatch('assessments:list', { patientId: patient.id })).toMatchObject({
      ok: false,
      error: { code: 'DENIED' },
    });
    // ...and the database refuses the receptionist's own login all the same.
    const own = b.desks!.get('default')!;
    await expect(own.db.selectFrom('assessments').selectAll().execute()).rejects.toMatchObject({ code: '42501' });

    // Live updates: the receptionist's desk listens (LISTEN/NOTIFY, her own login) and hears the
    // next booking on the other desk within a second.
    const probe = new pg.Client({ connectionString: cluster.url });
    await probe.connect();
    try {
      const position = (await must(b, 'changes:wait', { after: null })).lastId as number;
      const listening = await probe.query<{ n: string }>(
        `SELECT count(*) AS n FROM pg_stat_activity WHERE usename = 'rita' AND query ILIKE 'LISTEN%'`,
      );
      expect(Number(listening.rows[0]!.n)).toBe(1);
      const heard = b.dispatch('changes:wait', { after: position });
      const bookedAt = Date.now();
      const second = await must(a, 'appointments:create', {
        patientId: patient.id,
        clinicianId: clinician.id,
        typeId: 2,
        start: { date: monday, time: '10:00' },
      });
      const answer = await heard;
      const took = Date.now() - bookedAt;
      expect(answer).toMatchObject({ ok: true });
      const changes = (answer as { value: { changes: { table: string; rowId: number | null }[] } }).value.changes;
      expect(changes).toContainEqual(
        expect.objectContaining({
          table: 'appointments',
          rowId: (second.appointment as { id: number }).id,
        }),
      );
      expect(took).toBeLessThan(1_000);
    } finally {
      await probe.end();
    }

    // Sign-out gives the connection back.
    await must(b, 'staff:sign-out', {});
    expect(b.desks?.sessions()).toEqual([]);
  });

  it('gives the connection back when the window locks, and signs in to the server again to unlock', async () => {
    const a = await desk();
    await must(a, 'staff:sign-in', { username: ADMIN.login, password: ADMIN.password });
    await must(a, 'staff:lock', {});
    expect(a.desks?.sessions()).toEqual([]);
    expect(await a.dispatch('patients:search', { query: '' })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(await a.dispatch('staff:unlock', { password: 'not-the-password' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'password', message: 'wrongPassword' }] },
    });
    expect(a.desks?.sessions()).toEqual([]);
    expect(await must(a, 'staff:unlock', { password: ADMIN.password })).toMatchObject({ locked: false });
    expect(a.desks?.sessions()).toEqual(['default']);
    expect(await a.dispatch('patients:search', { query: '' })).toMatchObject({ ok: true });
  });

  it('survives the server ending its connection: the next call reconnects or says to try again', async () => {
    const a = await desk();
    await must(a, 'staff:sign-in', { username: ADMIN.login, password: ADMIN.password });
    await must(a, 'patients:search', { query: '' });
    const superuser = new pg.Client({ connectionString: cluster.url });
    await superuser.connect();
    try {
      const ended = await superuser.query(
        `SELECT pg_terminate_backend(pid) AS done FROM pg_stat_activity WHERE usename = $1`,
        [ADMIN.login],
      );
      expect(ended.rowCount).toBeGreaterThan(0);
    } finally {
      await superuser.end();
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    const next = await a.dispatch('patients:search', { query: '' });
    if (!next.ok) expect(next.error).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/try again/) });
    expect(await a.dispatch('patients:search', { query: '' })).toMatchObject({ ok: true });
  });

  it('refuses a wrong password without saying which part was wrong', async () => {
    const a = await desk();
    const answer = await a.dispatch('staff:sign-in', { username: ADMIN.login, password: 'not-the-password' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const unknown = await a.dispatch('staff:sign-in', { username: 'nobody', password: 'not-the-password' });
    expect(unknown.ok).toBe(false);
    if (!answer.ok && !unknown.ok) expect(unknown.error.message).toBe(answer.error.message);
    expect(a.desks?.sessions()).toEqual([]);
  });

  it('says clearly when the server cannot be reached, never an internal error', async () => {
    const a = await desk(await freeLoopbackPort());
    const answer = await a.dispatch('staff:sign-in', { username: ADMIN.login, password: ADMIN.password });
    expect(answer).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!answer.ok) expect(answer.error.message).toMatch(/cannot be reached.*try again/i);
  });

  it('lets only the admin change the data source, and tests a connection', async () => {
    const a = await desk();
    await must(a, 'staff:sign-in', { username: ADMIN.login, password: ADMIN.password }, 'admin-window');
    await must(
      a,
      'staff:create',
      { name: 'Dr. Clara', username: 'clara', role: 'clinician', password: 'clara-password' },
      'admin-window',
    );
    await must(a, 'staff:sign-in', { username: 'clara', password: 'clara-password' }, 'clara-window');
    const refused = await a.dispatch('data-source:set', { kind: 'local' }, 'clara-window');
    expect(refused).toMatchObject({ ok: false, error: { code: 'DENIED' } });
    expect(await a.dispatch('data-source:set', { kind: 'local' })).toMatchObject({
      ok: false,
      error: { code: 'SIGNED_OUT' },
    });
    const address = { host: '127.0.0.1', port: cluster.port, database: DATABASE, caFile: null };
    const report = await must(
      a,
      'data-source:test',
      { ...address, login: 'clara', password: 'clara-password' },
      'admin-window',
    );
    expect(report).toMatchObject({
      reachable: true,
      tls: null,
      problem: null,
      schemaVersion: latestSchemaVersion(),
      serverVersion: expect.stringMatching(/^15/),
    });
    const away = await must(a, 'data-source:test', { ...address, port: await freeLoopbackPort() }, 'admin-window');
    expect(away).toMatchObject({ reachable: false, problem: 'unreachable' });
    const switched = await must(a, 'data-source:set', { kind: 'local' }, 'admin-window');
    expect(switched).toMatchObject({ chosen: { kind: 'local' }, restartNeeded: true });
  });

  it('refuses a server whose schema is newer than this build, naming the version', async () => {
    const superuser = new pg.Client({ connectionString: `${cluster.url.replace(/\/[^/]*$/, '')}/${DATABASE}` });
    await superuser.connect();
    const newer = latestSchemaVersion() + 5;
    try {
      await superuser.query(`INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, 'future', 'x')`, [
        newer,
      ]);
      const a = await desk();
      const answer = await a.dispatch('staff:sign-in', { username: ADMIN.login, password: ADMIN.password });
      expect(answer).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      if (!answer.ok) expect(answer.error.message).toContain(String(newer));
      expect(a.desks?.sessions()).toEqual([]);
    } finally {
      await superuser.query('DELETE FROM schema_migrations WHERE version = $1', [newer]);
      await superuser.end();
    }
  });

  it('verifies the server against the practice CA and the host name (verify-full)', async () => {
    const pki = await enableTls(cluster, 'IP:127.0.0.1');
    try {
      const a = await desk(cluster.port, { host: '127.0.0.1', caFile: pki.caFile });
      await must(a, 'staff:sign-in', { username: ADMIN.login, password: ADMIN.password });
      const test = (host: string, caFile: string) =>
        must(a, 'data-source:test', {
          host,
          port: cluster.port,
          database: DATABASE,
          caFile,
          login: ADMIN.login,
          password: ADMIN.password,
        });
      expect(await test('127.0.0.1', pki.caFile)).toMatchObject({ reachable: true, tls: true, problem: null });
      // The certificate names 127.0.0.1, not "localhost"; another CA signed nothing here.
      expect(await test('localhost', pki.caFile)).toMatchObject({ tls: false, problem: 'tls' });
      expect(await test('127.0.0.1', pki.otherCaFile)).toMatchObject({ tls: false, problem: 'tls' });
      // A CA file that is not there: a field error, before any connection is tried.
      await expect(test('127.0.0.1', '/nonexistent/ca.pem')).rejects.toThrow(/"path":"caFile","message":"unreadable"/);
      const other = await desk(cluster.port, { host: '127.0.0.1', caFile: pki.otherCaFile });
      const refused = await other.dispatch('staff:sign-in', { username: ADMIN.login, password: ADMIN.password });
      expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      if (!refused.ok) expect(refused.error.message).toMatch(/CA certificate/);
    } finally {
      pki.dispose();
    }
  });
});

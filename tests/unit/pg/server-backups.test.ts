import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCore, type Core } from '../../../electron/core';
import { writeDataSource } from '../../../electron/data-source';
import { connectionFor } from '../../../electron/services/server/pg-backup';
import { toolUrl } from '../../../electron/services/server/backup-desk';
import { localServerBackupHandlers } from '../../../electron/services/server/backup-handlers';
import { setupPracticeServer } from '../../../electron/services/server/setup';
import type { ServerBackupList, ServerBackupReport, ServerBackupStatus } from '../../../shared/contract';
import { startPgCluster, type PgCluster } from '../../support/pg-cluster';
import { requirePasswords } from '../../support/pg-password-auth';
import { child } from '../services/child-fixture';

/*
 * Settings → Backups on a server workstation (issue 13 §7): through the real server core, an
 * administrator's own login (not a superuser; the cluster asks it for its password) backs the
 * practice up with pg_dump and drills the backup into a temporary database; a receptionist is
 * refused; a damaged dump fails its drill and the folder's list shows the verdicts.
 */

const DATABASE = 'practice';
const ADMIN = { login: 'anna', name: 'Anna Admin', password: 'anna-password' };

let cluster: PgCluster;
let core: Core;
const dirs: string[] = [];

function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

async function must<T>(channel: string, input: unknown, session = 'admin'): Promise<T> {
  const answer = await core.dispatch(channel, input, session);
  if (!answer.ok) throw new Error(`${channel}: ${JSON.stringify(answer.error)}`);
  return answer.value as T;
}

async function superuserQuery<T extends pg.QueryResultRow>(text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: cluster.url });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  cluster = await startPgCluster();
  await requirePasswords(cluster);
  await setupPracticeServer({
    superuser: { connectionString: cluster.url },
    database: DATABASE,
    admin: ADMIN,
    appVersion: '0.0.0-test',
  });
  const dataDir = tempDir('valgo-desk-');
  writeDataSource(dataDir, { kind: 'server', host: '127.0.0.1', caFile: null, port: cluster.port, database: DATABASE });
  core = await startCore({ dataDir, mode: 'browser', version: '0.0.0-test' });
  await must('staff:sign-in', { username: ADMIN.login, password: ADMIN.password });
  await must('staff:create', {
    name: 'Rita Reception',
    username: 'rita',
    role: 'receptionist',
    password: 'rita-pass-1',
  });
  await must('staff:sign-in', { username: 'rita', password: 'rita-pass-1' }, 'front-desk');
  await must('patients:create', child('Mia', 'Novak'));
  await must('patients:create', child('Фёдор', 'Novak'));
}, 60_000);

afterAll(async () => {
  await core?.close();
  cluster?.stop();
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe('server backups from the admin screen', () => {
  it('shows the tools against the server version and backs up with the admin login, test-restored', async () => {
    const folder = path.join(tempDir('valgo-sbk-'), 'nested', 'backups');
    expect(await must('server-backups:folder:set', { folder })).toMatchObject({ folder });
    const status = await must<ServerBackupStatus>('server-backups:status', {});
    expect(status).toMatchObject({ folder, serverMajor: 15, install: null, running: null });
    expect(status.tools.find((t) => t.name === 'pg_dump')).toMatchObject({ major: expect.any(Number) });

    const report = await must<ServerBackupReport>('server-backups:run', {});
    expect(report.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(report.dumpBytes).toBeGreaterThan(1000);
    // Not a superuser: the roles are saved without their passwords.
    expect(report.rolePasswords).toBe(false);
    expect(report.drill).toMatchObject({ ok: true, intact: true, problem: null });
    expect(report.drill.tables.find((t) => t.name === 'patients')).toEqual({
      name: 'patients',
      expected: 2,
      restored: 2,
      ok: true,
    });
    expect(report.drill.tables.find((t) => t.name === 'staff')?.restored).toBe(2);
    const files = fs.readdirSync(folder);
    expect(files).toContain(report.name);
    expect(files.filter((f) => f.endsWith('.dump'))).toHaveLength(1);
    expect(fs.statSync(path.join(folder, report.name)).mode & 0o777).toBe(0o600);

    const drill = await must<ServerBackupReport['drill']>('server-backups:drill', { name: report.name });
    expect(drill).toMatchObject({ ok: true, name: report.name });
    // Every temporary database was dropped.
    const left = await superuserQuery<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE 'valgo_drill_%'`,
    );
    expect(left).toEqual([]);
    const list = await must<ServerBackupList>('server-backups:list', {});
    expect(list.backups).toEqual([
      expect.objectContaining({ name: report.name, verdict: 'ok', roles: true, database: DATABASE }),
    ]);

    // A damaged dump fails its drill, and the list says so.
    const dump = path.join(
      folder,
      files.find((f) => f.endsWith('.dump'))!,
    );
    fs.appendFileSync(dump, 'x');
    const damaged = await must<ServerBackupReport['drill']>('server-backups:drill', { name: report.name });
    expect(damaged).toMatchObject({ ok: false, intact: false });
    expect(damaged.problem).toMatch(/SHA-256/);
    const after = await must<ServerBackupList>('server-backups:list', {});
    expect(after.backups[0]).toMatchObject({ verdict: 'failed', problem: expect.stringMatching(/SHA-256/) });
  }, 60_000);

  it('lets the admin group, not its logins nor the other groups, create the drill database; one job at a time', async () => {
    const roles = await superuserQuery<{ rolname: string; rolcreatedb: boolean }>(
      `SELECT rolname, rolcreatedb FROM pg_roles WHERE rolname IN ('practice_admin', 'practice_clinician',
         'practice_receptionist', 'practice_owner', 'anna', 'rita') ORDER BY rolname`,
    );
    expect(Object.fromEntries(roles.map((r) => [r.rolname, r.rolcreatedb]))).toEqual({
      anna: false,
      practice_admin: true,
      practice_clinician: false,
      practice_owner: false,
      practice_receptionist: false,
      rita: false,
    });
    const [first, second] = await Promise.all([
      core.dispatch('server-backups:run', {}, 'admin'),
      core.dispatch('server-backups:run', {}, 'admin'),
    ]);
    expect([first.ok, second.ok].sort()).toEqual([false, true]);
    expect(first.ok ? second : first).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringMatching(/already running/) },
    });
  }, 60_000);

  it('refuses a receptionist, a name outside the folder and a backup that is not there', async () => {
    for (const channel of ['server-backups:status', 'server-backups:list', 'server-backups:run']) {
      expect(await core.dispatch(channel, {}, 'front-desk')).toMatchObject({ ok: false, error: { code: 'DENIED' } });
    }
    expect(
      await core.dispatch('server-backups:drill', { name: '../valgo-server-x-manifest.json' }, 'admin'),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'name' }] } });
    expect(
      await core.dispatch('server-backups:drill', { name: 'valgo-server-gone-manifest.json' }, 'admin'),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await core.dispatch('server-backups:folder:set', { folder: 'relative/dir' }, 'admin')).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'folder' }] },
    });
  });

  it('says which package to install where the tools are missing', async () => {
    const before = process.env.VALGO_PG_BIN;
    process.env.VALGO_PG_BIN = tempDir('valgo-nobin-');
    try {
      const status = await must<ServerBackupStatus>('server-backups:status', {});
      expect(status.install).toBe('postgresql-client-15');
      expect(status.tools.every((t) => t.path === null)).toBe(true);
      expect(await core.dispatch('server-backups:run', {}, 'admin')).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT', message: expect.stringMatching(/pg_dump was not found/) },
      });
    } finally {
      if (before === undefined) delete process.env.VALGO_PG_BIN;
      else process.env.VALGO_PG_BIN = before;
    }
  });

  it('gives the tools the password through the environment only, and refuses in SQLite mode', async () => {
    const url = toolUrl(
      { host: '127.0.0.1', port: 5432, database: DATABASE, caFile: '/etc/valgo/ca.pem' },
      { login: 'anna', password: 'p@ss word' },
    );
    const split = connectionFor(url);
    expect(split.env).toEqual({ PGPASSWORD: 'p@ss word' });
    expect(split.url).not.toMatch(/p%40ss|word/);
    expect(split.url).toMatch(/sslmode=verify-full/);
    await expect(localServerBackupHandlers()['server-backups:run']({}, {} as never)).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });
});

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import type { CallContext } from '../../../electron/dispatch';
import { moveHandlers } from '../../../electron/services/data-source/move';
import { AppError } from '../../../electron/services/errors';
import { signInToServer } from '../../../electron/services/server/login';
import { movePractice, openMoveTarget } from '../../../electron/services/server/move-logins';
import { setupPracticeServer } from '../../../electron/services/server/setup';
import type { PgCluster } from '../../support/pg-cluster';
import { freeLoopbackPort } from '../../support/ports';
import { practiceFile } from './move-fixture';
import { addressOf, startServerCluster } from './server-fixture';

/*
 * The move joined with the set-up (issue 13 §6 with §2): a database set up for a move (no
 * administrator), the practice copied into it, and the moved staff's own database logins, on a
 * throwaway cluster that asks staff logins for their passwords.
 */

let cluster: PgCluster;
let practice: Awaited<ReturnType<typeof practiceFile>>;
const opened: { close(): Promise<void> }[] = [];

beforeAll(async () => {
  cluster = await startServerCluster();
  practice = await practiceFile();
}, 120_000);

afterEach(async () => {
  for (const handle of opened.splice(0)) await handle.close();
  // Logins belong to the cluster, not to one database: each test starts without the moved ones.
  await superQuery('DROP ROLE IF EXISTS ada, rita');
});

afterAll(() => {
  cluster?.stop();
  if (practice) fs.rmSync(practice.dir, { recursive: true, force: true });
});

const superuser = () => ({ connectionString: cluster.url });

async function superQuery<R extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: cluster.url });
  await client.connect();
  try {
    return (await client.query<R>(text, values)).rows;
  } finally {
    await client.end();
  }
}

async function setUpForMove(database: string) {
  const result = await setupPracticeServer({ superuser: superuser(), database, admin: null, appVersion: '0.1.0' });
  expect(result.created).toBe(true);
  expect(result.message).toMatch(/ready for a move.*server:move/);
  const target = await openMoveTarget({ host: cluster.host, port: cluster.port, user: cluster.user, database });
  opened.push(target);
  return target;
}

const memberOf = async (login: string) =>
  (
    await superQuery<{ rolname: string }>(
      `SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
       JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = $1 ORDER BY 1`,
      [login],
    )
  ).map((r) => r.rolname);

describe('a set-up for a move, then the move with the staff’s logins', () => {
  it('moves the practice; the named administrator signs in with the new password, the others have no password', async () => {
    const target = await setUpForMove('moved');
    // Nobody is on staff yet: the move brings them.
    const before = await superQuery<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_roles WHERE rolname IN ('ada', 'rita')`,
    );
    expect(before[0]!.n).toBe(0);

    const report = await movePractice({
      sqliteFile: practice.file,
      target: target.db,
      adminLogin: 'Ada',
      adminPassword: 'new server pass',
    });
    expect(report.ok).toBe(true);
    expect(report.tables.find((t) => t.name === 'patients')).toMatchObject({ source: 3, target: 3, ok: true });
    expect(report.logins).toEqual([
      { username: 'ada', login: 'ada', role: 'admin', admin: true, outcome: 'created' },
      { username: 'rita', login: 'rita', role: 'receptionist', admin: false, outcome: 'created' },
    ]);

    const address = addressOf(cluster, 'moved');
    const session = await signInToServer(address, 'ada', 'new server pass');
    opened.push(session);
    expect(session.user).toMatchObject({ name: 'Ada Admin', role: 'admin' });
    // The app's old password is not the server's.
    await expect(signInToServer(address, 'ada', 'correct horse battery')).rejects.toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'password', message: 'wrongCredentials' }],
    });

    expect(await memberOf('ada')).toEqual(['moved_admin']);
    expect(await memberOf('rita')).toEqual(['moved_receptionist']);
    const [rita] = await superQuery<{ rolcanlogin: boolean; rolpassword: string | null }>(
      `SELECT rolcanlogin, rolpassword FROM pg_authid WHERE rolname = 'rita'`,
    );
    expect(rita).toEqual({ rolcanlogin: true, rolpassword: null });
    const [ada] = await superQuery<{ rolpassword: string }>(`SELECT rolpassword FROM pg_authid WHERE rolname = 'ada'`);
    expect(ada!.rolpassword).toMatch(/^SCRAM-SHA-256\$4096:/);
    // Without a password the receptionist cannot log in, whatever is tried.
    for (const password of ['front desk pass 1', 'x']) {
      await expect(signInToServer(address, 'rita', password)).rejects.toMatchObject({ code: 'VALIDATION' });
    }
    // The administrator reads the moved staff through their own login.
    const rows = await session.db.selectFrom('staff').select(['username', 'role']).orderBy('id').execute();
    expect(rows).toEqual([
      { username: 'ada', role: 'admin' },
      { username: 'rita', role: 'receptionist' },
    ]);
    // The app's own password and recovery hashes stay in the file: the server keeps none.
    const secrets = await session.db
      .selectFrom('staff')
      .select(['password_hash', 'recovery_hash'])
      .orderBy('id')
      .execute();
    expect(secrets).toEqual([
      { password_hash: 'server-login', recovery_hash: null },
      { password_hash: 'server-login', recovery_hash: null },
    ]);
  }, 90_000);

  it('refuses an administrator login that names no active administrator, before writing anything', async () => {
    const target = await setUpForMove('refused');
    for (const [adminLogin, key] of [
      ['rita', 'notMovedAdmin'],
      ['nobody', 'notMovedAdmin'],
    ] as const) {
      const attempt = movePractice({
        sqliteFile: practice.file,
        target: target.db,
        adminLogin,
        adminPassword: 'pass-word-1',
      });
      await expect(attempt).rejects.toBeInstanceOf(AppError);
      await expect(
        movePractice({ sqliteFile: practice.file, target: target.db, adminLogin, adminPassword: 'pass-word-1' }),
      ).rejects.toMatchObject({ code: 'VALIDATION', issues: [{ path: 'adminLogin', message: key }] });
    }
    await expect(
      movePractice({ sqliteFile: practice.file, target: target.db, adminLogin: 'ada', adminPassword: 'short' }),
    ).rejects.toMatchObject({ issues: [{ path: 'adminPassword', message: 'tooShort:8' }] });
    const [counts] = await superQuery<{ roles: number }>(
      `SELECT count(*)::int AS roles FROM pg_roles WHERE rolname IN ('ada', 'rita')`,
    );
    expect(counts!.roles).toBe(0);
    const client = new pg.Client({ connectionString: cluster.url.replace(/\/postgres$/, '/refused') });
    await client.connect();
    try {
      expect((await client.query('SELECT count(*)::int AS n FROM patients')).rows[0].n).toBe(0);
      expect((await client.query('SELECT count(*)::int AS n FROM staff')).rows[0].n).toBe(0);
    } finally {
      await client.end();
    }
  }, 60_000);

  it('refuses a database that was not set up by Valgo, and a login that cannot act as its owner', async () => {
    await superQuery('CREATE DATABASE plain');
    await expect(
      openMoveTarget({ host: cluster.host, port: cluster.port, user: cluster.user, database: 'plain' }),
    ).rejects.toMatchObject({ code: 'VALIDATION', issues: [{ path: 'database', message: 'notSetUpForMove' }] });
    await setupPracticeServer({ superuser: superuser(), database: 'guarded', admin: null, appVersion: '0.1.0' });
    await superQuery(`CREATE ROLE mover LOGIN PASSWORD 'mover-pass'`);
    await superQuery('GRANT CONNECT ON DATABASE guarded TO mover');
    await expect(
      openMoveTarget({
        host: cluster.host,
        port: cluster.port,
        user: 'mover',
        password: 'mover-pass',
        database: 'guarded',
      }),
    ).rejects.toMatchObject({ issues: [{ path: 'ownerLogin', message: 'notOwner' }] });
  }, 60_000);

  it('the admin action (data-source:move) names the field of each refusal and moves nothing', async () => {
    await setupPracticeServer({ superuser: superuser(), database: 'byhand', admin: null, appVersion: '0.1.0' });
    await superQuery(`CREATE ROLE desk_owner LOGIN PASSWORD 'owner-pass'`);
    await superQuery('GRANT byhand_owner TO desk_owner');
    const ctx: CallContext = { session: 's', user: { id: 1, name: 'Ada Admin', role: 'admin' } };
    const move = moveHandlers({ dataDir: practice.dir, active: { kind: 'local' } }, async () => undefined)[
      'data-source:move'
    ];
    const input = {
      host: cluster.host,
      port: cluster.port,
      database: 'byhand',
      caFile: null,
      ownerLogin: 'desk_owner',
      ownerPassword: 'owner-pass',
      adminLogin: 'ada',
      adminPassword: 'pass-word-1',
    };
    const refusal = (path: string, message: string) => ({ code: 'VALIDATION', issues: [{ path, message }] });
    await expect(move({ ...input, ownerPassword: 'wrong' }, ctx)).rejects.toMatchObject(
      refusal('ownerPassword', 'wrongOwner'),
    );
    await expect(move({ ...input, port: await freeLoopbackPort() }, ctx)).rejects.toMatchObject(
      refusal('host', 'serverUnreachable'),
    );
    await expect(move({ ...input, host: 'db.example' }, ctx)).rejects.toMatchObject(refusal('caFile', 'tlsRequired'));
    await expect(move({ ...input, database: 'nosuch' }, ctx)).rejects.toMatchObject(
      refusal('database', 'databaseNotFound'),
    );
    await expect(move({ ...input, adminLogin: 'rita' }, ctx)).rejects.toMatchObject(
      refusal('adminLogin', 'notMovedAdmin'),
    );
    const onServer = moveHandlers(
      { dataDir: practice.dir, active: { kind: 'server', ...input, caFile: null } },
      async () => undefined,
    )['data-source:move'];
    await expect(onServer(input, ctx)).rejects.toMatchObject({ code: 'CONFLICT' });
    const [roles] = await superQuery<{ n: number }>(`SELECT count(*)::int AS n FROM pg_roles WHERE rolname = 'ada'`);
    expect(roles!.n).toBe(0);

    // A login granted the owner role moves; a second move is refused on the database field, naming tables.
    const report = await move(input, ctx);
    expect(report.ok).toBe(true);
    expect(report.logins.map((l) => [l.login, l.outcome])).toEqual([
      ['ada', 'created'],
      ['rita', 'created'],
    ]);
    await superQuery('DROP ROLE ada, rita');
    await expect(move(input, ctx)).rejects.toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'database', message: expect.stringMatching(/^notEmpty:.*patients/) }],
    });
  }, 90_000);

  it('runs as two commands: set-up for a move, then the move with the password on standard input', async () => {
    const cli = (script: string, args: string[], input = '') =>
      spawnSync(process.execPath, ['--import', 'tsx', `electron/cli/${script}`, ...args], {
        encoding: 'utf8',
        input,
        timeout: 60_000,
      });
    const setup = cli('server-setup.ts', ['--superuser-url', cluster.url, '--database', 'bycli', '--for-move']);
    expect(setup.stderr).toBe('');
    expect(setup.status).toBe(0);
    expect(setup.stdout).toMatch(/ready for a move.*npm run server:move/);
    const both = cli('server-setup.ts', ['--database', 'x', '--for-move', '--admin-login', 'anna']);
    expect(both.status).toBe(2);

    const to = cluster.url.replace(/\/postgres$/, '/bycli');
    const refused = cli(
      'move-to-server.ts',
      ['--from', practice.dir, '--to', to, '--admin-login', 'rita'],
      'pass-word-1\n',
    );
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/--admin-login: "rita" is not an active administrator/);

    const moved = cli(
      'move-to-server.ts',
      ['--from', practice.dir, '--to', to, '--admin-login', 'ada'],
      'cli pass 123\n',
    );
    expect(moved.stderr).toBe('');
    expect(moved.status).toBe(0);
    expect(moved.stdout).toMatch(/copied booklet_files: 3 rows/);
    expect(moved.stdout).toMatch(/^patients +3 +3 +ok$/m);
    expect(moved.stdout).toMatch(/ada: made for ada \(admin\), with the password given now/);
    expect(moved.stdout).toMatch(/rita: made for rita \(receptionist\), no password yet/);
    expect(moved.stdout).toMatch(/Settings → Staff → Reset password/);
    expect(moved.stdout).toMatch(/The move is complete and verified\./);
    const session = await signInToServer(addressOf(cluster, 'bycli'), 'ada', 'cli pass 123');
    opened.push(session);
    expect(session.user.role).toBe('admin');

    const again = cli(
      'move-to-server.ts',
      ['--from', practice.dir, '--to', to, '--admin-login', 'ada'],
      'cli pass 123\n',
    );
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/login "ada" already exists on this server/);
    const usage = cli('move-to-server.ts', ['--from', practice.dir, '--to', to]);
    expect(usage.status).toBe(2);
  }, 120_000);
});

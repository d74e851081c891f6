import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../../../electron/db/engine';
import { latestSchemaVersion, migratePostgres } from '../../../electron/db/migrate';
import { migrations } from '../../../electron/db/migrations';
import { signInToServer } from '../../../electron/services/server/login';
import { setupPracticeServer } from '../../../electron/services/server/setup';
import { addServerStaff } from '../../../electron/services/server/staff-admin';
import type { PgCluster } from '../../support/pg-cluster';
import { enableTls } from '../../support/pg-tls';
import { ADMIN, addressOf, outcome, setUpPractice, sqlClient, startServerCluster } from './server-fixture';

/*
 * The set-up command (issue 13 §1) and signing in with one's own database login (§2): what the
 * set-up makes, that a second run changes nothing, the refusals of sign-in, and the grants that
 * migratePostgres applies again after a migration. One cluster (passwords required) for the file.
 */

let cluster: PgCluster;
let superuser: pg.Client;

beforeAll(async () => {
  cluster = await startServerCluster();
  superuser = new pg.Client({ connectionString: cluster.url });
  await superuser.connect();
}, 60_000);

afterAll(async () => {
  await superuser?.end();
  cluster?.stop();
});

const rows = async (text: string, values: unknown[] = []) => (await superuser.query(text, values)).rows;

/** Everything a set-up run could change: the roles and the databases of the cluster. */
const clusterState = async () => ({
  roles: await rows(
    'SELECT rolname, rolcanlogin, rolcreaterole, rolsuper FROM pg_roles WHERE rolname !~ $1 ORDER BY rolname',
    ['^pg_'],
  ),
  databases: await rows('SELECT datname, pg_get_userbyid(datdba) AS owner FROM pg_database ORDER BY datname'),
});

describe('setupPracticeServer', () => {
  it('makes the owner, the group roles, the database and the first administrator', async () => {
    const result = await setUpPractice(cluster, 'clinic_a');
    expect(result).toMatchObject({ created: true, database: 'clinic_a', schemaVersion: latestSchemaVersion() });
    const roles = await rows(
      "SELECT rolname, rolcanlogin, rolcreaterole FROM pg_roles WHERE rolname LIKE 'clinic\\_a\\_%' ORDER BY rolname",
    );
    expect(roles).toEqual([
      { rolname: 'clinic_a_admin', rolcanlogin: false, rolcreaterole: false },
      { rolname: 'clinic_a_clinician', rolcanlogin: false, rolcreaterole: false },
      { rolname: 'clinic_a_owner', rolcanlogin: false, rolcreaterole: true },
      { rolname: 'clinic_a_receptionist', rolcanlogin: false, rolcreaterole: false },
    ]);
    const memberOf = await rows(
      `SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
       WHERE u.rolname = $1`,
      [ADMIN.login],
    );
    expect(memberOf).toEqual([{ rolname: 'clinic_a_admin' }]);

    const handle = openPostgres({ connectionString: cluster.url.replace(/\/postgres$/, '/clinic_a'), max: 1 });
    try {
      const owners = await sql<{ owner: string }>`
        SELECT DISTINCT tableowner AS owner FROM pg_tables WHERE schemaname = 'public'`.execute(handle.db);
      expect(owners.rows).toEqual([{ owner: 'clinic_a_owner' }]);
      const staff = await handle.db.selectFrom('staff').select(['username', 'role', 'name', 'active']).execute();
      expect(staff).toEqual([{ username: ADMIN.login, role: 'admin', name: ADMIN.name, active: 1 }]);
      const release = await sql<{ app_version: string }>`SELECT app_version FROM server_releases`.execute(handle.db);
      expect(release.rows).toEqual([{ app_version: '0.1.0' }]);
    } finally {
      await handle.close();
    }
    const session = await signInToServer(addressOf(cluster, 'clinic_a'), ADMIN.login, ADMIN.password);
    expect(session.user).toMatchObject({ name: ADMIN.name, role: 'admin' });
    await session.close();
  });

  it('says so and changes nothing when the database already exists', async () => {
    const before = await clusterState();
    const again = await setUpPractice(cluster, 'clinic_a', { ...ADMIN, login: 'someone_else' });
    expect(again.created).toBe(false);
    expect(again.message).toMatch(/already exists.*nothing was changed/);
    expect(await clusterState()).toEqual(before);
  });

  it('refuses bad names, a weak password and a login taken on the server, creating nothing', async () => {
    const before = await clusterState();
    const cases: [Parameters<typeof setupPracticeServer>[0]['database'], typeof ADMIN, string][] = [
      ['Bad-Name', ADMIN, 'database'],
      ['clinic_b', { ...ADMIN, login: 'A' }, 'adminLogin'],
      ['clinic_b', { ...ADMIN, login: 'pg_admin' }, 'adminLogin'],
      ['clinic_b', { ...ADMIN, login: 'kate', password: 'short' }, 'password'],
      ['clinic_b', ADMIN, 'adminLogin'], // anna exists already (clinic_a's administrator)
    ];
    for (const [database, admin, path] of cases) {
      await expect(
        setupPracticeServer({ superuser: { connectionString: cluster.url }, database, admin, appVersion: '0.1.0' }),
      ).rejects.toMatchObject({ code: 'VALIDATION', issues: [{ path }] });
    }
    expect(await clusterState()).toEqual(before);
  });

  it('undoes its roles and database when a step fails half-way', async () => {
    const before = await clusterState();
    const failing = [
      ...migrations,
      { version: migrations.length + 1, name: 'broken', up: () => Promise.reject(new Error('boom')) },
    ];
    await expect(
      setupPracticeServer({
        superuser: { connectionString: cluster.url },
        database: 'clinic_c',
        admin: { ...ADMIN, login: 'carl' },
        appVersion: '0.1.0',
        migrations: failing,
      }),
    ).rejects.toThrow('boom');
    expect(await clusterState()).toEqual(before);
  });
});

describe('signInToServer', () => {
  const address = () => addressOf(cluster, 'clinic_a');
  const wrong = { code: 'VALIDATION', issues: [{ path: 'password', message: 'wrongCredentials' }] };

  it('refuses a wrong password, an unknown login and a login of another practice alike', async () => {
    await expect(signInToServer(address(), ADMIN.login, 'not-the-password')).rejects.toMatchObject(wrong);
    await expect(signInToServer(address(), 'nobody_here', ADMIN.password)).rejects.toMatchObject(wrong);
    await superuser.query("CREATE ROLE outsider LOGIN PASSWORD 'outsider-pass'");
    await expect(signInToServer(address(), 'outsider', 'outsider-pass')).rejects.toMatchObject(wrong);
    const outsider = await sqlClient(cluster, 'postgres', 'outsider', 'outsider-pass');
    await outsider.end();
    await expect(sqlClient(cluster, 'clinic_a', 'outsider', 'outsider-pass')).rejects.toMatchObject({ code: '42501' });
  });

  it('insists on TLS for a server on another computer, and on a PEM certificate', async () => {
    await expect(
      signInToServer({ ...address(), host: '192.0.2.10' }, ADMIN.login, ADMIN.password),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'caFile', message: 'tlsRequired' }],
    });
    const notPem = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'valgo-ca-')), 'ca.pem');
    fs.writeFileSync(notPem, 'hello');
    await expect(signInToServer({ ...address(), caFile: notPem }, ADMIN.login, ADMIN.password)).rejects.toMatchObject({
      issues: [{ path: 'caFile', message: 'notCertificate' }],
    });
    fs.rmSync(path.dirname(notPem), { recursive: true });
  });

  it('verifies the server against the practice CA and its host name (verify-full)', async () => {
    const pki = await enableTls(cluster, 'IP:127.0.0.1');
    try {
      const session = await signInToServer({ ...address(), caFile: pki.caFile }, ADMIN.login, ADMIN.password);
      const { rows } = await sql<{ ssl: boolean }>`SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()`.execute(
        session.db,
      );
      expect(rows).toEqual([{ ssl: true }]);
      await session.close();
      const rejected = { code: 'VALIDATION', issues: [{ path: 'caFile', message: 'certificateRejected' }] };
      await expect(
        signInToServer({ ...address(), caFile: pki.otherCaFile }, ADMIN.login, ADMIN.password),
      ).rejects.toMatchObject(rejected);
      // Signed by the practice CA, but for 127.0.0.1, not for "localhost".
      await expect(
        signInToServer({ ...address(), host: 'localhost', caFile: pki.caFile }, ADMIN.login, ADMIN.password),
      ).rejects.toMatchObject(rejected);
    } finally {
      pki.dispose();
    }
  });

  it('refuses a server whose schema is newer than this build, naming the version to install', async () => {
    await setUpPractice(cluster, 'clinic_new', { ...ADMIN, login: 'nina' });
    const next = latestSchemaVersion() + 1;
    const owner = new pg.Client({ connectionString: cluster.url.replace(/\/postgres$/, '/clinic_new') });
    await owner.connect();
    await owner.query(`INSERT INTO schema_migrations VALUES ($1, 'future', 'x')`, [next]);
    await owner.query(`INSERT INTO server_releases VALUES ($1, '9.9.9', 'x')`, [next]);
    await owner.end();
    await expect(signInToServer(addressOf(cluster, 'clinic_new'), 'nina', ADMIN.password)).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('Install Valgo 9.9.9 or newer'),
    });
  });
});

describe('grants after a migration', () => {
  it('migratePostgres grants the groups again: a new table is clinical until the matrix lists it', async () => {
    const anna = await signInToServer(addressOf(cluster, 'clinic_a'), ADMIN.login, ADMIN.password);
    await addServerStaff(anna.db, { login: 'rita', name: 'Rita', password: 'rita-pass-1', role: 'receptionist' });
    await addServerStaff(anna.db, { login: 'oleg', name: 'Oleg', password: 'oleg-pass-1', role: 'clinician' });
    await anna.close();
    const asOwner = openPostgres({
      connectionString: cluster.url.replace(/\/postgres$/, '/clinic_a'),
      options: '-c role=clinic_a_owner',
      max: 1,
    });
    const extra = {
      version: latestSchemaVersion() + 1,
      name: 'extra',
      up: async (db: Parameters<(typeof migrations)[number]['up']>[0]) => {
        await sql`CREATE TABLE later_findings (id integer PRIMARY KEY, finding text)`.execute(db);
      },
    };
    try {
      await migratePostgres(asOwner.db, { migrations: [...migrations, extra] });
    } finally {
      await asOwner.close();
    }
    const rita = await sqlClient(cluster, 'clinic_a', 'rita', 'rita-pass-1');
    const oleg = await sqlClient(cluster, 'clinic_a', 'oleg', 'oleg-pass-1');
    try {
      expect(await outcome(rita, 'SELECT * FROM later_findings')).toBe('42501');
      expect(await outcome(oleg, 'SELECT * FROM later_findings')).toBe('ok');
      expect(await outcome(rita, 'SELECT first_name FROM patients')).toBe('ok');
      expect(await outcome(rita, 'SELECT notes FROM patients')).toBe('42501');
    } finally {
      await rita.end();
      await oleg.end();
    }
  });
});

describe('the set-up command', () => {
  const cli = (args: string[], input: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/server-setup.ts', ...args], {
      input,
      encoding: 'utf8',
      timeout: 60_000,
    });

  it('sets up from the command line with the password on standard input, and says so on a second run', () => {
    const args = [
      '--superuser-url',
      cluster.url,
      '--database',
      'clinic_cli',
      '--admin-login',
      'dina',
      '--admin-name',
      'Dina A',
    ];
    const first = cli(args, 'dina-password\n');
    expect([first.status, first.stderr]).toEqual([0, '']);
    expect(first.stdout).toContain('"clinic_cli" is ready');
    const second = cli(args, 'dina-password\n');
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('already exists');
    const usage = cli(['--database', 'clinic_x'], '');
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('--admin-login is required');
    const weak = cli(['--superuser-url', cluster.url, '--database', 'clinic_y', '--admin-login', 'yan'], 'short\n');
    expect(weak.status).toBe(2);
    expect(weak.stderr).toContain('password');
  }, 60_000);
});

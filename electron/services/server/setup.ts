import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { Password } from '../../../shared/contract';
import { openPostgres } from '../../db/engine';
import { latestSchemaVersion, migratePostgres } from '../../db/migrate';
import type { Migration } from '../../db/migrations';
import type { Database } from '../../db/schema';
import { AppError } from '../errors';
import {
  DATABASE_NAME,
  GROUP_ROLES,
  groupRole,
  ident,
  isLoginName,
  ownerRole,
  scramVerifier,
  signalGrant,
} from './roles';

/*
 * The set-up command's work (electron/cli/server-setup.ts; helper tests call it directly):
 *
 * 1. as the superuser: the owner role (NOLOGIN, CREATEROLE: it alone creates staff logins, inside
 *    valgo_add_staff; pg_signal_backend: it ends a dismissed login's sessions) and the three group
 *    roles (NOLOGIN), one transaction;
 * 2. the database, owned by the owner role; nobody but the groups may connect;
 * 3. the extensions the schema needs (btree_gist, unaccent), as the superuser;
 * 4. as the owner (role=… at connection start, the superuser session's SET ROLE): every
 *    migration, which ends by granting the groups their privileges (grants.ts), and the first
 *    administrator's login through valgo_add_staff.
 *
 * A database that already exists is left untouched and reported. If a step fails after the
 * database was created, the database and the roles made by this run are dropped again.
 */

/**
 * The superuser's connection: a URL (`connectionString`, any database, usually `postgres`) or
 * fields; what is missing comes from the PG* environment variables, as with psql.
 */
export type SuperuserConnection = Pick<
  pg.ClientConfig,
  'connectionString' | 'host' | 'port' | 'user' | 'password' | 'database'
>;

export interface SetupOptions {
  superuser: SuperuserConnection;
  database: string;
  /** The first administrator; null: a set-up for a move (server:move brings the staff and makes their logins). */
  admin: { login: string; name: string; password: string } | null;
  /** This build's version, recorded beside the schema version (server_releases). */
  appVersion: string;
  /** Tests only: another migration list than this build's. */
  migrations?: readonly Migration[];
}

export interface SetupResult {
  created: boolean;
  database: string;
  schemaVersion: number;
  message: string;
}

const invalid = (path: string, message: string, text: string) => new AppError('VALIDATION', text, [{ path, message }]);

function checkOptions(options: SetupOptions): void {
  if (!DATABASE_NAME.test(options.database)) {
    throw invalid(
      'database',
      'invalidDatabase',
      'The database name must be lower-case letters, digits or _ (at most 40).',
    );
  }
  if (!options.admin) return;
  if (!isLoginName(options.admin.login)) {
    throw invalid(
      'adminLogin',
      'invalidLogin',
      'The login must be 2-40 lower-case letters, digits or _, starting with a letter.',
    );
  }
  const name = options.admin.name.trim();
  if (name.length < 1 || name.length > 120) throw invalid('adminName', 'required', 'The administrator needs a name.');
  if (!Password.safeParse(options.admin.password).success) {
    throw invalid('password', 'tooShort:8', 'The password must be at least 8 characters.');
  }
}

async function withClient<T>(config: pg.ClientConfig, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(config);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function onDatabase(connection: SuperuserConnection, database: string): pg.ClientConfig {
  if (!connection.connectionString) return { ...connection, database };
  const url = new URL(connection.connectionString);
  url.pathname = `/${database}`;
  return { connectionString: url.toString() };
}

/** Opens `database` as the superuser acting as the owner role (objects it creates belong to the owner). */
function openAsOwner(connection: SuperuserConnection, database: string) {
  return openPostgres({ ...onDatabase(connection, database), options: `-c role=${ownerRole(database)}`, max: 1 });
}

async function recordRelease(db: Kysely<Database>, appVersion: string, version: number): Promise<void> {
  await sql`
    INSERT INTO server_releases (schema_version, app_version, recorded_at)
    VALUES (${version}, ${appVersion}, ${new Date().toISOString()})
    ON CONFLICT (schema_version) DO NOTHING`.execute(db);
}

export async function setupPracticeServer(options: SetupOptions): Promise<SetupResult> {
  checkOptions(options);
  const { database } = options;
  const owner = ownerRole(database);
  const roles = [owner, ...GROUP_ROLES.map((r) => groupRole(database, r))];
  const maintenance: pg.ClientConfig = options.superuser.connectionString
    ? { connectionString: options.superuser.connectionString }
    : { ...options.superuser, database: options.superuser.database ?? process.env.PGDATABASE ?? 'postgres' };

  const made = await withClient(maintenance, async (client) => {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount) return null;
    const { rows } = await client.query<{ rolname: string }>('SELECT rolname FROM pg_roles WHERE rolname = ANY($1)', [
      roles,
    ]);
    const login = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [options.admin?.login ?? '']);
    if (login.rowCount) throw invalid('adminLogin', 'loginTaken', 'This login already exists on this server.');
    if (rows.length > 0) {
      throw new AppError(
        'CONFLICT',
        `The roles ${rows.map((r) => r.rolname).join(', ')} already exist on this server; choose another database name.`,
      );
    }
    await client.query('BEGIN');
    try {
      await client.query(`CREATE ROLE ${ident(owner)} NOLOGIN CREATEROLE`);
      for (const role of GROUP_ROLES) await client.query(`CREATE ROLE ${ident(groupRole(database, role))} NOLOGIN`);
      await client.query(signalGrant(database));
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
    await client.query(`CREATE DATABASE ${ident(database)} OWNER ${ident(owner)} ENCODING 'UTF8' TEMPLATE template0`);
    return true;
  });
  if (!made) {
    return {
      created: false,
      database,
      schemaVersion: latestSchemaVersion(),
      message: `The database "${database}" already exists on this server; nothing was changed.`,
    };
  }

  try {
    await withClient(onDatabase(options.superuser, database), async (client) => {
      const groups = GROUP_ROLES.map((r) => ident(groupRole(database, r))).join(', ');
      await client.query(`REVOKE ALL ON DATABASE ${ident(database)} FROM PUBLIC`);
      await client.query(`GRANT CONNECT, TEMPORARY ON DATABASE ${ident(database)} TO ${groups}`);
      await client.query(`REVOKE ALL ON SCHEMA public FROM PUBLIC`);
      await client.query('CREATE EXTENSION IF NOT EXISTS btree_gist');
      await client.query('CREATE EXTENSION IF NOT EXISTS unaccent');
    });
    const handle = openAsOwner(options.superuser, database);
    try {
      const { to } = await migratePostgres(handle.db, options.migrations ? { migrations: options.migrations } : {});
      const { admin } = options;
      await handle.db.transaction().execute(async (trx) => {
        await recordRelease(trx, options.appVersion, to);
        if (!admin) return;
        const verifier = scramVerifier(admin.password);
        await sql`SELECT valgo_add_staff(${admin.login}, ${admin.name.trim()}, ${verifier}, 'admin')`.execute(trx);
      });
      return {
        created: true,
        database,
        schemaVersion: to,
        message: admin
          ? `The practice database "${database}" is ready; ${admin.login} can sign in as its administrator.`
          : `The practice database "${database}" is ready for a move: it has no staff yet. Next, on the computer ` +
            `that holds the practice's file (Valgo closed): npm run server:move -- --from <data folder> ` +
            `--to postgres://<superuser>@<host>:<port>/${database} --admin-login <administrator's username>, ` +
            'or Settings → Data source → "Move this computer\'s records to a practice server" in Valgo.',
      };
    } finally {
      await handle.close();
    }
  } catch (error) {
    await withClient(maintenance, async (client) => {
      await client.query(`DROP DATABASE IF EXISTS ${ident(database)} WITH (FORCE)`);
      // The administrator's login only if this run made it (it is in this database's admin group).
      if (!options.admin) return;
      const mine = await client.query(
        `SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
         WHERE g.rolname = $1 AND u.rolname = $2`,
        [groupRole(database, 'admin'), options.admin.login],
      );
      if (mine.rowCount) await client.query(`DROP ROLE ${ident(options.admin.login)}`);
    }).catch(() => undefined);
    await withClient(maintenance, async (client) => {
      for (const role of [...roles].reverse()) await client.query(`DROP ROLE IF EXISTS ${ident(role)}`);
    }).catch(() => undefined);
    throw error;
  }
}

/**
 * Brings an existing practice database to this build's schema as its owner (the groups are
 * granted again after the migrations) and records this build's version. Workstations sign in
 * with staff logins, which cannot change the schema, so this is the administrator's step when
 * a new Valgo version is installed.
 */
export async function upgradePracticeServer(options: {
  superuser: SuperuserConnection;
  database: string;
  appVersion: string;
}): Promise<{ from: number; to: number }> {
  // Servers set up before migration 15: the owner may now end a dismissed member's sessions.
  await withClient(onDatabase(options.superuser, options.database), (client) =>
    client.query(signalGrant(options.database)),
  );
  const handle = openAsOwner(options.superuser, options.database);
  try {
    const result = await migratePostgres(handle.db);
    await recordRelease(handle.db, options.appVersion, result.to);
    return result;
  } finally {
    await handle.close();
  }
}

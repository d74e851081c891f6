import fs from 'node:fs';
import net from 'node:net';
import { sql, type Kysely } from 'kysely';
import type { StaffUser } from '../../../shared/contract';
import { openPostgres } from '../../db/engine';
import { latestSchemaVersion } from '../../db/migrate';
import type { Database } from '../../db/schema';
import { AppError } from '../errors';
import { toUser } from '../staff/staff';
import { startPgDoorbell } from '../changes/pg-doorbell';
import type { Doorbell } from '../changes/feed';

/*
 * Sign-in on a practice server: the member of staff connects with their own database login
 * (roles.ts), so the server itself enforces their role; no shared database password exists on
 * any workstation. The login names the staff row (`username_folded`), which gives the StaffUser.
 */

export interface ServerAddress {
  host: string;
  port: number;
  database: string;
  /** PEM file of the practice's CA: TLS, the server's certificate and host name verified (verify-full). Null: no TLS, loopback only. */
  caFile?: string | null;
}

export interface ServerSession {
  db: Kysely<Database>;
  user: StaffUser;
  close(): Promise<void>;
}

const issue = (path: string, message: string, text: string) => new AppError('VALIDATION', text, [{ path, message }]);

/** One answer for a wrong login and a wrong password: nothing says which part was wrong. */
const wrongCredentials = () => issue('password', 'wrongCredentials', 'The username or password is not right.');

export function isLoopback(host: string): boolean {
  const h = host.trim().toLowerCase();
  if (h === 'localhost') return true;
  if (net.isIPv4(h)) return h.startsWith('127.');
  return h === '::1' || h === '[::1]';
}

function tlsOptions(address: ServerAddress): { ca: string; rejectUnauthorized: true } | false {
  if (!address.caFile) {
    if (!isLoopback(address.host)) {
      throw issue(
        'caFile',
        'tlsRequired',
        "A practice server on another computer needs the practice's CA certificate.",
      );
    }
    return false;
  }
  let ca: string;
  try {
    ca = fs.readFileSync(address.caFile, 'utf8');
  } catch {
    throw issue('caFile', 'unreadable', 'The CA certificate file could not be read.');
  }
  if (!ca.includes('-----BEGIN CERTIFICATE-----')) {
    throw issue('caFile', 'notCertificate', 'This file is not a PEM certificate.');
  }
  // Node's TLS checks the chain against `ca` and the host name against the certificate: verify-full.
  return { ca, rejectUnauthorized: true };
}

/** A failed first connection as the field it concerns; null when it is not a connection problem. */
function connectionError(error: unknown): AppError | null {
  const e = error as { code?: unknown; message?: unknown };
  const code = typeof e?.code === 'string' ? e.code : '';
  // invalid_password, invalid_authorization_specification (no such login, not allowed to log in),
  // insufficient_privilege (no CONNECT on this database): all the same to the person signing in.
  if (code === '28P01' || code === '28000' || code === '42501') return wrongCredentials();
  if (code === '3D000') return issue('database', 'databaseNotFound', 'There is no such database on this server.');
  if (/CERT|SELF_SIGNED|ERR_TLS|UNABLE_TO_VERIFY|HOSTNAME/i.test(code) || /certificate/i.test(String(e?.message))) {
    return issue(
      'caFile',
      'certificateRejected',
      "The server's certificate does not match the practice's CA or host name.",
    );
  }
  if (/^(ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ETIMEDOUT|ECONNRESET|EAI_AGAIN|ENETUNREACH)$/.test(code)) {
    return issue('host', 'serverUnreachable', 'The practice server could not be reached.');
  }
  if (/timeout|terminated|does not support SSL|server does not support/i.test(String(e?.message))) {
    return issue('host', 'serverUnreachable', 'The practice server could not be reached.');
  }
  return null;
}

async function schemaCheck(db: Kysely<Database>): Promise<void> {
  const { rows } = await sql<{ v: number | null }>`SELECT max(version) AS v FROM schema_migrations`.execute(db);
  const server = Number(rows[0]?.v ?? 0);
  const known = latestSchemaVersion();
  if (server > known) {
    const { rows: releases } = await sql<{ app_version: string }>`
      SELECT app_version FROM server_releases WHERE schema_version = ${server}`.execute(db);
    const release = releases[0]?.app_version;
    throw new AppError(
      'CONFLICT',
      release
        ? `The practice server was set up by Valgo ${release}. Install Valgo ${release} or newer on this computer; nothing was changed.`
        : `The practice server has schema ${server}; this version of Valgo knows up to ${known}. Install the newer version; nothing was changed.`,
    );
  }
  if (server < known) {
    throw new AppError(
      'CONFLICT',
      `The practice server has schema ${server}; this version of Valgo needs ${known}. ` +
        'The administrator upgrades the server first (server-setup --upgrade); nothing was changed.',
    );
  }
}

/**
 * Connects to the practice server as `login` and returns the database, the staff member and a
 * way to close the connection. Wrong login or password: VALIDATION on `password`, the same for
 * both. A server whose schema differs from this build's is refused with what to install or do.
 */
export async function signInToServer(
  address: ServerAddress,
  login: string,
  password: string,
): Promise<{ db: Kysely<Database>; user: StaffUser; close(): Promise<void>; doorbell(): Doorbell }> {
  const ssl = tlsOptions(address);
  const name = login.trim().toLowerCase();
  if (name === '' || password === '') throw wrongCredentials();
  const connection = {
    host: address.host,
    port: address.port,
    database: address.database,
    user: name,
    // As libpq's SASLprep would; the set-up's verifiers are made from the same NFKC form.
    password: password.normalize('NFKC'),
    ssl,
    connectionTimeoutMillis: 10_000,
    application_name: 'valgo',
  };
  const handle = openPostgres({ ...connection, max: 5 });
  try {
    const row = await handle.db
      .selectFrom('staff')
      .select(['id', 'name', 'role', 'active'])
      .where('username_folded', '=', name)
      .executeTakeFirst();
    if (!row || row.active !== 1) throw wrongCredentials();
    await schemaCheck(handle.db);
    // The live-update doorbell listens with the same login on a connection of its own.
    return {
      db: handle.db,
      user: toUser(row),
      close: () => handle.close(),
      doorbell: () => startPgDoorbell(connection),
    };
  } catch (error) {
    await handle.close().catch(() => undefined);
    throw connectionError(error) ?? error;
  }
}

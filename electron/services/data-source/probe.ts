import { X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import pg from 'pg';
import type { ConnectionReport, ServerAddress } from '../../../shared/contract';
import { latestSchemaVersion } from '../../db/migrate';

/*
 * "Test connection" on the data-source screen: is the server there, does its certificate verify
 * against the practice's CA for this host name, and (when a login is given) which PostgreSQL and
 * which Valgo schema it runs. Every failure becomes a report naming the step; nothing here throws
 * to the caller and nothing is stored.
 */

const TIMEOUT_MS = 5000;

/** Node's and OpenSSL's codes for a certificate that did not verify (or no TLS on the server). */
const TLS_CODES = new Set([
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_SIGNATURE_FAILURE',
  'ERR_SSL_WRONG_VERSION_NUMBER',
]);

const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

type ErrorLike = { code?: string; message?: string };

/** The error is the network's (no server answering at that address). */
export function isUnreachable(error: unknown): boolean {
  const e = error as ErrorLike;
  return UNREACHABLE_CODES.has(e?.code ?? '') || /timeout|Connection terminated unexpectedly/i.test(e?.message ?? '');
}

/** The error is TLS's: the certificate did not verify, or the server offers no TLS. */
export function isTlsFailure(error: unknown): boolean {
  const e = error as ErrorLike;
  return TLS_CODES.has(e?.code ?? '') || /does not support SSL|certificate|SSL/i.test(e?.message ?? '');
}

/** Why a CA file cannot be used: 'unreadable' (no such readable file) or 'notCertificate'; null when it can. */
export function caFileProblem(file: string): 'unreadable' | 'notCertificate' | null {
  let text: string;
  try {
    if (!fs.statSync(file).isFile()) return 'unreadable';
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return 'unreadable';
  }
  const pem = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(text);
  if (!pem) return 'notCertificate';
  try {
    new X509Certificate(pem[0]);
    return null;
  } catch {
    return 'notCertificate';
  }
}

/** pg's options for an address: TLS with the CA checked against the host name (verify-full). */
export function tlsOptions(address: ServerAddress): pg.ClientConfig['ssl'] {
  if (!address.caFile) return false;
  const ca = fs.readFileSync(address.caFile, 'utf8');
  if (!ca.includes('-----BEGIN CERTIFICATE-----')) throw new Error('not a PEM certificate');
  // pg hands the host to tls.connect, which checks the certificate's names against it.
  return { ca, rejectUnauthorized: true };
}

function tcpReachable(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(TIMEOUT_MS, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

export async function testConnection(
  address: ServerAddress,
  login?: string,
  password?: string,
): Promise<ConnectionReport> {
  const appSchemaVersion = latestSchemaVersion();
  const where = `${address.host}:${address.port}`;
  const report = (fields: Partial<ConnectionReport> & Pick<ConnectionReport, 'message'>): ConnectionReport => ({
    reachable: true,
    tls: address.caFile ? true : null,
    serverVersion: null,
    schemaVersion: null,
    appSchemaVersion,
    problem: null,
    ...fields,
  });
  if (!(await tcpReachable(address.host, address.port))) {
    return report({
      reachable: false,
      tls: null,
      problem: 'unreachable',
      message: `Nothing answers at ${where}. Check the address and that the server is running, then try again.`,
    });
  }
  let ssl: pg.ClientConfig['ssl'];
  try {
    ssl = tlsOptions(address);
  } catch (error) {
    return report({
      tls: false,
      problem: 'caFile',
      message: `The CA certificate file cannot be used (${(error as Error).message}).`,
    });
  }
  const client = new pg.Client({
    host: address.host,
    port: address.port,
    database: address.database,
    user: login || 'valgo_connection_test',
    password: password ?? '',
    ssl,
    connectionTimeoutMillis: TIMEOUT_MS,
  });
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (error) {
    return report(describeConnectFailure(error, address, Boolean(login)));
  }
  try {
    const version = await client.query<{ server_version: string }>('SHOW server_version');
    const serverVersion = version.rows[0]?.server_version ?? null;
    const found = await client.query<{ r: string | null }>(`SELECT to_regclass('public.schema_migrations')::text AS r`);
    if (!found.rows[0]?.r) {
      return report({
        serverVersion,
        problem: 'notValgo',
        message: `PostgreSQL ${serverVersion} answers, but ${address.database} is not a Valgo database yet: run the set-up command.`,
      });
    }
    const max = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations');
    const schemaVersion = max.rows[0]?.v ?? 0;
    if (schemaVersion > appSchemaVersion) {
      return report({
        serverVersion,
        schemaVersion,
        problem: 'tooNew',
        message: tooNewMessage(schemaVersion, appSchemaVersion),
      });
    }
    return report({
      serverVersion,
      schemaVersion,
      ...(schemaVersion < appSchemaVersion ? { problem: 'tooOld' as const } : {}),
      message:
        schemaVersion < appSchemaVersion
          ? `PostgreSQL ${serverVersion}; the database is at schema ${schemaVersion} and needs the set-up command of this version to bring it to ${appSchemaVersion}.`
          : `Connected: PostgreSQL ${serverVersion}, Valgo schema ${schemaVersion}${ssl ? ', certificate verified' : ''}.`,
    });
  } catch (error) {
    return report({ problem: 'login', message: `Signed in, but the server refused to answer: ${String(error)}` });
  } finally {
    await client.end().catch(() => {});
  }
}

/** The message for a server whose schema this build does not know. */
export function tooNewMessage(serverSchema: number, appSchema: number): string {
  return (
    `The practice server holds data of a newer Valgo (schema ${serverSchema}; this version knows up to ` +
    `${appSchema}). Install the Valgo version the server was set up with (schema ${serverSchema}) on this computer.`
  );
}

function describeConnectFailure(
  error: unknown,
  address: ServerAddress,
  withLogin: boolean,
): Partial<ConnectionReport> & Pick<ConnectionReport, 'message'> {
  const code = (error as ErrorLike).code ?? '';
  const where = `${address.host}:${address.port}`;
  if (isUnreachable(error)) {
    return { reachable: false, tls: null, problem: 'unreachable', message: `${where} stopped answering; try again.` };
  }
  if (isTlsFailure(error)) {
    return {
      tls: false,
      problem: 'tls',
      message: `The server at ${where} did not prove it is ${address.host} with the practice's CA certificate (${(error as Error).message}).`,
    };
  }
  if (code === '3D000') {
    return {
      problem: 'noDatabase',
      message: `PostgreSQL answers at ${where}, but has no database ${address.database}.`,
    };
  }
  // 28P01 wrong password, 28000 no such role / not allowed: the server is there and TLS held.
  if (!withLogin) {
    return {
      message: `PostgreSQL answers at ${where}${address.caFile ? ' and its certificate verified' : ''}. Enter a login to check the versions.`,
    };
  }
  return { problem: 'login', message: 'The server is there, but refused this login and password.' };
}

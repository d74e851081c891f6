import { z } from 'zod';
import { ADMIN_ONLY, ANYONE, ROLES } from './access';
import { Password } from './staff';
import { lineText, optionalLineText, secretText } from './text';

/*
 * Where this workstation's data lives (issue 13 §1): "This computer only" (the embedded SQLite
 * file, the default) or a practice server (PostgreSQL, TLS verified against the practice's CA).
 * Only the address is stored (data-source.json in the data folder); never a password: in server
 * mode every member of staff signs in with their own database login.
 */

/** A host name or IP address: letters, digits, dots, dashes, colons (IPv6). */
const Host = lineText(253).refine((s) => /^[A-Za-z0-9.:-]+$/.test(s), { message: 'invalidHost' });

/** A PostgreSQL database name as the set-up command creates it (unquoted identifier). */
const DatabaseName = lineText(63).refine((s) => /^[a-z_][a-z0-9_]*$/.test(s), { message: 'invalidDatabase' });

/** An absolute path to the practice's CA certificate (PEM); empty or null: no TLS (loopback only). */
const CaFile = optionalLineText(1000)
  .nullish()
  .transform((s) => (s ? s : null))
  .refine((s) => s === null || s.startsWith('/') || /^[A-Za-z]:[\\/]/.test(s), { message: 'absolutePath' });

export const ServerAddress = z.object({
  host: Host,
  port: z.number().int().min(1).max(65535),
  database: DatabaseName,
  caFile: CaFile,
});
export type ServerAddress = z.output<typeof ServerAddress>;
export type ServerAddressInput = z.input<typeof ServerAddress>;

export const DataSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('local') }),
  ServerAddress.extend({ kind: z.literal('server') }),
]);
export type DataSource = z.output<typeof DataSource>;
export type DataSourceInput = z.input<typeof DataSource>;

export const DataSourceState = z.object({
  /** What data-source.json says; null before the first-run choice was made. */
  chosen: DataSource.nullable(),
  /** What this running core uses (the choice takes effect when the app starts again). */
  active: DataSource,
  /** The saved choice differs from the running one: restart Valgo to switch. */
  restartNeeded: z.boolean(),
  /** This caller may change the choice (the admin, or anyone at first run before any staff exists). */
  canChange: z.boolean(),
});
export type DataSourceState = z.infer<typeof DataSourceState>;

/** What "Test connection" found, step by step; `problem` names the first step that failed. */
export const ConnectionReport = z.object({
  reachable: z.boolean(),
  /** null: no TLS asked for (no CA file). */
  tls: z.boolean().nullable(),
  /** The PostgreSQL version (known only after a login was accepted). */
  serverVersion: z.string().nullable(),
  /** The database's Valgo schema version and the newest this build knows. */
  schemaVersion: z.number().int().nullable(),
  appSchemaVersion: z.number().int(),
  problem: z.enum(['unreachable', 'tls', 'caFile', 'noDatabase', 'login', 'notValgo', 'tooNew', 'tooOld']).nullable(),
  message: z.string(),
});
export type ConnectionReport = z.infer<typeof ConnectionReport>;

/**
 * "Move this computer's records to a practice server" (issue 13 §6): the server's address, a
 * login that can act as the database's owner (used for this move only, never stored), and which
 * administrator of this computer signs in first on the server, with their new server password.
 */
export const MoveToServerInput = ServerAddress.extend({
  ownerLogin: lineText(63),
  ownerPassword: secretText(200),
  adminLogin: lineText(200),
  adminPassword: Password,
});
export type MoveToServerInput = z.input<typeof MoveToServerInput>;

export const MovePhase = z.enum(['check', 'copy', 'sequences', 'search', 'logins', 'verify']);
export type MovePhase = z.infer<typeof MovePhase>;

/** The running move's step: `done` of `total` tables copied, then verified. */
export const MoveProgress = z.object({
  phase: MovePhase,
  table: z.string().nullable(),
  done: z.number().int(),
  total: z.number().int(),
});
export type MoveProgress = z.infer<typeof MoveProgress>;

const ChainCheck = z.object({ ok: z.boolean(), entries: z.number().int() });

/** What the move copied and verified, and the database logins it made. */
export const MoveToServerReport = z.object({
  ok: z.boolean(),
  tables: z.array(z.object({ name: z.string(), source: z.number().int(), target: z.number().int(), ok: z.boolean() })),
  pdfs: z.object({ count: z.number().int(), ok: z.boolean() }),
  audit: z.object({ source: ChainCheck, target: ChainCheck.nullable(), note: z.string().nullable() }),
  logins: z.array(
    z.object({
      username: z.string(),
      login: z.string().nullable(),
      role: z.enum(ROLES),
      admin: z.boolean(),
      outcome: z.enum(['created', 'invalidLogin', 'loginTaken']),
    }),
  ),
});
export type MoveToServerReport = z.infer<typeof MoveToServerReport>;

export const dataSourceChannels = {
  /** This workstation's data source (no secrets); the first-run screen needs it before sign-in. */
  'data-source:get': { input: z.object({}), output: DataSourceState, access: ANYONE },
  /**
   * Saves the choice for the next start (the SQLite file is never touched). Main allows it for the
   * admin, or for anyone while no staff account exists and nothing was chosen yet.
   */
  'data-source:set': { input: DataSource, output: DataSourceState, access: ANYONE },
  /** Tries a practice server: reachable, TLS verified, and (with a login) its versions. Stores nothing. */
  'data-source:test': {
    input: ServerAddress.extend({ login: optionalLineText(63).optional(), password: secretText(200).optional() }),
    output: ConnectionReport,
    access: ANYONE,
  },
  /** Copies this computer's SQLite records to a server set up for a move and makes the staff's logins. */
  'data-source:move': { input: MoveToServerInput, output: MoveToServerReport, access: ADMIN_ONLY },
  /** The running move's step (null when no move runs), for the progress shown while it works. */
  'data-source:move-progress': { input: z.object({}), output: MoveProgress.nullable(), access: ADMIN_ONLY },
} as const;

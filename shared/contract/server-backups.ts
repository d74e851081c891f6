import { z } from 'zod';
import { ADMIN_ONLY } from './access';
import { BackupFolder } from './backups';

/*
 * Backups of the practice server (issue 13 §7) from Settings → Backups on a server workstation:
 * pg_dump of one snapshot with the admin's own login, a manifest (SHA-256, row counts) and a
 * restore drill into a temporary database. The files go to a folder on this workstation; the
 * renderer names a backup by its manifest's file name, and main checks it is one of the folder's.
 * In "This computer only" mode these channels refuse: that mode has its own backups (backups.ts).
 */

/** A server backup's manifest file name inside the backup folder (no folder part). */
export const ServerBackupName = z
  .string()
  .max(200)
  .regex(/^valgo-server-[A-Za-z0-9_-]+-manifest\.json$/, { message: 'invalidValue' });

export const PgToolName = z.enum(['pg_dump', 'pg_restore', 'pg_dumpall']);

export const PgToolState = z.object({
  name: PgToolName,
  /** Where it was found on this workstation; null: not installed. */
  path: z.string().nullable(),
  /** As the tool reports it (`15.18`); null when missing. */
  version: z.string().nullable(),
  major: z.number().int().nullable(),
});
export type PgToolState = z.infer<typeof PgToolState>;

/** What a running backup or drill is doing now. */
export const ServerBackupStep = z.enum(['snapshot', 'dump', 'roles', 'check', 'restore', 'count']);
export type ServerBackupStep = z.infer<typeof ServerBackupStep>;

export const ServerBackupStatus = z.object({
  folder: z.string(),
  /** `<data folder>/server-backups`: used until the admin chooses another folder. */
  defaultFolder: z.string(),
  serverVersion: z.string(),
  serverMajor: z.number().int(),
  tools: z.array(PgToolState),
  /** Null when this workstation can back up the server; else the package to install (`postgresql-client-15`). */
  install: z.string().nullable(),
  running: z.object({ task: z.enum(['backup', 'drill']), step: ServerBackupStep, startedAt: z.string() }).nullable(),
});
export type ServerBackupStatus = z.infer<typeof ServerBackupStatus>;

/** A manifest's verdict: the last restore drill's outcome, or not checked yet. */
export const ServerBackupVerdict = z.enum(['ok', 'failed', 'unchecked']);

export const ServerBackupEntry = z.object({
  name: ServerBackupName,
  createdAt: z.string(),
  database: z.string(),
  schemaVersion: z.number().int().nullable(),
  dumpBytes: z.number().int().nonnegative(),
  sha256: z.string(),
  /** The staff logins and group roles were saved beside the dump. */
  roles: z.boolean(),
  verdict: ServerBackupVerdict,
  checkedAt: z.string().nullable(),
  problem: z.string().nullable(),
});
export type ServerBackupEntry = z.infer<typeof ServerBackupEntry>;

export const ServerBackupList = z.object({ folder: z.string(), backups: z.array(ServerBackupEntry) });
export type ServerBackupList = z.infer<typeof ServerBackupList>;

export const ServerDrillReport = z.object({
  name: ServerBackupName,
  ok: z.boolean(),
  /** The dump matches its manifest's SHA-256. */
  intact: z.boolean(),
  /** Entries in the archive's table of contents. */
  listed: z.number().int(),
  tables: z.array(
    z.object({ name: z.string(), expected: z.number().int(), restored: z.number().int(), ok: z.boolean() }),
  ),
  /** What went wrong (PostgreSQL's words), null when the drill passed. */
  problem: z.string().nullable(),
  ms: z.number().int(),
});
export type ServerDrillReport = z.infer<typeof ServerDrillReport>;

export const ServerBackupReport = z.object({
  name: ServerBackupName,
  createdAt: z.string(),
  dumpBytes: z.number().int().nonnegative(),
  sha256: z.string(),
  /** null: the roles were not saved; false: saved without their passwords (not readable by this login). */
  rolePasswords: z.boolean().nullable(),
  drill: ServerDrillReport,
});
export type ServerBackupReport = z.infer<typeof ServerBackupReport>;

export const ServerBackupFolder = z.object({ folder: z.string(), defaultFolder: z.string() });

export const serverBackupChannels = {
  /** The tools on this workstation against the server's version, the folder, what is running. */
  'server-backups:status': { input: z.object({}), output: ServerBackupStatus, access: ADMIN_ONLY },
  /** The folder's server backups with their manifests' verdicts, newest first. */
  'server-backups:list': { input: z.object({}), output: ServerBackupList, access: ADMIN_ONLY },
  /** "Back up now" with the caller's own login, then the restore drill of the new backup. */
  'server-backups:run': { input: z.object({}), output: ServerBackupReport, access: ADMIN_ONLY },
  /** Restores a backup into a temporary database on the server, compares row counts, drops it. */
  'server-backups:drill': {
    input: z.object({ name: ServerBackupName }),
    output: ServerDrillReport,
    access: ADMIN_ONLY,
  },
  /** Chooses the folder on this workstation (created if missing); the default when `folder` is null. */
  'server-backups:folder:set': {
    input: z.object({ folder: BackupFolder.nullable() }),
    output: ServerBackupFolder,
    access: ADMIN_ONLY,
  },
} as const;

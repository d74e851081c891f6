import { z } from 'zod';
import { ADMIN_ONLY } from './access';
import { textRules } from './text';

/*
 * Backups of the one database (booklet PDFs are stored inside it, so they come along): taken
 * with SQLite's online backup, each with a JSON manifest beside it, into a folder the admin
 * chooses. The renderer names a backup by its file name; main checks it is one of the folder's.
 */

/** auto: at start and daily; manual: "Back up now"; safety: taken before a restore; migration: before a schema upgrade. */
export const BackupKind = z.enum(['auto', 'manual', 'safety', 'migration']);
export type BackupKind = z.infer<typeof BackupKind>;

/** A backup's file name inside the backup folder (no folder part). */
export const BackupName = z
  .string()
  .max(200)
  .regex(/^valgo-[A-Za-z0-9_-][A-Za-z0-9._-]*\.sqlite3$/, { message: 'invalidValue' });

export const BackupEntry = z.object({
  name: BackupName,
  kind: BackupKind,
  /** ISO instant the copy was taken. */
  takenAt: z.string(),
  sizeBytes: z.number().int().nonnegative(),
  /** From the manifest; null for a copy without one (taken before a schema upgrade). */
  schemaVersion: z.number().int().nullable(),
  appVersion: z.string().nullable(),
  sha256: z.string().nullable(),
});
export type BackupEntry = z.infer<typeof BackupEntry>;

/** An absolute folder: `/…`, `C:\…` or `\\server\share\…`. */
export const BackupFolder = z
  .string()
  .trim()
  .min(1, { message: 'required' })
  .max(1000, { message: 'tooLong:1000' })
  .refine((v) => /^(\/|[A-Za-z]:[\\/]|\\\\[^\\])/.test(v), { message: 'absolutePath' })
  .superRefine(textRules(1000));

export const BackupSettings = z.object({
  folder: z.string(),
  /** `<data folder>/backups`: where backups go until the admin chooses another folder. */
  defaultFolder: z.string(),
});
export type BackupSettings = z.infer<typeof BackupSettings>;

export const BackupList = z.object({ folder: z.string(), backups: z.array(BackupEntry) });
export type BackupList = z.infer<typeof BackupList>;

/** What a restored (or drilled) database holds. */
export const BackupCounts = z.object({
  children: z.number().int(),
  visits: z.number().int(),
  booklets: z.number().int(),
});

export const RestoreRefusal = z.enum(['newer-schema', 'corrupt', 'checksum', 'unreadable']);
export type RestoreRefusal = z.infer<typeof RestoreRefusal>;

export const RestoreResult = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.literal('restored'),
    name: BackupName,
    /** The copy of the database as it was just before the restore. */
    safetyCopy: BackupName,
    takenAt: z.string(),
    /** The backup's schema, and the schema after bringing it up to date. */
    schemaVersion: z.number().int(),
    schemaVersionNow: z.number().int(),
    counts: BackupCounts,
  }),
  z.object({
    outcome: z.literal('refused'),
    name: BackupName,
    reason: RestoreRefusal,
    /** What SQLite or the check said, for support. */
    detail: z.string(),
  }),
]);
export type RestoreResult = z.infer<typeof RestoreResult>;

export const DrillReport = z.object({
  name: BackupName,
  /** Integrity and checksums passed, the schema is one this version opens, and every PDF matches. */
  ok: z.boolean(),
  takenAt: z.string(),
  schemaVersion: z.number().int().nullable(),
  /** 'ok', or SQLite's first complaints. */
  integrity: z.string(),
  /** The manifest's SHA-256 matches the file (null: no manifest). */
  checksumOk: z.boolean().nullable(),
  /** Rows per table in the restored copy and in the live database (rows added since differ). */
  tables: z.array(z.object({ table: z.string(), backup: z.number().int(), live: z.number().int().nullable() })),
  pdfs: z.object({
    checked: z.number().int(),
    /** Bytes hash to their recorded SHA-256 and the live database holds the same booklet. */
    matching: z.number().int(),
    mismatched: z.number().int(),
    missingInLive: z.number().int(),
  }),
  ms: z.number().int(),
});
export type DrillReport = z.infer<typeof DrillReport>;

const Named = z.object({ name: BackupName });

export const backupChannels = {
  /** The backup folder's backups, newest first. */
  'backups:list': { input: z.object({}), output: BackupList, access: ADMIN_ONLY },
  /** "Back up now": an online copy of the live database, with its manifest. */
  'backups:run': { input: z.object({}), output: BackupEntry, access: ADMIN_ONLY },
  /** Checks the backup, keeps a safety copy of today's database, then puts the backup in its place. */
  'backups:restore': { input: Named, output: RestoreResult, access: ADMIN_ONLY },
  /** Restores into a temporary folder, checks it against the live database, reports, removes it. */
  'backups:drill': { input: Named, output: DrillReport, access: ADMIN_ONLY },
  'backups:settings:get': { input: z.object({}), output: BackupSettings, access: ADMIN_ONLY },
  /** Chooses the folder (created if missing); the default when `folder` is null. */
  'backups:settings:set': {
    input: z.object({ folder: BackupFolder.nullable() }),
    output: BackupSettings,
    access: ADMIN_ONLY,
  },
} as const;

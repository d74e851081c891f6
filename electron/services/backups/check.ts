import crypto from 'node:crypto';
import fs from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import type { RestoreRefusal } from '../../../shared/contract/backups';
import { readManifest, sha256File, type Manifest } from './files';

/** What a backup file holds, checked before anything uses it. */
export type Inspection =
  | { ok: true; manifest: Manifest | null; schemaVersion: number; takenAt: string; checksumOk: boolean | null }
  | { ok: false; reason: RestoreRefusal; detail: string; checksumOk: boolean | null };

/**
 * Checks a backup without writing to it: the manifest's SHA-256, `PRAGMA integrity_check` and
 * the schema version (refused when newer than `latest`).
 */
export function inspectBackup(file: string, latest: number): Inspection {
  if (!fs.existsSync(file))
    return { ok: false, reason: 'unreadable', detail: 'The file is missing.', checksumOk: null };
  const manifest = readManifest(file);
  const checksumOk = manifest ? sha256File(file) === manifest.sha256 : null;
  if (checksumOk === false) {
    return {
      ok: false,
      reason: 'checksum',
      detail: 'The file does not match the SHA-256 recorded when it was taken.',
      checksumOk,
    };
  }
  let copy: BetterSqlite3.Database;
  try {
    copy = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    return { ok: false, reason: 'unreadable', detail: messageOf(error), checksumOk };
  }
  try {
    const integrity = integrityOf(copy);
    if (integrity !== 'ok') return { ok: false, reason: 'corrupt', detail: integrity, checksumOk };
    const schemaVersion = schemaVersionOf(copy);
    if (schemaVersion > latest) {
      return {
        ok: false,
        reason: 'newer-schema',
        detail: `Schema ${schemaVersion}; this version knows up to ${latest}.`,
        checksumOk,
      };
    }
    if (!historyIsComplete(copy)) {
      return { ok: false, reason: 'corrupt', detail: 'Its schema history does not match Valgo’s.', checksumOk };
    }
    const takenAt = manifest?.takenAt ?? fs.statSync(file).mtime.toISOString();
    return { ok: true, manifest, schemaVersion, takenAt, checksumOk };
  } catch (error) {
    return { ok: false, reason: 'corrupt', detail: messageOf(error), checksumOk };
  } finally {
    copy.close();
  }
}

/** 'ok', or SQLite's first complaints joined. */
export function integrityOf(sqlite: BetterSqlite3.Database): string {
  const rows = sqlite.prepare('PRAGMA integrity_check(20)').pluck().all() as string[];
  return rows.join('; ');
}

export function schemaVersionOf(sqlite: BetterSqlite3.Database): number {
  const table = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'`).get();
  if (!table) return 0;
  return (sqlite.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null }).v ?? 0;
}

/** Schema steps 1, 2, … n with none missing: what migrate can bring up to date. */
function historyIsComplete(sqlite: BetterSqlite3.Database): boolean {
  if (rowCount(sqlite, 'schema_migrations') === null) return false;
  const versions = sqlite.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all() as number[];
  return versions.length > 0 && versions.every((v, i) => v === i + 1);
}

/** Children, visits and booklets. */
export function countsOf(sqlite: BetterSqlite3.Database) {
  const count = (table: string) => rowCount(sqlite, table) ?? 0;
  return { children: count('patients'), visits: count('appointments'), booklets: count('booklets') };
}

export function rowCount(sqlite: BetterSqlite3.Database, table: string): number | null {
  const exists = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(table);
  if (!exists) return null;
  return sqlite
    .prepare(`SELECT count(*) FROM "${table.replace(/"/g, '""')}"`)
    .pluck()
    .get() as number;
}

/** Ordinary tables, without SQLite's own and the full-text index's internal tables. */
export function tablesOf(sqlite: BetterSqlite3.Database): string[] {
  const rows = sqlite
    .prepare(
      `SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name`,
    )
    .all() as { name: string; sql: string | null }[];
  const virtual = rows.filter((r) => /^CREATE VIRTUAL TABLE/i.test(r.sql ?? '')).map((r) => r.name);
  return rows.map((r) => r.name).filter((n) => !virtual.some((v) => n.startsWith(`${v}_`)));
}

/** Each archived booklet PDF: its recorded SHA-256 and whether its bytes hash to it. */
export function pdfHashes(sqlite: BetterSqlite3.Database): Map<string, boolean> {
  const found = new Map<string, boolean>();
  if (rowCount(sqlite, 'booklet_files') === null) return found;
  for (const row of sqlite.prepare('SELECT sha256, bytes FROM booklet_files').iterate() as Iterable<{
    sha256: string;
    bytes: Buffer;
  }>) {
    found.set(row.sha256, crypto.createHash('sha256').update(row.bytes).digest('hex') === row.sha256);
  }
  return found;
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

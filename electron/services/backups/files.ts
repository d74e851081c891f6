import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { BackupKind, BackupName, type BackupEntry } from '../../../shared/contract/backups';
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from '../../data-dir';
import { createPrivateFile } from '../../db/open';
import { AppError } from '../errors';

/** The JSON file beside each backup: `valgo-….sqlite3.json`. */
export interface Manifest {
  format: 1;
  kind: BackupKind;
  takenAt: string;
  schemaVersion: number;
  appVersion: string;
  sha256: string;
  sizeBytes: number;
}

export const manifestPath = (file: string) => `${file}.json`;

export function sha256File(file: string): string {
  const hash = crypto.createHash('sha256');
  const fd = fs.openSync(file, 'r');
  try {
    const chunk = Buffer.alloc(1 << 20);
    for (let n = fs.readSync(fd, chunk); n > 0; n = fs.readSync(fd, chunk)) hash.update(chunk.subarray(0, n));
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}

export function backupFileName(kind: BackupKind, at: Date): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  return `valgo-${kind}-${stamp}.sqlite3`;
}

/**
 * Copies the live database into `folder` with SQLite's online backup (a committed transaction
 * still in the WAL is included; a file copy would miss it), makes the copy a self-contained
 * rollback-journal file, then writes the manifest. Both files are 0600; the name appears only
 * once the copy is complete.
 */
export async function takeBackup(
  sqlite: BetterSqlite3.Database,
  folder: string,
  kind: BackupKind,
  appVersion: string,
  at: Date,
): Promise<BackupEntry> {
  let name = backupFileName(kind, at);
  for (let i = 2; fs.existsSync(path.join(folder, name)); i++)
    name = backupFileName(kind, at).replace(/\.sqlite3$/, `-${i}.sqlite3`);
  const file = path.join(folder, name);
  const partial = `${file}.partial`;
  createPrivateFile(partial);
  try {
    await sqlite.backup(partial);
    const copy = new BetterSqlite3(partial);
    let schemaVersion: number;
    try {
      copy.pragma('journal_mode = DELETE');
      schemaVersion =
        (copy.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null }).v ?? 0;
    } finally {
      copy.close();
    }
    fs.chmodSync(partial, PRIVATE_FILE_MODE);
    const manifest: Manifest = {
      format: 1,
      kind,
      takenAt: at.toISOString(),
      schemaVersion,
      appVersion,
      sha256: sha256File(partial),
      sizeBytes: fs.statSync(partial).size,
    };
    writePrivate(manifestPath(file), `${JSON.stringify(manifest, null, 2)}\n`);
    fs.renameSync(partial, file);
    return toEntry(name, manifest);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    fs.rmSync(`${partial}-journal`, { force: true });
    fs.rmSync(manifestPath(file), { force: true });
    throw error;
  }
}

export function writePrivate(file: string, text: string): void {
  fs.writeFileSync(file, text, { mode: PRIVATE_FILE_MODE });
  fs.chmodSync(file, PRIVATE_FILE_MODE);
}

/**
 * A backup folder chosen in Settings (null: the default), created private if new and checked to
 * be writable, then remembered in `settingsFile`. Returns the full path. The file backups and the
 * server backups both keep their folder this way.
 */
export function chooseBackupFolder(folder: string | null, defaultFolder: string, settingsFile: string): string {
  const chosen = folder === null ? defaultFolder : path.resolve(folder);
  try {
    const existed = fs.existsSync(chosen);
    fs.mkdirSync(chosen, { recursive: true, mode: PRIVATE_DIR_MODE });
    if (!existed) fs.chmodSync(chosen, PRIVATE_DIR_MODE);
    fs.accessSync(chosen, fs.constants.W_OK);
  } catch {
    throw new AppError('VALIDATION', 'Valgo cannot write to this folder.', [
      { path: 'folder', message: 'folderNotWritable' },
    ]);
  }
  writePrivate(settingsFile, `${JSON.stringify({ folder: chosen })}\n`);
  return chosen;
}

export function readManifest(file: string): Manifest | null {
  try {
    const m = JSON.parse(fs.readFileSync(manifestPath(file), 'utf8')) as Partial<Manifest>;
    const kind = BackupKind.safeParse(m.kind);
    if (m.format !== 1 || !kind.success || typeof m.takenAt !== 'string' || typeof m.sha256 !== 'string') return null;
    return m as Manifest;
  } catch {
    return null;
  }
}

function toEntry(name: string, m: Manifest): BackupEntry {
  return {
    name,
    kind: m.kind,
    takenAt: m.takenAt,
    sizeBytes: m.sizeBytes,
    schemaVersion: m.schemaVersion,
    appVersion: m.appVersion,
    sha256: m.sha256,
  };
}

/** The folder's backups, newest first: those with a manifest, and the copies taken before a schema upgrade. */
export function listBackups(folder: string): BackupEntry[] {
  if (!fs.existsSync(folder)) return [];
  const entries: BackupEntry[] = [];
  for (const name of fs.readdirSync(folder)) {
    if (!BackupName.safeParse(name).success) continue;
    const file = path.join(folder, name);
    const manifest = readManifest(file);
    if (manifest) {
      entries.push(toEntry(name, manifest));
    } else if (name.startsWith('valgo-schema')) {
      const stat = fs.statSync(file);
      entries.push({
        name,
        kind: 'migration',
        takenAt: stat.mtime.toISOString(),
        sizeBytes: stat.size,
        schemaVersion: null,
        appVersion: null,
        sha256: null,
      });
    }
  }
  return entries.sort((a, b) => b.takenAt.localeCompare(a.takenAt) || b.name.localeCompare(a.name));
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Which automatic backups to delete: the newest of each of the last 7 days that have one is
 * kept, and the newest of each of the 4 weeks before those. Other kinds are never rotated.
 */
export function rotationVictims(backups: readonly BackupEntry[], daily = 7, weekly = 4): BackupEntry[] {
  const auto = backups.filter((b) => b.kind === 'auto').sort((a, b) => b.takenAt.localeCompare(a.takenAt));
  const keep = new Set<string>();
  const days: string[] = [];
  const weeks = new Set<number>();
  for (const b of auto) {
    const day = b.takenAt.slice(0, 10);
    if (days.includes(day)) continue;
    if (days.length < daily) {
      days.push(day);
      keep.add(b.name);
      continue;
    }
    // Weeks counted from 1970-01-05 (a Monday), so a week runs Monday to Sunday.
    const week = Math.floor((Date.parse(`${day}T00:00:00Z`) - Date.UTC(1970, 0, 5)) / (7 * DAY_MS));
    if (weeks.has(week) || weeks.size >= weekly) continue;
    days.push(day);
    weeks.add(week);
    keep.add(b.name);
  }
  return auto.filter((b) => !keep.has(b.name));
}

export function removeBackup(folder: string, name: string): void {
  const file = path.join(folder, name);
  fs.rmSync(file, { force: true });
  fs.rmSync(manifestPath(file), { force: true });
}

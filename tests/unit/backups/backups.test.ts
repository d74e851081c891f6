import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupChannels, BackupFolder, type BackupEntry, type BackupKind } from '../../../shared/contract/backups';
import { latestSchemaVersion, migrate } from '../../../electron/db/migrate';
import { migrations } from '../../../electron/db/migrations';
import { openDatabase } from '../../../electron/db/open';
import { createBackups } from '../../../electron/services/backups/service';
import { rotationVictims, takeBackup } from '../../../electron/services/backups/files';
import { startBackupSchedule } from '../../../electron/services/backups/schedule';
import { startCore } from '../../../electron/core';
import { createPatient } from '../../../electron/services/patients/patients';
import { child } from '../services/child-fixture';
import { freshDb, tempDir } from '../test-db';

const mode = (file: string) => fs.statSync(file).mode & 0o777;

async function setUp() {
  const dir = tempDir();
  const handle = await freshDb(dir);
  const backups = createBackups({ database: handle, dataDir: dir, appVersion: '9.9.9-test' });
  return { dir, handle, backups, folder: path.join(dir, 'backups') };
}

function names(file: string): string[] {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return db.prepare('SELECT first_name FROM patients ORDER BY id').pluck().all() as string[];
  } finally {
    db.close();
  }
}

describe('taking a backup', () => {
  it('includes a committed row that is still only in the WAL (a file copy would miss it)', async () => {
    const { dir, handle, backups, folder } = await setUp();
    handle.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    await createPatient(handle.db, child('Walter', 'Wal'));
    expect(fs.statSync(path.join(dir, 'valgo.sqlite3-wal')).size).toBeGreaterThan(0);

    // The main file alone (what a plain copy without the WAL gives) does not have the row yet.
    const plain = path.join(tempDir(), 'plain.sqlite3');
    fs.copyFileSync(path.join(dir, 'valgo.sqlite3'), plain);
    expect(names(plain)).toEqual([]);

    const entry = await backups.run();
    expect(entry.kind).toBe('manual');
    expect(names(path.join(folder, entry.name))).toEqual(['Walter']);
  });

  it.skipIf(process.platform === 'win32')('writes 0600 files with a manifest whose SHA-256 matches', async () => {
    const { backups, folder } = await setUp();
    const before = process.umask(0o000);
    try {
      const entry = await backups.run();
      const file = path.join(folder, entry.name);
      expect(mode(file)).toBe(0o600);
      expect(mode(`${file}.json`)).toBe(0o600);
      expect(mode(folder)).toBe(0o700);
      const manifest = JSON.parse(fs.readFileSync(`${file}.json`, 'utf8'));
      expect(manifest).toMatchObject({ format: 1, kind: 'manual', appVersion: '9.9.9-test' });
      expect(manifest.schemaVersion).toBe(latestSchemaVersion());
      expect(manifest.sha256).toBe(crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex'));
      // A self-contained file: rollback journal, not WAL (header byte 18).
      expect(fs.readFileSync(file)[18]).toBe(1);
      expect((await backups.list()).backups.map((b) => b.name)).toEqual([entry.name]);
    } finally {
      process.umask(before);
    }
  });

  it('keeps 7 daily and 4 weekly automatic backups, never rotating other kinds', () => {
    const entry = (kind: BackupKind, at: Date): BackupEntry => ({
      name: `valgo-${kind}-${at.toISOString()}.sqlite3`,
      kind,
      takenAt: at.toISOString(),
      sizeBytes: 1,
      schemaVersion: 1,
      appVersion: 't',
      sha256: 'x',
    });
    // Two a day for 60 days (2026-01-01 … 2026-03-01), and a manual one long ago.
    const all = [entry('manual', new Date(Date.UTC(2025, 0, 1)))];
    for (let day = 0; day < 60; day++)
      for (const hour of [9, 15]) all.push(entry('auto', new Date(Date.UTC(2026, 0, 1 + day, hour))));
    const victims = new Set(rotationVictims(all).map((b) => b.name));
    const kept = all.filter((b) => !victims.has(b.name));
    expect(kept.filter((b) => b.kind === 'manual')).toHaveLength(1);
    const auto = kept.filter((b) => b.kind === 'auto').map((b) => b.takenAt.slice(0, 13));
    expect(auto.sort().reverse()).toEqual([
      // The newest of each of the last seven days …
      '2026-03-01T15',
      '2026-02-28T15',
      '2026-02-27T15',
      '2026-02-26T15',
      '2026-02-25T15',
      '2026-02-24T15',
      '2026-02-23T15',
      // … then the newest of each of four earlier weeks (Monday to Sunday).
      '2026-02-22T15',
      '2026-02-15T15',
      '2026-02-08T15',
      '2026-02-01T15',
    ]);
  });

  it('rotates after each automatic backup', async () => {
    const { handle, dir } = await setUp();
    let clock = new Date('2026-01-01T10:00:00Z');
    const backups = createBackups({ database: handle, dataDir: dir, appVersion: 't', now: () => clock });
    for (const at of ['2026-01-01T09:00:00Z', '2026-01-01T15:00:00Z', '2026-01-02T09:00:00Z']) {
      clock = new Date(at);
      await backups.runAuto();
    }
    const auto = (await backups.list()).backups.map((b) => b.takenAt);
    expect(auto).toEqual(['2026-01-02T09:00:00.000Z', '2026-01-01T15:00:00.000Z']);
  });

  it('the schedule backs up at start and again on its timer, and stop waits for it', async () => {
    const { backups } = await setUp();
    const schedule = startBackupSchedule(backups, 40);
    await new Promise((r) => setTimeout(r, 150));
    await schedule.stop();
    const auto = (await backups.list()).backups.filter((b) => b.kind === 'auto');
    // Several ran the same day: the rotation keeps the newest one.
    expect(auto).toHaveLength(1);
  });

  it('startCore takes an automatic backup into <dataDir>/backups', async () => {
    const dataDir = tempDir();
    const core = await startCore({ dataDir, mode: 'browser', version: '0.0.0-test' });
    await core.close();
    const files = fs.readdirSync(path.join(dataDir, 'backups'));
    expect(files.some((f) => /^valgo-auto-.*\.sqlite3$/.test(f))).toBe(true);
  });
});

describe('the backup folder', () => {
  it('accepts only absolute paths at the boundary', () => {
    expect(BackupFolder.safeParse('relative/folder').error?.issues[0]?.message).toBe('absolutePath');
    expect(BackupFolder.safeParse('/mnt/usb/valgo').success).toBe(true);
    expect(BackupFolder.safeParse('D:\\Backups').success).toBe(true);
  });

  it('creates the chosen folder private, backs up there, and returns to the default on null', async () => {
    const { backups, folder } = await setUp();
    const chosen = path.join(tempDir(), 'usb', 'valgo');
    expect(await backups.setFolder(chosen)).toEqual({ folder: chosen, defaultFolder: folder });
    if (process.platform !== 'win32') expect(mode(chosen)).toBe(0o700);
    const entry = await backups.run();
    expect(fs.existsSync(path.join(chosen, entry.name))).toBe(true);
    expect((await backups.setFolder(null)).folder).toBe(folder);
  });

  it('says so (CONFLICT, not an internal error) when the folder cannot take a backup', async () => {
    const { backups } = await setUp();
    const chosen = path.join(tempDir(), 'usb');
    await backups.setFolder(chosen);
    fs.rmSync(chosen, { recursive: true });
    fs.writeFileSync(chosen, 'not a folder');
    await expect(backups.run()).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('every backup channel is for admins only', () => {
    for (const spec of Object.values(backupChannels)) expect(spec.access).toEqual(['admin']);
  });
});

describe('restoring', () => {
  it('keeps a safety copy, puts the backup in place under the same connection and reports', async () => {
    const { handle, backups, folder } = await setUp();
    await createPatient(handle.db, child('Anna', 'Before'));
    const taken = await backups.run();
    await createPatient(handle.db, child('Boris', 'After'));

    const result = await backups.restore(taken.name);
    if (result.outcome !== 'restored') throw new Error(result.detail);
    expect(result).toMatchObject({
      takenAt: taken.takenAt,
      schemaVersion: latestSchemaVersion(),
      schemaVersionNow: latestSchemaVersion(),
      counts: { children: 1, visits: 0, booklets: 0 },
    });
    // The same Kysely instance now reads the restored file.
    const now = await handle.db.selectFrom('patients').select('first_name').execute();
    expect(now.map((r) => r.first_name)).toEqual(['Anna']);
    expect(names(path.join(folder, result.safetyCopy))).toEqual(['Anna', 'Boris']);
    expect(handle.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(handle.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    // And writes go on.
    await createPatient(handle.db, child('Clara', 'Later'));
  });

  it('refuses a backup from a newer schema and changes nothing', async () => {
    const { handle, backups, folder } = await setUp();
    await createPatient(handle.db, child('Anna', 'Live'));
    const other = await freshDb();
    other.sqlite.prepare(`INSERT INTO schema_migrations VALUES (?, 'future', 'x')`).run(latestSchemaVersion() + 1);
    fs.mkdirSync(folder, { recursive: true });
    const newer = await takeBackup(other.sqlite, folder, 'manual', '99.0.0', new Date());

    const result = await backups.restore(newer.name);
    expect(result).toMatchObject({ outcome: 'refused', reason: 'newer-schema' });
    expect((await backups.list()).backups.some((b) => b.kind === 'safety')).toBe(false);
    expect((await handle.db.selectFrom('patients').select('first_name').execute()).length).toBe(1);
  });

  it('refuses a damaged backup: checksum with a manifest, integrity without one', async () => {
    const { backups, folder } = await setUp();
    const entry = await backups.run();
    const file = path.join(folder, entry.name);
    const bytes = fs.readFileSync(file);
    bytes.fill(0x5a, 4096, 8192);
    fs.writeFileSync(file, bytes);
    expect(await backups.restore(entry.name)).toMatchObject({ outcome: 'refused', reason: 'checksum' });

    fs.rmSync(`${file}.json`);
    fs.renameSync(file, path.join(folder, 'valgo-schema7-before-8-x.sqlite3'));
    const refused = await backups.restore('valgo-schema7-before-8-x.sqlite3');
    expect(refused).toMatchObject({ outcome: 'refused', reason: 'corrupt' });
  });

  it('brings an older backup up to date after restoring it; refuses one with a gap in its schema history', async () => {
    const { handle, backups, folder } = await setUp();
    const older = openDatabase(tempDir());
    await migrate(older.db, older.sqlite, { migrations: migrations.slice(0, -1) });
    fs.mkdirSync(folder, { recursive: true });
    const entry = await takeBackup(older.sqlite, folder, 'manual', '0.0.1', new Date());
    older.sqlite.prepare('DELETE FROM schema_migrations WHERE version = 2').run();
    const gap = await takeBackup(older.sqlite, folder, 'manual', '0.0.1', new Date(Date.now() + 1000));
    await older.close();

    const result = await backups.restore(entry.name);
    expect(result).toMatchObject({
      outcome: 'restored',
      schemaVersion: latestSchemaVersion() - 1,
      schemaVersionNow: latestSchemaVersion(),
    });
    expect(handle.sqlite.prepare('SELECT max(version) FROM schema_migrations').pluck().get()).toBe(
      latestSchemaVersion(),
    );
    expect(await backups.restore(gap.name)).toMatchObject({ outcome: 'refused', reason: 'corrupt' });
  });

  it('refuses a name that is not one of the folder’s backups', async () => {
    const { backups } = await setUp();
    await expect(backups.restore('valgo-manual-nope.sqlite3')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('the restore drill', () => {
  it('restores into a temporary folder, compares tables and PDFs with the live database, then removes it', async () => {
    const { handle, backups } = await setUp();
    await createPatient(handle.db, child('Anna', 'Drill'));
    const pdf = Buffer.from('%PDF-1.7 booklet bytes');
    const sha = crypto.createHash('sha256').update(pdf).digest('hex');
    handle.sqlite.prepare(`INSERT INTO booklet_files (sha256, bytes, created_at) VALUES (?, ?, 'now')`).run(sha, pdf);
    const entry = await backups.run();
    const drillsBefore = fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('valgo-drill-'));

    const report = await backups.drill(entry.name);
    expect(report).toMatchObject({ ok: true, integrity: 'ok', checksumOk: true, schemaVersion: latestSchemaVersion() });
    expect(report.pdfs).toEqual({ checked: 1, matching: 1, mismatched: 0, missingInLive: 0 });
    expect(report.tables.find((t) => t.table === 'patients')).toEqual({ table: 'patients', backup: 1, live: 1 });
    expect(report.tables.every((t) => t.backup === t.live)).toBe(true);
    expect(fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('valgo-drill-'))).toEqual(drillsBefore);

    // A PDF whose live copy is gone is reported.
    handle.sqlite.prepare('DELETE FROM booklet_files').run();
    const after = await backups.drill(entry.name);
    expect(after.ok).toBe(false);
    expect(after.pdfs.missingInLive).toBe(1);
  });
});

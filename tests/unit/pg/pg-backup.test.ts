import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { migratePostgres } from '../../../electron/db/migrate';
import { dumpServer, readManifest, restoreDrill } from '../../../electron/services/server/pg-backup';
import { PgToolMissingError } from '../../../electron/services/server/pg-tools';
import { startPgCluster, type PgCluster } from '../../support/pg-cluster';
import { closeAll, emptyPgDb } from './pg-db';

/* Server backups (issue 13 §7): pg_dump of one snapshot, a manifest, and a restore drill. */

let cluster: PgCluster;
let url: string;
const folders: string[] = [];

function folder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'valgo-pgdump-'));
  folders.push(dir);
  return path.join(dir, 'backups');
}

async function databases(): Promise<string[]> {
  const client = new pg.Client({ connectionString: cluster.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database');
    return rows.map((r) => r.datname);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  cluster = await startPgCluster();
  const { db } = await emptyPgDb(cluster);
  await migratePostgres(db);
  await sql`INSERT INTO clinicians (name, title, created_at) VALUES ('Dr. Ana Kovač', 'Podiatrist', '2027-01-01T00:00:00.000Z')`.execute(
    db,
  );
  for (const [i, name] of ['Mia', 'Фёдор', 'Zoë'].entries()) {
    await sql`INSERT INTO patients (first_name, last_name, date_of_birth, sex, sort_key, sort_rank, created_at, updated_at)
      VALUES (${name}, 'Novak', '2020-05-17', 'female', ${`novak ${name}`}, ${i + 1}, '2027-01-01T00:00:00.000Z',
        '2027-01-01T00:00:00.000Z')`.execute(db);
    await sql`INSERT INTO patient_search (rowid, names, guardians, phones) VALUES (${i + 1}, ${name}, '', '')`.execute(
      db,
    );
  }
  await sql`INSERT INTO booklet_files (sha256, bytes, created_at) VALUES (${'a'.repeat(64)}, ${Buffer.from('%PDF-1.7 fake')},
    '2027-01-01T00:00:00.000Z')`.execute(db);
  const { rows } = await sql<{ d: string }>`SELECT current_database() AS d`.execute(db);
  url = cluster.url.replace(/\/postgres$/, `/${rows[0]!.d}`);
  await closeAll();
}, 60_000);

afterEach(closeAll);

afterAll(() => {
  cluster?.stop();
  for (const dir of folders.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('server backups', () => {
  it('dumps one snapshot with its roles and a manifest, then restores it into a temporary database', async () => {
    const dir = folder();
    const lines: string[] = [];
    // A drill database left by a run killed midway, long ago: cleared by the next drill.
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query('CREATE DATABASE valgo_drill_1000_abcdef').finally(() => admin.end());
    const result = await dumpServer({ url, folder: dir, onProgress: (l) => lines.push(l) });

    expect(result.ok).toBe(true);
    const manifest = readManifest(result.manifestFile);
    expect(manifest.schemaVersion).toBeGreaterThan(0);
    expect(manifest.tables.find((t) => t.name === 'patients')).toEqual({ name: 'patients', rows: 3 });
    expect(manifest.tables.find((t) => t.name === 'booklet_files')).toEqual({ name: 'booklet_files', rows: 1 });
    expect(manifest.roles).toMatchObject({ passwords: true });
    const files = fs.readdirSync(dir).sort();
    expect(files).toEqual(
      [manifest.dump.file, result.manifestFile, manifest.roles!.file].map((f) => path.basename(f)).sort(),
    );
    for (const f of files) expect(fs.statSync(path.join(dir, f)).mode & 0o077, f).toBe(0);
    expect(fs.readFileSync(path.join(dir, manifest.roles!.file), 'utf8')).toContain('CREATE ROLE valgo_test');

    expect(result.drill.intact).toBe(true);
    expect(result.drill.listed).toBeGreaterThan(20);
    expect(result.drill.tables.find((t) => t.name === 'patients')).toEqual({
      name: 'patients',
      expected: 3,
      restored: 3,
      ok: true,
    });
    expect(result.drill.tables.every((t) => t.ok)).toBe(true);
    expect(lines.some((l) => l.startsWith('restoring into temporary database'))).toBe(true);
    // The temporary database is gone again.
    expect((await databases()).filter((d) => d.startsWith('valgo_drill_'))).toEqual([]);
  }, 60_000);

  it('refuses a damaged dump in the drill, before restoring anything', async () => {
    const dir = folder();
    const { manifestFile, manifest } = await dumpServer({ url, folder: dir });
    const dumpFile = path.join(dir, manifest.dump.file);
    const bytes = fs.readFileSync(dumpFile);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 10) ^ 0xff, bytes.length - 10);
    fs.writeFileSync(dumpFile, bytes);
    const drill = await restoreDrill({ url, manifestFile });
    expect(drill).toMatchObject({ intact: false, ok: false, tables: [] });
    expect(drill.problem).toMatch(/does not match its SHA-256/);
  }, 60_000);

  it('says plainly when pg_dump is missing', async () => {
    const attempt = dumpServer({ url, folder: folder(), pgBinDir: '/nonexistent/bin' });
    await expect(attempt).rejects.toBeInstanceOf(PgToolMissingError);
    await expect(dumpServer({ url, folder: folder(), pgBinDir: '/nonexistent/bin' })).rejects.toThrow(
      /pg_dump was not found.*postgresql-client/,
    );
  });

  it('keeps what a login without superuser or CREATEDB may do, and says what it could not', async () => {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(`CREATE ROLE backup_desk LOGIN PASSWORD 'backup secret'`);
      // Read access to the practice's schema only (pg_read_all_data would reach the password hashes too).
      await admin.query(`GRANT SELECT ON ALL TABLES IN SCHEMA public TO backup_desk`);
      await admin.query(`GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO backup_desk`);
    } finally {
      await admin.end();
    }
    const desk = url.replace(/\/\/[^@]+@/, '//backup_desk:backup%20secret@');
    const result = await dumpServer({ url: desk, folder: folder() });
    expect(result.manifest.tables.find((t) => t.name === 'patients')?.rows).toBe(3);
    expect(result.manifest.roles).toMatchObject({ passwords: false });
    expect(result.manifest.rolesNote).toMatch(/passwords were left out/);
    expect(result.drill).toMatchObject({ intact: true, ok: false });
    expect(result.drill.problem).toMatch(/CREATEDB/);
    expect(result.ok).toBe(false);
  }, 60_000);

  it('runs as a command for a timer: a backup, a drill of it, and --keep pruning the older ones', async () => {
    const dir = folder();
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/server-backup.ts', ...args], {
        encoding: 'utf8',
        timeout: 60_000,
        env: { ...process.env, VALGO_SERVER_URL: url },
      });
    const first = run('--folder', dir);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/test restore: \d+ tables, every row count matches/);
    const manifest = /manifest: (.+)$/m.exec(first.stdout)![1]!;
    const drill = run('--drill', manifest);
    expect(drill.status).toBe(0);
    expect(drill.stdout).toMatch(/every row count matches/);
    const second = run('--folder', dir, '--keep', '1');
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/removed 3 old backup files \(keeping 1\)/);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('-manifest.json'))).toHaveLength(1);
    expect(fs.existsSync(manifest)).toBe(false);
    expect(run('--folder', dir, '--keep', 'all').status).toBe(2);
  }, 90_000);
});

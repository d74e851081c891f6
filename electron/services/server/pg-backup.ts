import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { ensurePrivateDir, PRIVATE_FILE_MODE } from '../../data-dir';
import { pgTool, runTool, toolMajor } from './pg-tools';

/*
 * Backups of the practice server (issue 13 §7). `dumpServer` takes one consistent picture of the
 * database: a read-only REPEATABLE READ transaction exports its snapshot, the row count of every
 * table is taken in it, and pg_dump (custom format) dumps exactly that snapshot, so the counts
 * describe the file even while desks keep working. The roles (staff logins and group roles) go
 * beside it with pg_dumpall --roles-only where the login may read them. A manifest records the
 * files' SHA-256 and the counts. Every backup is then test-extracted by `restoreDrill`: the
 * archive's table of contents is read (pg_restore --list) and the dump is restored into a
 * temporary database whose counts must equal the manifest's; the temporary database is dropped.
 */

export const MANIFEST_FORMAT = 'valgo-server-backup-1';

export interface TableCount {
  name: string;
  rows: number;
}

export interface BackupManifest {
  format: typeof MANIFEST_FORMAT;
  createdAt: string;
  database: string;
  serverVersion: string;
  schemaVersion: number | null;
  dump: { file: string; bytes: number; sha256: string };
  /** Null when the login may not read the roles (`rolesNote` says why). */
  roles: { file: string; bytes: number; sha256: string; passwords: boolean } | null;
  rolesNote?: string;
  tables: TableCount[];
  /** The newest restore drill of this backup (written after each one; absent: never drilled). */
  lastDrill?: { at: string; ok: boolean; problem?: string };
}

/** What a backup or drill is doing now, for a progress display. */
export type BackupStep = 'snapshot' | 'dump' | 'roles' | 'check' | 'restore' | 'count';

export interface DrillResult {
  /** The dump's SHA-256 matches the manifest. */
  intact: boolean;
  /** Entries in the archive's table of contents. */
  listed: number;
  tables: { name: string; expected: number; restored: number; ok: boolean }[];
  ok: boolean;
  /** What went wrong when the drill could not finish. */
  problem?: string;
}

export interface BackupResult {
  manifestFile: string;
  manifest: BackupManifest;
  drill: DrillResult;
  ok: boolean;
}

export interface ServerBackupOptions {
  /** postgres://user[:password]@host:port/database[?sslmode=verify-full&sslrootcert=...] */
  url: string;
  folder: string;
  pgBinDir?: string;
  now?: () => Date;
  onProgress?: (line: string) => void;
  onStep?: (step: BackupStep) => void;
}

/** A connection URL split for the tools: the password travels in PGPASSWORD, never on a command line. */
export function connectionFor(
  url: string,
  database?: string,
): { url: string; env: NodeJS.ProcessEnv; database: string } {
  const parsed = new URL(url);
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new Error('The server address must be a postgres:// URL.');
  }
  const env: NodeJS.ProcessEnv = {};
  if (parsed.password) env.PGPASSWORD = decodeURIComponent(parsed.password);
  parsed.password = '';
  if (database) parsed.pathname = `/${encodeURIComponent(database)}`;
  const name = decodeURIComponent(parsed.pathname.slice(1)) || decodeURIComponent(parsed.username);
  return { url: parsed.toString(), env, database: name };
}

export async function dumpServer(options: ServerBackupOptions): Promise<BackupResult> {
  const say = options.onProgress ?? (() => undefined);
  const dumpTool = pgTool('pg_dump', options.pgBinDir);
  pgTool('pg_restore', options.pgBinDir);
  const target = connectionFor(options.url);
  ensurePrivateDir(options.folder);
  const createdAt = (options.now?.() ?? new Date()).toISOString();
  const base = `valgo-server-${target.database.replace(/[^A-Za-z0-9_-]/g, '_')}-${createdAt.replace(/[:.]/g, '-')}`;
  const dumpFile = path.join(options.folder, `${base}.dump`);

  const step = options.onStep ?? (() => undefined);
  step('snapshot');
  const client = new pg.Client({ connectionString: options.url });
  await client.connect();
  let manifest: BackupManifest;
  try {
    const serverVersion = await checkToolVersion(client, dumpTool);
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const snapshot = (await client.query<{ s: string }>('SELECT pg_export_snapshot() AS s')).rows[0]!.s;
    const tables = await countRows(client);
    const schemaVersion = await schemaVersionOf(client);
    say(`dumping ${target.database} (${tables.length} tables)`);
    step('dump');
    const partial = `${dumpFile}.partial`;
    const dumped = await runTool(
      dumpTool,
      ['--format=custom', `--snapshot=${snapshot}`, `--file=${partial}`, `--dbname=${target.url}`],
      target.env,
    );
    if (dumped.code !== 0) {
      fs.rmSync(partial, { force: true });
      throw new Error(`pg_dump failed: ${firstLines(dumped.stderr)}`);
    }
    fs.chmodSync(partial, PRIVATE_FILE_MODE);
    fs.renameSync(partial, dumpFile);
    await client.query('COMMIT');
    step('roles');
    const roles = await dumpRoles(options, path.join(options.folder, `${base}-roles.sql`));
    manifest = {
      format: MANIFEST_FORMAT,
      createdAt,
      database: target.database,
      serverVersion,
      schemaVersion,
      dump: { file: path.basename(dumpFile), ...(await fileFacts(dumpFile)) },
      roles: roles.file,
      ...(roles.note ? { rolesNote: roles.note } : {}),
      tables,
    };
  } finally {
    await client.end();
  }
  const manifestFile = path.join(options.folder, `${base}-manifest.json`);
  fs.writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`, { mode: PRIVATE_FILE_MODE });
  say(`wrote ${path.basename(dumpFile)} (${manifest.dump.bytes} bytes); test-extracting`);
  const drill = await restoreDrill({
    url: options.url,
    manifestFile,
    pgBinDir: options.pgBinDir,
    onProgress: say,
    ...(options.onStep ? { onStep: options.onStep } : {}),
  });
  return { manifestFile, manifest, drill, ok: drill.ok };
}

/**
 * Restores a backup into a temporary database on the same server and compares every table's row
 * count with the manifest's; the temporary database is dropped whatever happens. Nothing of the
 * practice's own database is touched. The login needs the right to create databases, its own or
 * a group's it may SET ROLE to (the practice's admin group: grants.ts). The outcome is recorded
 * in the manifest (`lastDrill`), so the folder's list shows each backup's verdict.
 */
export async function restoreDrill(options: DrillOptions): Promise<DrillResult> {
  const drill = await drillOnce(options);
  recordDrill(options.manifestFile, drill);
  return drill;
}

interface DrillOptions {
  url: string;
  manifestFile: string;
  pgBinDir?: string;
  onProgress?: (line: string) => void;
  onStep?: (step: BackupStep) => void;
}

/** Writes the drill's outcome into the manifest; a folder that cannot be written keeps it as it was. */
function recordDrill(manifestFile: string, drill: DrillResult): void {
  try {
    const manifest = readManifest(manifestFile);
    manifest.lastDrill = {
      at: new Date().toISOString(),
      ok: drill.ok,
      ...(drill.problem ? { problem: drill.problem } : {}),
    };
    fs.writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`, { mode: PRIVATE_FILE_MODE });
  } catch {
    // A read-only folder or a manifest removed meanwhile: the drill's answer still stands.
  }
}

async function drillOnce(options: DrillOptions): Promise<DrillResult> {
  const say = options.onProgress ?? (() => undefined);
  const step = options.onStep ?? (() => undefined);
  step('check');
  const restoreTool = pgTool('pg_restore', options.pgBinDir);
  const manifest = readManifest(options.manifestFile);
  const dumpFile = path.join(path.dirname(options.manifestFile), manifest.dump.file);
  const failed = (problem: string, listed = 0): DrillResult => ({
    intact: false,
    listed,
    tables: [],
    ok: false,
    problem,
  });
  if (!fs.existsSync(dumpFile)) return failed(`The dump ${manifest.dump.file} is missing.`);
  if ((await fileFacts(dumpFile)).sha256 !== manifest.dump.sha256) {
    return failed(`The dump ${manifest.dump.file} does not match its SHA-256: it was changed or damaged.`);
  }
  const list = await runTool(restoreTool, ['--list', dumpFile]);
  if (list.code !== 0) return failed(`pg_restore cannot read the dump: ${firstLines(list.stderr)}`);
  const listed = list.stdout.split('\n').filter((l) => /^\d+;/.test(l)).length;

  const scratch = `valgo_drill_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: options.url });
  await admin.connect();
  try {
    await dropStaleDrills(admin);
    try {
      await createScratch(admin, scratch);
    } catch (error) {
      const denied = (error as { code?: string }).code === '42501';
      return {
        ...failed(
          denied
            ? 'The restore drill needs a login allowed to create databases (CREATEDB); the dump itself reads back.'
            : `Could not create the temporary database: ${(error as Error).message}`,
          listed,
        ),
        intact: true,
      };
    }
    try {
      say(`restoring into temporary database ${scratch}`);
      step('restore');
      const into = connectionFor(options.url, scratch);
      const restored = await runTool(
        restoreTool,
        ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${into.url}`, dumpFile],
        into.env,
      );
      if (restored.code !== 0) {
        return { ...failed(`The dump did not restore: ${firstLines(restored.stderr)}`, listed), intact: true };
      }
      step('count');
      const check = new pg.Client({ connectionString: withDatabase(options.url, scratch) });
      await check.connect();
      let counts: TableCount[];
      try {
        counts = await countRows(check);
      } finally {
        await check.end();
      }
      const found = new Map(counts.map((c) => [c.name, c.rows]));
      const tables = manifest.tables.map((t) => {
        const restoredRows = found.get(t.name) ?? -1;
        return { name: t.name, expected: t.rows, restored: restoredRows, ok: restoredRows === t.rows };
      });
      const ok = tables.every((t) => t.ok) && counts.length === manifest.tables.length;
      return { intact: true, listed, tables, ok, ...(ok ? {} : { problem: 'Row counts differ from the manifest.' }) };
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
    }
  } finally {
    await admin.end();
  }
}

/**
 * CREATE DATABASE as the login, or else as a group role of the login's that may create databases
 * (a practice's admin logins get that through their group: role attributes are not inherited,
 * SET ROLE takes them on). The database then belongs to that group, so its members may drop it.
 */
async function createScratch(admin: pg.Client, scratch: string): Promise<void> {
  try {
    await admin.query(`CREATE DATABASE ${scratch}`);
    return;
  } catch (error) {
    if ((error as { code?: string }).code !== '42501') throw error;
    const { rows } = await admin.query<{ rolname: string }>(
      `SELECT rolname FROM pg_roles WHERE rolcreatedb AND rolname <> current_user
         AND pg_has_role(current_user, oid, 'MEMBER') ORDER BY rolname LIMIT 1`,
    );
    if (!rows[0]) throw error;
    await admin.query(`SET ROLE ${quoteIdent(rows[0].rolname)}`);
    try {
      await admin.query(`CREATE DATABASE ${scratch}`);
    } finally {
      await admin.query('RESET ROLE');
    }
  }
}

/** A drill killed midway (power cut, timer stopped) leaves its database: those over 6 hours old go. */
async function dropStaleDrills(admin: pg.Client): Promise<void> {
  const { rows } = await admin.query<{ datname: string }>(
    `SELECT datname FROM pg_database WHERE datname ~ '^valgo_drill_[0-9]+_[0-9a-f]+$'`,
  );
  for (const { datname } of rows) {
    if (Date.now() - Number(datname.split('_')[2]) < 6 * 3600_000) continue;
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    } catch {
      // Not ours to drop (another login's): left for its owner.
    }
  }
}

export function readManifest(file: string): BackupManifest {
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as BackupManifest;
  if (manifest.format !== MANIFEST_FORMAT)
    throw new Error(`${path.basename(file)} is not a Valgo server backup manifest.`);
  return manifest;
}

/** The server's version; refuses a pg_dump older than the server (it cannot dump a newer one). */
async function checkToolVersion(client: pg.Client, dumpTool: string): Promise<string> {
  const { rows } = await client.query<{ v: string; n: string }>(
    `SELECT current_setting('server_version') AS v, current_setting('server_version_num') AS n`,
  );
  const serverMajor = Math.floor(Number(rows[0]!.n) / 10000);
  const toolVersion = await toolMajor(dumpTool);
  if (toolVersion !== null && toolVersion < serverMajor) {
    throw new Error(
      `${dumpTool} is version ${toolVersion}, older than the server (${serverMajor}): install postgresql-client-${serverMajor} or newer.`,
    );
  }
  return rows[0]!.v;
}

/** Every table of the public schema with its exact row count, by name. */
async function countRows(client: pg.Client): Promise<TableCount[]> {
  const { rows: tables } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c
     WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') ORDER BY c.relname COLLATE "C"`,
  );
  const counts: TableCount[] = [];
  for (const { name } of tables) {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM public.${quoteIdent(name)}`);
    counts.push({ name, rows: Number(rows[0]!.n) });
  }
  return counts;
}

async function schemaVersionOf(client: pg.Client): Promise<number | null> {
  const { rows } = await client.query<{ r: string | null }>(
    `SELECT to_regclass('public.schema_migrations')::text AS r`,
  );
  if (!rows[0]?.r) return null;
  const { rows: v } = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations');
  return v[0]?.v ?? null;
}

/** pg_dumpall --roles-only; without passwords when the login may not read them; none when it may not read roles. */
async function dumpRoles(
  options: ServerBackupOptions,
  file: string,
): Promise<{ file: BackupManifest['roles']; note?: string }> {
  let tool: string;
  try {
    tool = pgTool('pg_dumpall', options.pgBinDir);
  } catch (error) {
    return { file: null, note: (error as Error).message };
  }
  const target = connectionFor(options.url);
  let lastError = '';
  for (const passwords of [true, false]) {
    const args = ['--roles-only', `--file=${file}`, `--dbname=${target.url}`];
    if (!passwords) args.push('--no-role-passwords');
    const result = await runTool(tool, args, target.env);
    if (result.code === 0) {
      fs.chmodSync(file, PRIVATE_FILE_MODE);
      const note = passwords ? undefined : 'Role passwords were left out: this login may not read them.';
      return { file: { file: path.basename(file), ...(await fileFacts(file)), passwords }, ...(note ? { note } : {}) };
    }
    lastError = firstLines(result.stderr);
  }
  fs.rmSync(file, { force: true });
  return { file: null, note: `The roles were not saved (${lastError}).` };
}

/** Size and SHA-256 of a file, read as a stream (a dump can be larger than memory allows). */
async function fileFacts(file: string): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of fs.createReadStream(file)) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { bytes, sha256: hash.digest('hex') };
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;
const firstLines = (text: string) => text.trim().split('\n').slice(0, 3).join(' ');

import fs from 'node:fs';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import type { PgToolState, ServerAddress } from '../../../shared/contract';
import { chooseBackupFolder } from '../backups/files';
import type { Database } from '../../db/schema';
import { signInToServer } from './login';
import { pgTool, PgToolMissingError, toolVersion } from './pg-tools';

/*
 * What "Back up now" on a server workstation needs besides pg-backup.ts: the signed-in admin's
 * own login for the tools, the tools on this computer, and the backup folder on this computer.
 *
 * The login: each desk's pool was opened with the password typed at sign-in; `DeskLogins` keeps
 * it beside that pool, in memory only and only as long as the pool (a WeakMap keyed by the
 * desk's database), never in a file. The tools get it through PGPASSWORD (pg-backup.ts).
 */

type SignIn = typeof signInToServer;

export interface DeskLogin {
  login: string;
  password: string;
}

export class DeskLogins {
  private readonly byDb = new WeakMap<Kysely<Database>, DeskLogin>();

  /** Sign-in as before, remembering which login and password opened the pool it returns. */
  remember(signIn: SignIn = signInToServer): SignIn {
    return async (address, login, password) => {
      const handle = await signIn(address, login, password);
      this.byDb.set(handle.db, { login: login.trim().toLowerCase(), password: password.normalize('NFKC') });
      return handle;
    };
  }

  of(db: Kysely<Database>): DeskLogin | undefined {
    return this.byDb.get(db);
  }
}

/** A postgres:// URL for the tools (pg-backup.ts moves the password into PGPASSWORD). */
export function toolUrl(address: ServerAddress, who: DeskLogin): string {
  const url = new URL('postgres://localhost');
  url.hostname = address.host.includes(':') ? `[${address.host}]` : address.host;
  url.port = String(address.port);
  url.username = who.login;
  url.password = who.password;
  url.pathname = `/${address.database}`;
  if (address.caFile) {
    url.searchParams.set('sslmode', 'verify-full');
    url.searchParams.set('sslrootcert', address.caFile);
  } else {
    url.searchParams.set('sslmode', 'disable');
  }
  return url.toString();
}

const TOOLS = ['pg_dump', 'pg_restore', 'pg_dumpall'] as const;
const versions = new Map<string, string | null>();

/** Each tool on this computer (VALGO_PG_BIN, else Debian's folders, else the PATH) with its version. */
export async function findTools(binDir: string | undefined): Promise<PgToolState[]> {
  return Promise.all(
    TOOLS.map(async (name): Promise<PgToolState> => {
      let file: string;
      try {
        file = pgTool(name, binDir);
      } catch (error) {
        if (error instanceof PgToolMissingError) return { name, path: null, version: null, major: null };
        throw error;
      }
      if (!versions.has(file)) versions.set(file, await toolVersion(file).catch(() => null));
      const version = versions.get(file) ?? null;
      return { name, path: file, version, major: version ? Number(version.split('.')[0]) : null };
    }),
  );
}

/** Null when pg_dump and pg_restore can back up a server of `serverMajor`; else the package to install. */
export function missingPackage(tools: readonly PgToolState[], serverMajor: number): string | null {
  const usable = (name: string) => {
    const tool = tools.find((t) => t.name === name);
    return tool?.path != null && (tool.major === null || tool.major >= serverMajor);
  };
  return usable('pg_dump') && usable('pg_restore') ? null : `postgresql-client-${serverMajor}`;
}

export async function serverVersion(db: Kysely<Database>): Promise<{ version: string; major: number }> {
  const { rows } = await sql<{ v: string; n: string }>`
    SELECT current_setting('server_version') AS v, current_setting('server_version_num') AS n`.execute(db);
  return { version: rows[0]!.v.split(' ')[0]!, major: Math.floor(Number(rows[0]!.n) / 10000) };
}

/** The backup folder on this workstation: `server-backups.json` in the data folder, or the default. */
export class BackupFolderChoice {
  readonly defaultFolder: string;
  private readonly file: string;

  constructor(dataDir: string) {
    this.defaultFolder = path.join(dataDir, 'server-backups');
    this.file = path.join(dataDir, 'server-backups.json');
  }

  get(): { folder: string; defaultFolder: string } {
    let folder = this.defaultFolder;
    try {
      const saved = JSON.parse(fs.readFileSync(this.file, 'utf8')) as { folder?: unknown };
      if (typeof saved.folder === 'string' && path.isAbsolute(saved.folder)) folder = saved.folder;
    } catch {
      // No choice yet (or an unreadable one): the default folder.
    }
    return { folder, defaultFolder: this.defaultFolder };
  }

  set(folder: string | null): { folder: string; defaultFolder: string } {
    chooseBackupFolder(folder, this.defaultFolder, this.file);
    return this.get();
  }
}

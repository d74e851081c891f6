import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/*
 * PostgreSQL's own command-line tools (pg_dump, pg_dumpall, pg_restore), found where Debian and
 * Ubuntu install them (/usr/lib/postgresql/<major>/bin, newest first) or on the PATH. A missing
 * tool is said plainly, with what to install, instead of failing with a spawn error.
 */

/** The newest installed PostgreSQL bin folder that has `tool`, or null when none has. */
export function findPgBin(tool = 'pg_dump'): string | null {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return null;
  const versions = fs
    .readdirSync(root)
    .filter((v) => /^\d+$/.test(v) && fs.existsSync(path.join(root, v, 'bin', tool)))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length > 0 ? path.join(root, versions[0]!, 'bin') : null;
}

export class PgToolMissingError extends Error {
  override readonly name = 'PgToolMissingError';
  constructor(readonly tool: string) {
    super(
      `${tool} was not found. Server backups need PostgreSQL's client tools on this computer, of the server's ` +
        'version or newer (Debian/Ubuntu: apt-get install postgresql-client), or pass their folder (--bin).',
    );
  }
}

/** The path of `tool`: in `binDir` when given, else the newest Debian install, else the PATH. */
export function pgTool(name: string, binDir?: string): string {
  const tool = process.platform === 'win32' ? `${name}.exe` : name;
  const candidates = binDir
    ? [path.join(binDir, tool)]
    : [
        ...(findPgBin(tool) ? [path.join(findPgBin(tool)!, tool)] : []),
        ...(process.env.PATH ?? '').split(path.delimiter).map((dir) => path.join(dir, tool)),
      ];
  const found = candidates.find((file) => {
    try {
      fs.accessSync(file, fs.constants.X_OK);
      return fs.statSync(file).isFile();
    } catch {
      return false;
    }
  });
  if (!found) throw new PgToolMissingError(name);
  return found;
}

export interface ToolResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a tool without a shell (no quoting issues); never throws for a non-zero exit. */
export function runTool(file: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.once('error', reject);
    child.once('close', (code) =>
      resolve({
        code: code ?? 1,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
  });
}

/** The major version a tool reports (`pg_dump (PostgreSQL) 15.18` -> 15). */
export async function toolMajor(file: string): Promise<number | null> {
  const { stdout } = await runTool(file, ['--version']);
  const m = /\)\s*(\d+)/.exec(stdout);
  return m ? Number(m[1]) : null;
}

/** The version a tool reports in full (`pg_dump (PostgreSQL) 15.18 (Debian …)` -> `15.18`). */
export async function toolVersion(file: string): Promise<string | null> {
  const { stdout } = await runTool(file, ['--version']);
  const m = /\)\s*(\d+(?:\.\d+)*)/.exec(stdout);
  return m ? m[1]! : null;
}

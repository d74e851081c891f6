import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findPgBin as findToolsBin } from '../../electron/services/server/pg-tools';
import { freeLoopbackPort } from './ports';

/*
 * A throwaway PostgreSQL cluster for tests: initdb + pg_ctl from Debian's `postgresql` package,
 * in a temporary folder, on a free loopback port, stopped and deleted at the end. PostgreSQL
 * refuses to run as root, so as root the cluster belongs to the `postgres` user (`runuser`).
 * `fsync=off` is only acceptable because the cluster is thrown away.
 */

export interface PgCluster {
  /** Superuser connection string (trust authentication on loopback). */
  url: string;
  host: string;
  port: number;
  user: string;
  binDir: string;
  stop(): void;
}

/** The newest installed PostgreSQL's bin folder with a server (pg_ctl), or null when none is installed. */
export const findPgBin = (): string | null => findToolsBin('pg_ctl');

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function run(binDir: string, tool: string, args: string[]): void {
  const command = isRoot ? 'runuser' : path.join(binDir, tool);
  const argv = isRoot ? ['-u', 'postgres', '--', path.join(binDir, tool), ...args] : args;
  const result = spawnSync(command, argv, { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`${tool} failed (${result.status}): ${result.stderr || result.stdout}`);
  }
}

export async function startPgCluster(): Promise<PgCluster> {
  const binDir = findPgBin();
  if (!binDir) throw new Error('PostgreSQL is not installed (apt-get install postgresql).');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'valgo-pg-'));
  const dataDir = path.join(dir, 'data');
  if (isRoot) execFileSync('chown', ['postgres:', dir]);
  const user = 'valgo_test';
  run(binDir, 'initdb', ['-D', dataDir, '-A', 'trust', '-U', user, '-E', 'UTF8', '--no-sync', '--locale=C.UTF-8']);
  const port = await freeLoopbackPort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`;
  run(binDir, 'pg_ctl', ['-D', dataDir, '-o', options, '-l', path.join(dir, 'server.log'), '-w', 'start']);
  let stopped = false;
  return {
    url: `postgres://${user}@127.0.0.1:${port}/postgres`,
    host: '127.0.0.1',
    port,
    user,
    binDir,
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        run(binDir, 'pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

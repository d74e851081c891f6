import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeDataSource } from '../../electron/data-source';
import { setupPracticeServer } from '../../electron/services/server/setup';
import { startPgCluster, type PgCluster } from './pg-cluster';
import { requirePasswords } from './pg-password-auth';

/*
 * A practice server for tests of workstations (issue 13): a throwaway PostgreSQL cluster that asks
 * staff logins for their passwords, set up by the set-up command with its first administrator,
 * and data folders whose data-source.json points at it. The unit tests start a core on such a
 * folder (startCore), the e2e tests the built browser-mode server (tests/e2e/valgo-server.ts).
 */

export const PRACTICE_ADMIN = { login: 'anna', name: 'Anna Admin', password: 'anna-password' } as const;

export interface PracticeServer {
  cluster: PgCluster;
  database: string;
  admin: typeof PRACTICE_ADMIN;
  /**
   * A fresh data folder whose data-source.json names this server (on `port`, or a CA-verified
   * `host`); removed by stop().
   */
  deskFolder(options?: { port?: number; host?: string; caFile?: string | null }): string;
  /** Removes the desk folders and stops the cluster (close the desks' cores or servers first). */
  stop(): void;
}

export async function startPracticeServer(
  options: { database?: string; appVersion?: string } = {},
): Promise<PracticeServer> {
  const database = options.database ?? 'practice';
  const cluster = await startPgCluster();
  const folders: string[] = [];
  try {
    await requirePasswords(cluster);
    await setupPracticeServer({
      superuser: { connectionString: cluster.url },
      database,
      admin: { ...PRACTICE_ADMIN },
      appVersion: options.appVersion ?? '0.0.0-test',
    });
  } catch (error) {
    cluster.stop();
    throw error;
  }
  return {
    cluster,
    database,
    admin: PRACTICE_ADMIN,
    deskFolder({ port = cluster.port, host = '127.0.0.1', caFile = null } = {}) {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'valgo-desk-'));
      folders.push(dataDir);
      writeDataSource(dataDir, { kind: 'server', host, port, database, caFile });
      return dataDir;
    },
    stop() {
      for (const dir of folders.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
      cluster.stop();
    },
  };
}

import pg from 'pg';
import { setupPracticeServer, type SetupResult } from '../../../electron/services/server/setup';
import type { ServerAddress } from '../../../electron/services/server/login';
import { startPgCluster, type PgCluster } from '../../support/pg-cluster';
import { requirePasswords } from '../../support/pg-password-auth';

/* A practice server on a throwaway cluster that asks staff logins for their passwords. */

export async function startServerCluster(): Promise<PgCluster> {
  const cluster = await startPgCluster();
  try {
    await requirePasswords(cluster);
  } catch (error) {
    cluster.stop();
    throw error;
  }
  return cluster;
}

export const ADMIN = { login: 'anna', name: 'Anna Admin', password: 'admin-pass-1' };

export function setUpPractice(cluster: PgCluster, database: string, admin = ADMIN): Promise<SetupResult> {
  return setupPracticeServer({
    superuser: { connectionString: cluster.url },
    database,
    admin,
    appVersion: '0.1.0',
  });
}

export const addressOf = (cluster: PgCluster, database: string): ServerAddress => ({
  host: cluster.host,
  port: cluster.port,
  database,
  caFile: null,
});

/** A plain SQL client (not the app) logged in as `login`: what anyone could do with psql. */
export async function sqlClient(cluster: PgCluster, database: string, login: string, password: string) {
  const client = new pg.Client({ host: cluster.host, port: cluster.port, database, user: login, password });
  await client.connect();
  return client;
}

/** The SQLSTATE `text` ends with on this client, or 'ok'. */
export async function outcome(client: pg.Client, text: string): Promise<string> {
  try {
    await client.query('BEGIN');
    await client.query(text);
    return 'ok';
  } catch (error) {
    return String((error as { code?: unknown }).code);
  } finally {
    await client.query('ROLLBACK');
  }
}

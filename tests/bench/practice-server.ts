import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import pg from 'pg';
import { openPostgres } from '../../electron/db/engine';
import { migratePostgres } from '../../electron/db/migrate';
import { moveToServer } from '../../electron/services/server/move';
import { startPgCluster, type PgCluster } from '../support/pg-cluster';
import { report } from './figures';

/*
 * The practice server for the engines bench: a throwaway loopback cluster, a database migrated
 * by the server set-up's migrations, and the SQLite practice copied in by the real move (the
 * same rows; the search index rebuilt by the server; both sides compared afterwards). The test
 * cluster runs with fsync off; the bench restarts it with PostgreSQL's defaults (fsync on, as a
 * practice's server runs, and as SQLite's synchronous=FULL flushes every commit).
 */

export interface BenchServer {
  cluster: PgCluster;
  /** The practice database, as the superuser (trust on loopback). */
  url: string;
}

export async function startBenchServer(sqliteFile: string): Promise<BenchServer> {
  const cluster = await startPgCluster();
  try {
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query('CREATE DATABASE valgo_practice');
    await admin.end();
    const url = new URL(cluster.url);
    url.pathname = '/valgo_practice';
    const server = openPostgres({ connectionString: url.toString(), max: 2 });
    try {
      await migratePostgres(server.db);
      const start = performance.now();
      let copied = start;
      const result = await moveToServer({
        sqliteFile,
        target: server.db,
        onProgress: (p) => {
          if (p.phase === 'verify' && copied === start) copied = performance.now();
        },
      });
      report('practice_engines.postgres.seed_by_move.copy_and_index', copied - start, 'ms');
      report('practice_engines.postgres.seed_by_move.with_verify', performance.now() - start, 'ms');
      if (!result.ok) throw new Error(`The move's comparison failed: ${JSON.stringify(result.tables)}`);
      await sql`VACUUM ANALYZE`.execute(server.db); // as autovacuum would: statistics and the visibility map
    } finally {
      await server.close();
    }
    await restartDurable(cluster);
    return { cluster, url: url.toString() };
  } catch (error) {
    cluster.stop();
    throw error;
  }
}

/** Restarts the cluster without the test options fsync=off and full_page_writes=off. */
async function restartDurable(cluster: PgCluster): Promise<void> {
  const client = new pg.Client({ connectionString: cluster.url });
  await client.connect();
  const { rows } = await client.query<{ data_directory: string }>('SHOW data_directory');
  await client.end();
  const dataDir = rows[0]!.data_directory;
  const socketDir = path.dirname(dataDir);
  const options = `-p ${cluster.port} -k ${socketDir} -c listen_addresses=127.0.0.1`;
  const pgCtl = path.join(cluster.binDir, 'pg_ctl');
  const isRoot = process.getuid?.() === 0;
  const argv = ['-D', dataDir, '-o', options, '-l', path.join(socketDir, 'server.log'), '-w', 'restart'];
  const result = isRoot
    ? spawnSync('runuser', ['-u', 'postgres', '--', pgCtl, ...argv], { encoding: 'utf8' })
    : spawnSync(pgCtl, argv, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pg_ctl restart failed: ${result.stderr || result.stdout}`);
  const check = new pg.Client({ connectionString: cluster.url });
  await check.connect();
  const fsync = (await check.query<{ fsync: string }>('SHOW fsync')).rows[0]!.fsync;
  await check.end();
  if (fsync !== 'on') throw new Error(`The bench server should flush its commits; fsync is ${fsync}.`);
}

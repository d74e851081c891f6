import pg from 'pg';
import type { PgCluster } from './pg-cluster';

/*
 * The throwaway cluster trusts every loopback connection (pg-cluster.ts). Tests of staff logins
 * need real passwords: this rewrites the cluster's pg_hba.conf (through the server, so it works
 * as root or not) to trust only the test superuser and ask everyone else for a SCRAM password.
 */
export async function requirePasswords(cluster: PgCluster): Promise<void> {
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ hba_file: string }>('SHOW hba_file');
    const lines = [
      'local all all trust',
      `host all ${cluster.user} 127.0.0.1/32 trust`,
      'host all all 127.0.0.1/32 scram-sha-256',
      'host all all ::1/128 scram-sha-256',
    ];
    const values = lines.map((line) => `('${line}')`).join(', ');
    await admin.query(`COPY (SELECT * FROM (VALUES ${values}) AS l) TO '${rows[0]!.hba_file.replace(/'/g, "''")}'`);
    await admin.query('SELECT pg_reload_conf()');
  } finally {
    await admin.end();
  }
  // The postmaster reloads asynchronously: wait until a password-less login is refused.
  for (let i = 0; i < 50; i++) {
    const probe = new pg.Client({
      host: cluster.host,
      port: cluster.port,
      user: 'valgo_nobody',
      database: 'postgres',
      password: 'x',
    });
    const refused = await probe.connect().then(
      () => false,
      (error: { code?: string }) => error.code === '28P01',
    );
    await probe.end().catch(() => undefined);
    if (refused) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('The test cluster did not start asking for passwords.');
}

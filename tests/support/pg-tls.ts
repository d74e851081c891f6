import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { PgCluster } from './pg-cluster';

/*
 * TLS for a throwaway cluster: a practice CA (openssl), a server certificate it signs for
 * `serverNames` (subjectAltName), and a second, unrelated CA to be refused. The server turns TLS
 * on at reload; connections without TLS keep working.
 */

export interface TestPki {
  caFile: string;
  otherCaFile: string;
  dispose(): void;
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function openssl(args: string[], cwd: string): void {
  execFileSync('openssl', args, { cwd, stdio: 'pipe' });
}

function makeCa(dir: string, name: string): void {
  openssl(
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      `/CN=${name}`,
      '-keyout',
      `${name}.key`,
      '-out',
      `${name}.pem`,
    ],
    dir,
  );
}

export async function enableTls(cluster: PgCluster, serverNames: string): Promise<TestPki> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'valgo-pki-'));
  makeCa(dir, 'practice-ca');
  makeCa(dir, 'other-ca');
  openssl(
    [
      'req',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-subj',
      '/CN=valgo-server',
      '-keyout',
      'server.key',
      '-out',
      'server.csr',
    ],
    dir,
  );
  fs.writeFileSync(path.join(dir, 'san.ext'), `subjectAltName=${serverNames}\n`);
  openssl(
    [
      'x509',
      '-req',
      '-in',
      'server.csr',
      '-CA',
      'practice-ca.pem',
      '-CAkey',
      'practice-ca.key',
      '-CAcreateserial',
      '-days',
      '2',
      '-extfile',
      'san.ext',
      '-out',
      'server.pem',
    ],
    dir,
  );
  fs.chmodSync(path.join(dir, 'server.key'), 0o600);
  if (isRoot) execFileSync('chown', ['-R', 'postgres:', dir]);
  fs.chmodSync(dir, 0o755);
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  try {
    await admin.query(`ALTER SYSTEM SET ssl_cert_file = '${path.join(dir, 'server.pem')}'`);
    await admin.query(`ALTER SYSTEM SET ssl_key_file = '${path.join(dir, 'server.key')}'`);
    await admin.query('ALTER SYSTEM SET ssl = on');
    await admin.query('SELECT pg_reload_conf()');
  } finally {
    await admin.end();
  }
  // Wait until the postmaster offers TLS.
  for (let i = 0; i < 50; i++) {
    const probe = new pg.Client({ connectionString: cluster.url, ssl: { rejectUnauthorized: false } });
    const ok = await probe.connect().then(
      () => true,
      () => false,
    );
    await probe.end().catch(() => undefined);
    if (ok) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    caFile: path.join(dir, 'practice-ca.pem'),
    otherCaFile: path.join(dir, 'other-ca.pem'),
    dispose: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

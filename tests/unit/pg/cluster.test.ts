import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { startPgCluster, type PgCluster } from '../../support/pg-cluster';

/*
 * The practice server runs on PostgreSQL; this checks that the test machine can start a
 * throwaway cluster with what the server's schema needs (btree_gist for the no-double-booking
 * exclusion constraint, unaccent for accent-folded search).
 */

let cluster: PgCluster;

beforeAll(async () => {
  cluster = await startPgCluster();
}, 60_000);

afterAll(() => cluster?.stop());

describe('throwaway PostgreSQL cluster', () => {
  it('accepts connections on loopback and has the extensions the server schema needs', async () => {
    const client = new pg.Client({ connectionString: cluster.url });
    await client.connect();
    try {
      const version = await client.query<{ server_version_num: string }>('SHOW server_version_num');
      expect(Number(version.rows[0]!.server_version_num)).toBeGreaterThanOrEqual(150000);
      await client.query('CREATE EXTENSION btree_gist');
      await client.query('CREATE EXTENSION unaccent');
      await client.query(
        `CREATE TABLE visits (clinician int, during tstzrange,
           EXCLUDE USING gist (clinician WITH =, during WITH &&))`,
      );
      await client.query(`INSERT INTO visits VALUES (1, '[2026-12-07 09:00Z, 2026-12-07 09:30Z)')`);
      await expect(
        client.query(`INSERT INTO visits VALUES (1, '[2026-12-07 09:15Z, 2026-12-07 09:45Z)')`),
      ).rejects.toMatchObject({ code: '23P01' });
      await client.query(`INSERT INTO visits VALUES (2, '[2026-12-07 09:15Z, 2026-12-07 09:45Z)')`);
      const folded = await client.query<{ v: string }>(`SELECT lower(unaccent('Ёлкина Zoë')) AS v`);
      expect(folded.rows[0]!.v).toBe('елкина zoe');
    } finally {
      await client.end();
    }
  });
});

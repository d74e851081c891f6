import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { BUSY_TIMEOUT_MS, DB_FILE_NAME, openDatabase } from '../../../electron/db/open';
import { DatabaseTooNewError, latestSchemaVersion } from '../../../electron/db/migrate';
import { freshDb, tempDir } from '../test-db';

const mode = (file: string) => fs.statSync(file).mode & 0o777;
const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('openDatabase', () => {
  it('sets WAL, synchronous FULL, foreign keys and busy timeout, and keeps them after reopening', async () => {
    const dir = tempDir();
    const first = await freshDb(dir);
    await first.close();

    const again = openDatabase(dir);
    try {
      expect(again.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      // 2 = FULL
      expect(again.sqlite.pragma('synchronous', { simple: true })).toBe(2);
      expect(again.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(again.sqlite.pragma('busy_timeout', { simple: true })).toBe(BUSY_TIMEOUT_MS);
      expect(again.sqlite.pragma('secure_delete', { simple: true })).toBe(1);
    } finally {
      await again.close();
    }
  });

  it('enforces foreign keys: a guardian cannot point at a missing child', async () => {
    const { sqlite } = await freshDb();
    expect(() =>
      sqlite.prepare(`INSERT INTO guardians (patient_id, position, name, phone) VALUES (999, 0, 'A', '12345')`).run(),
    ).toThrow(/FOREIGN KEY/);
  });

  it('rejects rows that break the table checks (STRICT types, sex, date shape)', async () => {
    const { sqlite } = await freshDb();
    const insert = (sex: string, dob: string) =>
      sqlite
        .prepare(
          `INSERT INTO patients (first_name, last_name, date_of_birth, sex, sort_key, sort_rank, created_at, updated_at)
           VALUES ('A', 'B', ?, ?, 'k', 1, 'now', 'now')`,
        )
        .run(dob, sex);
    expect(() => insert('other', '2020-01-01')).toThrow(/CHECK/);
    expect(() => insert('female', '01/01/2020')).toThrow(/CHECK/);
    expect(() => insert('female', '2020-01-01')).not.toThrow();
  });

  it.skipIf(process.platform === 'win32')(
    'makes the folder 0700 and the database, WAL and SHM 0600 whatever the umask',
    async () => {
      const dir = path.join(tempDir(), 'data');
      const before = process.umask(0o000);
      try {
        const handle = await freshDb(dir);
        handle.sqlite.prepare(`INSERT INTO settings (key, value) VALUES ('x', '1')`).run();
        expect(mode(dir)).toBe(0o700);
        for (const f of [DB_FILE_NAME, `${DB_FILE_NAME}-wal`, `${DB_FILE_NAME}-shm`]) {
          expect(mode(path.join(dir, f)), f).toBe(0o600);
        }
      } finally {
        process.umask(before);
      }
    },
  );

  it('reopen swaps the file under the same Kysely instance and waits for a transaction in progress', async () => {
    const handle = await freshDb();
    let inside = false;
    const tx = handle.db.transaction().execute(async (trx) => {
      inside = true;
      await trx.insertInto('settings').values({ key: 'a', value: '1' }).execute();
      await new Promise((r) => setTimeout(r, 20));
      inside = false;
    });
    await new Promise((r) => setTimeout(r, 1));
    let sawInside: boolean | null = null;
    await handle.reopen(async () => {
      sawInside = inside;
    });
    await tx;
    expect(sawInside).toBe(false);
    const rows = await handle.db.selectFrom('settings').select('key').where('key', '=', 'a').execute();
    expect(rows).toEqual([{ key: 'a' }]);
  });
});

describe('a database written by a newer version', () => {
  for (const journal of ['delete', 'truncate', 'wal'] as const) {
    it(`is refused before anything writes to it (journal_mode ${journal})`, () => {
      const dir = tempDir();
      const file = path.join(dir, DB_FILE_NAME);
      const raw = new BetterSqlite3(file);
      raw.pragma(`journal_mode = ${journal}`);
      raw.exec(
        `CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`,
      );
      raw.prepare(`INSERT INTO schema_migrations VALUES (?, 'future', 'x')`).run(latestSchemaVersion() + 1);
      raw.close();
      const header = fs.readFileSync(file).subarray(18, 20);
      const digest = sha(file);
      expect(() => openDatabase(dir)).toThrow(DatabaseTooNewError);
      expect(fs.readFileSync(file).subarray(18, 20)).toEqual(header);
      expect(sha(file)).toBe(digest);
      expect(header[0]).toBe(journal === 'wal' ? 2 : 1);
    });
  }
});

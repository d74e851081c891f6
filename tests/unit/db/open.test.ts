import { describe, expect, it } from 'vitest';
import { BUSY_TIMEOUT_MS, openDatabase } from '../../../electron/db/open';
import { freshDb, tempDir } from '../test-db';

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
});

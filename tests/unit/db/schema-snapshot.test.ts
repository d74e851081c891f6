import { describe, expect, it } from 'vitest';
import { freshDb } from '../test-db';

describe('schema snapshot', () => {
  it('matches the recorded schema (update the snapshot only with a new migration)', async () => {
    const { sqlite } = await freshDb();
    const rows = sqlite
      .prepare(
        `SELECT type, name, sql FROM sqlite_master
         WHERE sql IS NOT NULL AND name NOT LIKE 'patient_search_%' ORDER BY type, name`,
      )
      .all() as { type: string; name: string; sql: string }[];
    const schema = rows.map((r) => `${r.type} ${r.name}\n${r.sql.replace(/\s+/g, ' ').trim()}`).join('\n\n');
    await expect(schema).toMatchFileSnapshot('__snapshots__/schema.sql');
  });
});

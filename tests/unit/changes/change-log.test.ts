import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDb } from '../../../electron/db/open';
import { pruneChanges } from '../../../electron/services/changes/read';
import { createPatient } from '../../../electron/services/patients/patients';
import { erasePatient } from '../../../electron/services/patients/erase';
import { freshDb, tempDir } from '../test-db';
import { child } from '../services/child-fixture';
import { changeSuite, logAfter } from './change-suite';

/* The change log on SQLite: the "other desk" is a second connection to the same file. */

const others: OpenDb[] = [];
afterEach(async () => {
  for (const o of others.splice(0)) await o.close();
});

async function open() {
  const dir = tempDir();
  const { db } = await freshDb(dir);
  const second = openDatabase(dir);
  others.push(second);
  expect(second.file).toBe(path.join(dir, path.basename(second.file)));
  return { db, other: second.db };
}

describe('change log (SQLite)', () => {
  changeSuite(open);

  it('lets a child be erased: no entry keeps their id', async () => {
    const { db } = await open();
    const eva = await createPatient(db, child('Eva', 'Erased'));
    await erasePatient(db, { id: eva.id, confirmName: 'Eva Erased' }, null);
    expect(await db.selectFrom('change_log').select('id').where('patient_id', '=', eva.id).execute()).toEqual([]);
    expect(await db.selectFrom('patients').select('id').where('id', '=', eva.id).execute()).toEqual([]);
  });

  it('prunes entries older than the days kept, and ids never go back', async () => {
    const { db } = await open();
    await createPatient(db, child('Mia', 'Novak'));
    const before = await logAfter(db);
    expect(before.length).toBeGreaterThan(0);
    const later = new Date(Date.now() + 31 * 86_400_000);
    expect(await pruneChanges(db, 30, later)).toBe(before.length);
    expect(await logAfter(db)).toEqual([]);
    const max = await db.selectFrom('change_log').select('id').execute();
    expect(max).toEqual([]);
    await createPatient(db, child('Leo', 'Horvat'));
    const ids = (await db.selectFrom('change_log').select('id').orderBy('id').execute()).map((r) => r.id);
    expect(ids[0]).toBeGreaterThan(before.length);
  });
});

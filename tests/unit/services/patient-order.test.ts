import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createPatient, searchPatients, updatePatient } from '../../../electron/services/patients/patients';
import { RANK_GAP } from '../../../electron/services/patients/order';
import { serviceDb } from '../test-db';
import { child } from './child-fixture';

describe('list order under many inserts', () => {
  it('stays alphabetical when more children land between two neighbours than the rank gap allows', async () => {
    const { db, engine } = await serviceDb();
    await createPatient(db, child('A', 'Aaa'));
    await createPatient(db, child('Z', 'Zzz'));
    // Each new name sorts right after the previous one, so they all squeeze into one gap: log2(RANK_GAP) = 20
    // halvings fit, the 21st forces a renumbering.
    const middle = Array.from({ length: Math.log2(RANK_GAP) + 5 }, (_, i) => `M${String(i).padStart(3, '0')}`);
    for (const last of middle) await createPatient(db, child('X', last));

    const all = await searchPatients(db, '', 200);
    const expected = ['Aaa', ...middle, 'Zzz'];
    expect(all.items.map((p) => p.lastName)).toEqual(expected);
    // The search index follows the renumbered ranks: each child is found exactly once.
    expect((await searchPatients(db, 'x', 200)).items.map((p) => p.lastName)).toEqual(middle);
    if (engine === 'sqlite') {
      // SQLite's index is one FTS row per child (PostgreSQL's is the search service's own, H2).
      const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM patient_search`.execute(db);
      expect(rows[0]!.n).toBe(expected.length);
    }
  });

  it('moves a renamed child to its new place', async () => {
    const { db } = await serviceDb();
    const a = await createPatient(db, child('A', 'Adams'));
    await createPatient(db, child('B', 'Baker'));
    await updatePatient(db, a.id, child('A', 'Young'));
    expect((await searchPatients(db, '', 10)).items.map((p) => p.lastName)).toEqual(['Baker', 'Young']);
  });

  it('keeps children with the same name as separate entries', async () => {
    const { db } = await serviceDb();
    const one = await createPatient(db, child('Sam', 'Lee'));
    const two = await createPatient(db, child('Sam', 'Lee'));
    expect((await searchPatients(db, 'lee', 10)).items.map((p) => p.id)).toEqual([one.id, two.id]);
  });
});

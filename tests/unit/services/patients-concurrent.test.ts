import { describe, expect, it } from 'vitest';
import { createPatient, searchPatients, updatePatient } from '../../../electron/services/patients/patients';
import { serviceDb } from '../test-db';
import { child } from './child-fixture';

/*
 * Several desks adding and renaming children at the same moment. On PostgreSQL the calls below run
 * on separate pooled connections at once; each child still gets its own place in the list.
 */

describe('children added at several desks at once', () => {
  it('saves every one, in list order, with none lost to a clash of list places', async () => {
    const { db } = await serviceDb();
    await createPatient(db, child('A', 'Aaa'));
    await createPatient(db, child('Z', 'Zzz'));
    const names = Array.from({ length: 12 }, (_, i) => `M${String(i).padStart(2, '0')}`);
    const created = await Promise.all(names.map((last) => createPatient(db, child('X', last))));
    expect(created.map((p) => p.lastName)).toEqual(names);
    const renamed = await Promise.all(
      created.slice(0, 6).map((p, i) => updatePatient(db, p.id, child('X', `N${String(i).padStart(2, '0')}`))),
    );
    expect(renamed).toHaveLength(6);
    const listed = (await searchPatients(db, '', 50)).items.map((p) => p.lastName);
    expect(listed).toEqual(['Aaa', ...names.slice(6), ...renamed.map((p) => p.lastName), 'Zzz']);
  });
});

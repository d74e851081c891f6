import { describe, expect, it } from 'vitest';
import { createClinician, listClinicians, updateClinician } from '../../../electron/services/settings/clinicians';
import { serviceDb } from '../test-db';

describe('clinicians service', () => {
  it('adds clinicians and lists active ones first, by name', async () => {
    const { db } = await serviceDb();
    const b = await createClinician(db, { name: 'Dr. B', title: 'Podiatrist', phone: '', active: true });
    const a = await createClinician(db, { name: 'Dr. A', title: 'Orthopedist', phone: '555 0100', active: true });
    await updateClinician(db, b.id, { ...b, active: false });
    const c = await createClinician(db, { name: 'Dr. C', title: 'Podiatrist', phone: '', active: true });
    expect((await listClinicians(db)).map((x) => [x.name, x.active])).toEqual([
      ['Dr. A', true],
      ['Dr. C', true],
      ['Dr. B', false],
    ]);
    expect(a).toEqual({ id: a.id, name: 'Dr. A', title: 'Orthopedist', phone: '555 0100', active: true, version: 1 });
    expect(c.id).toBeGreaterThan(a.id);
  });

  it('reports an unknown clinician', async () => {
    const { db } = await serviceDb();
    await expect(updateClinician(db, 7, { name: 'X', title: 'Y', phone: '', active: true })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { PatientInput } from '../../../shared/contract';
import { createAssessment } from '../../../electron/services/clinical/assessments';
import { createClinician } from '../../../electron/services/settings/clinicians';
import { updateSettings } from '../../../electron/services/settings/settings';
import { findDuplicates } from '../../../electron/services/patients/duplicates';
import {
  createPatient,
  getPatientRecord,
  searchPatients,
  setArchived,
  updatePatient,
} from '../../../electron/services/patients/patients';
import { serviceDb } from '../test-db';
import { assessment } from './assessment-fixture';
import { child, guardian } from './child-fixture';

describe('several guardians', () => {
  it('keeps guardians in order with all their details, and replaces them on edit', async () => {
    const { db } = await serviceDb();
    const two = [
      guardian('Olga Petrova', '+7 912 000-00-01', { relationship: 'mother', preferredLanguage: 'ru' }),
      guardian('Ivan Petrov', '', { relationship: 'father', email: 'ivan@example.org', contactConsent: false }),
    ];
    const created = await createPatient(db, child('Anna', 'Petrova', { guardians: two, notes: 'Shy with strangers.' }));
    expect(created.notes).toBe('Shy with strangers.');
    expect(
      created.guardians.map((g) => [g.name, g.relationship, g.phone, g.email, g.preferredLanguage, g.contactConsent]),
    ).toEqual([
      ['Olga Petrova', 'mother', '+7 912 000-00-01', '', 'ru', true],
      ['Ivan Petrov', 'father', '', 'ivan@example.org', 'en', false],
    ]);
    const updated = await updatePatient(db, created.id, child('Anna', 'Petrova', { guardians: [two[1]!] }));
    expect(updated.guardians.map((g) => g.name)).toEqual(['Ivan Petrov']);
  });

  it('finds the child by any guardian’s name and phone; the list shows the main contact', async () => {
    const { db } = await serviceDb();
    await updateSettings(db, { country: 'RU' });
    const { id } = await createPatient(
      db,
      child('Anna', 'Petrova', {
        guardians: [
          guardian('Olga Petrova', '8 916 111-22-33'),
          guardian('Baba Zina', '8 903 444-55-66', { relationship: 'grandparent' }),
        ],
      }),
    );
    for (const q of ['zina', '903 444', 'olga']) {
      const { items } = await searchPatients(db, q, 10);
      expect(
        items.map((p) => [p.id, p.guardianName]),
        q,
      ).toEqual([[id, 'Olga Petrova']]);
    }
  });

  it('needs 1-5 guardians and a phone or email on at least one of them', () => {
    const issues = (input: unknown) => {
      const r = PatientInput.safeParse(input);
      return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
    };
    expect(issues(child('A', 'B', { guardians: [] }))).toEqual(['guardians:guardianRequired']);
    expect(issues(child('A', 'B', { guardians: Array.from({ length: 6 }, () => guardian('G', '555 0100')) }))).toEqual([
      'guardians:tooManyGuardians:5',
    ]);
    expect(issues(child('A', 'B', { guardians: [guardian('G', '')] }))).toEqual(['guardians:contactRequired']);
    expect(issues(child('A', 'B', { guardians: [guardian('G', '', { email: 'g@example.org' })] }))).toEqual([]);
    expect(issues(child('A', 'B', { guardians: [guardian('G', '', { email: 'not an email' })] }))).toEqual([
      'guardians.0.email:invalidEmail',
    ]);
  });
});

describe('archiving', () => {
  it('takes a child off the default list but keeps it searchable, marked archived; unarchive brings it back', async () => {
    const { db } = await serviceDb();
    const a = await createPatient(db, child('Ada', 'Brown'));
    const b = await createPatient(db, child('Ben', 'Brown'));
    const archived = await setArchived(db, a.id, true, new Date('2026-05-01T10:00:00Z'));
    expect(archived.archivedAt).toBe('2026-05-01T10:00:00.000Z');
    expect((await searchPatients(db, '', 10)).items.map((p) => p.id)).toEqual([b.id]);
    expect((await searchPatients(db, 'brown', 10)).items.map((p) => [p.id, p.archived])).toEqual([
      [a.id, true],
      [b.id, false],
    ]);
    await setArchived(db, a.id, false);
    expect((await searchPatients(db, '', 10)).items.map((p) => p.id)).toEqual([a.id, b.id]);
    await expect(setArchived(db, 999, true)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('duplicate check', () => {
  it('finds the same name and birth date (case and accents folded) and the same guardian phone', async () => {
    const { db } = await serviceDb();
    const emile = await createPatient(db, child('Émile', 'Zola', { dateOfBirth: '2020-01-30' }));
    const other = await createPatient(
      db,
      child('Nana', 'Coupeau', { guardians: [guardian('Gervaise', '+33 6 12 34 56 78')] }),
    );
    const found = await findDuplicates(db, {
      firstName: ' emile ',
      lastName: 'ZOLA',
      dateOfBirth: '2020-01-30',
      phones: ['06-12-34-56-78', '33612345678'],
    });
    expect(found.map((m) => [m.patient.id, m.reasons])).toEqual([
      [emile.id, ['same_name_and_birth_date']],
      [other.id, ['same_guardian_phone']],
    ]);
  });

  it('ignores another birth date, short numbers, and the child being edited', async () => {
    const { db } = await serviceDb();
    const emile = await createPatient(db, child('Emile', 'Zola', { dateOfBirth: '2020-01-30' }));
    expect(
      await findDuplicates(db, { firstName: 'Emile', lastName: 'Zola', dateOfBirth: '2020-01-31', phones: ['12345'] }),
    ).toEqual([]);
    expect(
      await findDuplicates(db, {
        firstName: 'Emile',
        lastName: 'Zola',
        dateOfBirth: '2020-01-30',
        phones: ['+7 912 345-67-89'],
        excludeId: emile.id,
      }),
    ).toEqual([]);
    // A different child with the same first name and a last name that only starts the same.
    expect(
      await findDuplicates(db, { firstName: 'Emile', lastName: 'Zol', dateOfBirth: '2020-01-30', phones: [] }),
    ).toEqual([]);
  });
});

describe('patient record', () => {
  it('returns the child with guardians and assessments newest first', async () => {
    const { db } = await serviceDb();
    const p = await createPatient(db, child('Mia', 'Novak'));
    const c = await createClinician(db, { name: 'Dr. K', title: 'Podiatrist', phone: '', active: true });
    const older = await createAssessment(db, assessment(p.id, c.id, { assessedOn: '2025-12-01' }));
    const newer = await createAssessment(db, assessment(p.id, c.id, { assessedOn: '2026-02-01' }));
    const record = await getPatientRecord(db, p.id);
    expect(record.patient).toEqual(p);
    expect(record.assessments.map((a) => a.id)).toEqual([newer.id, older.id]);
    await expect(getPatientRecord(db, 999)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

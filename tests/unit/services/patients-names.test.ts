import { describe, expect, it } from 'vitest';
import { localToday, PatientInput } from '../../../shared/contract';
import { fullName, shortName, sortedName } from '../../../shared/person-name';
import { exportChild } from '../../../electron/services/patients/export';
import { findDuplicates } from '../../../electron/services/patients/duplicates';
import { createPatient, getPatient, searchPatients, updatePatient } from '../../../electron/services/patients/patients';
import { renderAppointmentCard } from '../../../electron/pdf/card/render-card';
import { cardData } from '../../../electron/services/print/card-data';
import { cardRenderInput } from '../../../electron/services/print/card';
import { readPdf } from '../print/print-helpers';
import { serviceDb } from '../test-db';
import { child } from './child-fixture';

const anna = { firstName: 'Анна', middleName: 'Сергеевна', lastName: 'Петрова' };

describe('shared/person-name', () => {
  it('writes the name in each language’s order, and leaves out a missing middle name', () => {
    expect(fullName(anna, 'ru')).toBe('Петрова Анна Сергеевна');
    expect(fullName(anna, 'en')).toBe('Анна Сергеевна Петрова');
    expect(fullName({ firstName: 'Mia', lastName: 'Novak' }, 'en')).toBe('Mia Novak');
    expect(fullName({ firstName: 'Mia', middleName: '', lastName: 'Novak' }, 'ru')).toBe('Novak Mia');
    expect(fullName({ firstName: 'Mia', middleName: null, lastName: 'Novak' }, 'en')).toBe('Mia Novak');
    expect(sortedName({ firstName: 'Mia', middleName: 'Rose', lastName: 'Novak' })).toBe('Novak Mia Rose');
    expect(shortName(anna)).toBe('Анна');
  });
});

describe('middle name (patronymic)', () => {
  it('is optional at the boundary: absent, blank or a line of text, refused when too long or hidden', () => {
    const issues = (input: unknown) =>
      PatientInput.safeParse(input).error?.issues.map((i) => `${i.path.join('.')}:${i.message}`) ?? [];
    expect(issues(child('Mia', 'Novak'))).toEqual([]);
    expect(PatientInput.parse({ ...child('Mia', 'Novak'), middleName: '  ' }).middleName).toBe('');
    expect(PatientInput.parse({ ...child('Mia', 'Novak'), middleName: ' Rose ' }).middleName).toBe('Rose');
    expect(issues({ ...child('Mia', 'Novak'), middleName: 'x'.repeat(81) })).toEqual(['middleName:tooLong:80']);
    expect(issues({ ...child('Mia', 'Novak'), middleName: 'A\u202eB' })).toEqual(['middleName:forbiddenCharacters']);
  });

  it('round-trips through create, update, read, list rows and search; absent means blank', async () => {
    const { db } = await serviceDb();
    const plain = await createPatient(db, child('Mia', 'Novak'));
    expect(plain.middleName).toBe('');
    const created = await createPatient(db, child(anna.firstName, anna.lastName, { middleName: anna.middleName }));
    expect(created).toMatchObject(anna);
    expect(await getPatient(db, created.id)).toEqual(created);

    const { items } = await searchPatients(db, 'сергеевна', 10);
    expect(items.map((p) => [p.id, p.firstName, p.middleName, p.lastName])).toEqual([
      [created.id, 'Анна', 'Сергеевна', 'Петрова'],
    ]);
    expect((await searchPatients(db, 'петрова серг', 10)).items.map((p) => p.id)).toEqual([created.id]);

    const renamed = await updatePatient(db, created.id, child('Анна', 'Петрова', { middleName: 'Олеговна' }));
    expect(renamed.middleName).toBe('Олеговна');
    expect((await searchPatients(db, 'сергеевна', 10)).items).toEqual([]);
    expect((await searchPatients(db, 'олег', 10)).items.map((p) => p.id)).toEqual([created.id]);
    // An edit that sends no middle name clears it, like any other blank field.
    expect((await updatePatient(db, created.id, child('Анна', 'Петрова'))).middleName).toBe('');
  });

  it('leaves the duplicate check as it was: same first and last name and birth date', async () => {
    const { db } = await serviceDb();
    const first = await createPatient(db, child('Анна', 'Петрова', { middleName: 'Сергеевна' }));
    const found = await findDuplicates(db, {
      firstName: 'анна',
      lastName: 'Петрова',
      dateOfBirth: '2020-05-17',
      phones: [],
    });
    expect(found.map((m) => [m.patient.id, m.patient.middleName, m.reasons])).toEqual([
      [first.id, 'Сергеевна', ['same_name_and_birth_date']],
    ]);
  });

  it('is in the exported record, and the file name starts with the family name', async () => {
    const { db } = await serviceDb();
    const { id } = await createPatient(db, child('Anna', 'Petrova', { middleName: 'Sergeevna' }));
    const exported = await exportChild(db, id, new Date('2026-03-01T10:00:00Z'));
    expect(exported.fileName).toBe(
      `Valgo – Petrova Anna Sergeevna – Record – ${localToday(new Date('2026-03-01T10:00:00Z'))}.json`,
    );
    expect(JSON.parse(exported.json).child).toMatchObject({
      firstName: 'Anna',
      middleName: 'Sergeevna',
      lastName: 'Petrova',
    });
  });

  it('prints on the card family name first in Russian and in English order in English', async () => {
    const { db } = await serviceDb();
    const { id } = await createPatient(db, child(anna.firstName, anna.lastName, { middleName: anna.middleName }));
    const now = new Date('2026-03-01T10:00:00Z');
    const card = async (language: 'en' | 'ru') => {
      const data = await cardData(db, id, { language, now });
      return readPdf(await renderAppointmentCard(cardRenderInput(data, 'A6', now.toISOString()))).text;
    };
    expect(await card('ru')).toContain('Петрова Анна Сергеевна');
    expect(await card('en')).toContain('Анна Сергеевна Петрова');
  });
});

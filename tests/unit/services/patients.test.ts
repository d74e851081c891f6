import { describe, expect, it } from 'vitest';
import type { PatientInput } from '../../../shared/contract';
import { createPatient, getPatient, searchPatients, updatePatient } from '../../../electron/services/patients/patients';
import { openDatabase } from '../../../electron/db/open';
import { updateSettings } from '../../../electron/services/settings/settings';
import { freshDb, serviceDb, tempDir, testEngine } from '../test-db';
import { child, guardian } from './child-fixture';

describe('patients service', () => {
  it('creates a child with a guardian and reads it back', async () => {
    const { db } = await serviceDb();
    const created = await createPatient(db, child('Mia', 'Novak'), new Date('2026-01-02T03:04:05Z'));
    expect(created).toMatchObject({
      firstName: 'Mia',
      lastName: 'Novak',
      dateOfBirth: '2020-05-17',
      sex: 'female',
      notes: '',
      archivedAt: null,
      guardians: [
        {
          id: expect.any(Number),
          name: 'Anna Parent',
          relationship: 'mother',
          phone: '+7 912 345-67-89',
          email: '',
          preferredLanguage: 'en',
          contactConsent: true,
        },
      ],
      createdAt: '2026-01-02T03:04:05.000Z',
    });
    expect(await getPatient(db, created.id)).toEqual(created);
  });

  // The database file on disk is SQLite's (a server keeps its data whatever a desk does).
  it.skipIf(testEngine === 'postgres')('keeps a child after the database is closed and opened again', async () => {
    const dir = tempDir();
    const first = await freshDb(dir);
    const { id } = await createPatient(first.db, child('Ivan', 'Petrov'));
    await first.close();
    const again = openDatabase(dir);
    try {
      expect((await getPatient(again.db, id)).lastName).toBe('Petrov');
    } finally {
      await again.close();
    }
  });

  it('updates details and guardian, and search follows the new name', async () => {
    const { db } = await serviceDb();
    const { id } = await createPatient(db, child('Mia', 'Novak'));
    const updated = await updatePatient(
      db,
      id,
      child('Mila', 'Horvat', { guardians: [guardian('Petra Horvat', '555 0101')] }),
    );
    expect(updated).toMatchObject({
      firstName: 'Mila',
      lastName: 'Horvat',
      guardians: [{ name: 'Petra Horvat', phone: '555 0101' }],
    });
    expect((await searchPatients(db, 'novak', 50)).items).toEqual([]);
    expect((await searchPatients(db, 'horv', 50)).items.map((p) => p.id)).toEqual([id]);
    expect((await searchPatients(db, 'petra', 50)).items.map((p) => p.id)).toEqual([id]);
  });

  it('reports a missing child as NOT_FOUND', async () => {
    const { db } = await serviceDb();
    await expect(getPatient(db, 42)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(updatePatient(db, 42, child('A', 'B'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('patient search', () => {
  async function seeded() {
    const handle = await serviceDb();
    // A Russian clinic: "8 (916) …" is a national number there (the trunk prefix 8).
    await updateSettings(handle.db, { country: 'RU' });
    const names: [string, string, Partial<PatientInput>?][] = [
      ['Émile', 'Zola'],
      ['Anna', 'Müller'],
      ['Мария', 'Иванова', { guardians: [guardian('Ольга Иванова', '8 (916) 123-45-67')] }],
      ['Пётр', 'Семёнов'],
      ['Oliver', 'Brown', { guardians: [guardian('Grace Brown', '+44 20 7946 0018')] }],
      ['Ada', 'Brown'],
    ];
    for (const [first, last, extra] of names) await createPatient(handle.db, child(first, last, extra));
    return handle.db;
  }
  const lastNames = async (db: Awaited<ReturnType<typeof seeded>>, q: string) =>
    (await searchPatients(db, q, 50)).items.map((p) => `${p.firstName} ${p.lastName}`);

  it('lists everyone by last name then first name when the query is blank', async () => {
    const db = await seeded();
    expect(await lastNames(db, '  ')).toEqual([
      'Ada Brown',
      'Oliver Brown',
      'Anna Müller',
      'Émile Zola',
      'Мария Иванова',
      'Пётр Семёнов',
    ]);
  });

  it('matches name prefixes with case and accents folded', async () => {
    const db = await seeded();
    expect(await lastNames(db, 'emi')).toEqual(['Émile Zola']);
    expect(await lastNames(db, 'MUL')).toEqual(['Anna Müller']);
    expect(await lastNames(db, 'müll')).toEqual(['Anna Müller']);
  });

  it('matches Cyrillic, with ё and е alike', async () => {
    const db = await seeded();
    expect(await lastNames(db, 'иван')).toEqual(['Мария Иванова']);
    expect(await lastNames(db, 'семен')).toEqual(['Пётр Семёнов']);
    expect(await lastNames(db, 'ПЁТР')).toEqual(['Пётр Семёнов']);
  });

  it('needs every word to match, in any field', async () => {
    const db = await seeded();
    expect(await lastNames(db, 'brown ol')).toEqual(['Oliver Brown']);
    expect(await lastNames(db, 'grace')).toEqual(['Oliver Brown']);
    expect(await lastNames(db, 'ольга')).toEqual(['Мария Иванова']);
  });

  it('finds a child by the guardian phone from its start or from any group, whatever the punctuation', async () => {
    const db = await seeded();
    expect(await lastNames(db, '8916')).toEqual(['Мария Иванова']);
    expect(await lastNames(db, '916-123')).toEqual(['Мария Иванова']);
    expect(await lastNames(db, '1234567')).toEqual(['Мария Иванова']);
    expect(await lastNames(db, '7946 0018')).toEqual(['Oliver Brown']);
  });

  it('treats search operators and quotes as plain text', async () => {
    const db = await seeded();
    expect(await lastNames(db, 'brown OR zola')).toEqual([]);
    expect(await lastNames(db, '"zo')).toEqual(['Émile Zola']);
    expect(await lastNames(db, '*')).toEqual([]);
    expect(await lastNames(db, 'NEAR(')).toEqual([]);
  });

  it('returns at most `limit` children and says when more match', async () => {
    const db = await seeded();
    const result = await searchPatients(db, 'b', 1);
    expect(result.items.map((p) => p.firstName)).toEqual(['Ada']);
    expect(result.more).toBe(true);
    expect((await searchPatients(db, 'b', 5)).more).toBe(false);
  });
});

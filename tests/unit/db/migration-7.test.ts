import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/db/open';
import { latestSchemaVersion, migrate } from '../../../electron/db/migrate';
import { migrations } from '../../../electron/db/migrations';
import { getPatient, searchPatients } from '../../../electron/services/patients/patients';
import { tempDir } from '../test-db';

/** A version-6 database with two children, their guardians and the old search index. */
async function version6(country: string | null) {
  const dir = tempDir();
  const handle = openDatabase(dir);
  await migrate(handle.db, handle.sqlite, { migrations: migrations.slice(0, 6) });
  handle.sqlite.exec(`
    INSERT INTO patients (id, first_name, last_name, date_of_birth, sex, sort_key, sort_rank, created_at, updated_at)
    VALUES (1, 'Мария', 'Иванова', '2021-01-01', 'female', 'k1', 2048, 't', 't'),
           (2, 'Oliver', 'Brown', '2020-02-02', 'male', 'k0', 1024, 't', 't');
    INSERT INTO guardians (patient_id, position, name, phone, phone_digits)
    VALUES (1, 0, 'Ольга Иванова', '8 (916) 123-45-67', '89161234567'),
           (1, 1, 'Баба Зина', '', ''),
           (2, 0, 'Grace Brown', '07700 900123', '07700900123'),
           (2, 1, 'Tom Brown', '+7 903 111-22-33', '79031112233'),
           (2, 2, 'Old Typo', '12-34', '1234');
    INSERT INTO patient_search (rowid, names, guardians, phones)
    VALUES (2048, 'мария иванова', 'ольга иванова баба зина', '89161234567 1234567 4567 67'),
           (1024, 'oliver brown', 'grace brown', '07700900123 900123');`);
  if (country !== null) handle.sqlite.prepare("INSERT INTO settings (key, value) VALUES ('country', ?)").run(country);
  const result = await migrate(handle.db, handle.sqlite, { backupDir: path.join(dir, 'backups') });
  expect(result).toMatchObject({ from: 6, to: latestSchemaVersion() });
  return handle;
}

const phones = (h: Awaited<ReturnType<typeof version6>>) =>
  h.sqlite.prepare('SELECT phone, phone_e164 FROM guardians ORDER BY patient_id, position').all();

describe('migration 7 (middle names, phones by country) on data written by version 6', () => {
  it('reads existing phones with the clinic country stored in settings, and searches them', async () => {
    const h = await version6(JSON.stringify('RU'));
    try {
      expect(phones(h)).toEqual([
        { phone: '8 (916) 123-45-67', phone_e164: '+79161234567' },
        { phone: '', phone_e164: null },
        { phone: '07700 900123', phone_e164: null }, // "0" is no trunk prefix in Russia
        { phone: '+7 903 111-22-33', phone_e164: '+79031112233' },
        { phone: '12-34', phone_e164: null },
      ]);
      const maria = await getPatient(h.db, 1);
      expect(maria).toMatchObject({ middleName: '', lastName: 'Иванова' });
      expect(maria.guardians.map((g) => g.phoneE164)).toEqual(['+79161234567', null]);
      const ids = async (q: string) => (await searchPatients(h.db, q, 10)).items.map((p) => p.id);
      expect(await ids('+7 916')).toEqual([1]); // only the new index has E.164 digits
      expect(await ids('916 123')).toEqual([1]);
      expect(await ids('8916')).toEqual([1]);
      expect(await ids('+7 903')).toEqual([2]);
      expect(await ids('07700 9')).toEqual([2]); // as typed is still indexed
      expect(await ids('brown')).toEqual([2]);
      // The index keeps the sort rank as its rowid: Brown (1024) lists before Иванова (2048).
      expect(h.sqlite.prepare('SELECT rowid FROM patient_search ORDER BY rowid').all()).toEqual([
        { rowid: 1024 },
        { rowid: 2048 },
      ]);
    } finally {
      await h.close();
    }
  });

  it('reads them as British when no country was ever saved', async () => {
    const h = await version6(null);
    try {
      expect(phones(h).map((p) => (p as { phone_e164: string | null }).phone_e164)).toEqual([
        null, // "8 (916) …" is too long for a British number
        null,
        '+447700900123',
        '+79031112233',
        null,
      ]);
      expect((await searchPatients(h.db, '+44 7700', 10)).items.map((p) => p.id)).toEqual([2]);
    } finally {
      await h.close();
    }
  });

  it('falls back to British for a stored country that does not parse', async () => {
    const h = await version6('not json');
    try {
      expect(h.sqlite.prepare('SELECT phone_e164 FROM guardians WHERE patient_id = 2 AND position = 0').get()).toEqual({
        phone_e164: '+447700900123',
      });
    } finally {
      await h.close();
    }
  });

  it('refuses a malformed E.164 and an over-long middle name', async () => {
    const h = await version6(null);
    try {
      expect(() => h.sqlite.exec("UPDATE guardians SET phone_e164 = '89161234567' WHERE id = 1")).toThrow(/CHECK/);
      expect(() => h.sqlite.exec(`UPDATE patients SET middle_name = '${'x'.repeat(81)}' WHERE id = 1`)).toThrow(
        /CHECK/,
      );
    } finally {
      await h.close();
    }
  });
});

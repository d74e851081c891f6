import { describe, expect, it } from 'vitest';
import { formatPhone, parsePhone, phoneQueryDigits, toE164 } from '../../../shared/phone';
import { createDispatch } from '../../../electron/dispatch';
import { createHandlers } from '../../../electron/handlers';
import type { Database } from '../../../electron/db/schema';
import type { Kysely } from 'kysely';
import { findDuplicates } from '../../../electron/services/patients/duplicates';
import { createPatient, getPatient, searchPatients, updatePatient } from '../../../electron/services/patients/patients';
import { updateSettings } from '../../../electron/services/settings/settings';
import { serviceDb } from '../test-db';
import { child, guardian } from './child-fixture';

describe('shared/phone', () => {
  it('reads a typed number with the clinic’s country, to E.164 or null', () => {
    expect(toE164('8 (916) 123-45-67', 'RU')).toBe('+79161234567');
    expect(toE164('+7 916 123-45-67', 'GB')).toBe('+79161234567');
    expect(toE164('07700 900123', 'GB')).toBe('+447700900123');
    expect(parsePhone('020 7946 0018', 'GB')).toEqual({
      e164: '+442079460018',
      callingCode: '44',
      nationalNumber: '2079460018',
      country: 'GB',
    });
    expect(toE164('8 916 123-45-67', 'GB')).toBeNull(); // too long for a British number
    expect(toE164('916 123', 'RU')).toBeNull();
    expect(toE164('+999 1234 5678', 'GB')).toBeNull(); // no such country code
    expect(toE164('', 'GB')).toBeNull();
    expect(toE164('+7 916 123-45-67', 'ZZ')).toBe('+79161234567'); // an unknown region reads only "+" numbers
    expect(toE164('8 916 123-45-67', 'ZZ')).toBeNull();
  });

  it('formats national in the clinic’s country and international elsewhere, or as typed', () => {
    const ru = { phone: '8916 1234567', phoneE164: '+79161234567' };
    expect(formatPhone(ru, 'RU')).toBe('8 (916) 123-45-67');
    expect(formatPhone(ru, 'GB')).toBe('+7 916 123 45 67');
    expect(formatPhone({ phone: '+44 7700 900123', phoneE164: '+447700900123' }, 'GB')).toBe('07700 900123');
    expect(formatPhone({ phone: '555 12', phoneE164: null }, 'GB')).toBe('555 12');
  });

  it('turns a partly typed number into the prefixes to look up', () => {
    expect(phoneQueryDigits('8916', 'RU')).toEqual(['8916', '916']);
    expect(phoneQueryDigits('+44 7700', 'RU')).toEqual(['447700']);
    expect(phoneQueryDigits('00 44 7700', 'GB')).toEqual(['00447700', '447700']);
    expect(phoneQueryDigits('07700 9', 'GB')).toEqual(['077009', '77009']);
    expect(phoneQueryDigits('()', 'GB')).toEqual([]);
  });
});

async function clinic(country: string) {
  const handle = await serviceDb();
  await updateSettings(handle.db, { country });
  const ivanova = await createPatient(
    handle.db,
    child('Мария', 'Иванова', { guardians: [guardian('Ольга Иванова', '+7 916 123-45-67')] }),
  );
  const brown = await createPatient(
    handle.db,
    child('Oliver', 'Brown', { guardians: [guardian('Grace Brown', '+44 7700 900123')] }),
  );
  const other = await createPatient(
    handle.db,
    child('Ada', 'Smith', { guardians: [guardian('Ann Smith', '+385 91 234 5678')] }),
  );
  return { ...handle, ids: { ivanova: ivanova.id, brown: brown.id, other: other.id } };
}

const found = async (db: Kysely<Database>, q: string) => (await searchPatients(db, q, 50)).items.map((p) => p.id);

describe('phone search', () => {
  it('finds "+7 916 123-45-67" from the forms a Russian front desk types', async () => {
    const { db, ids } = await clinic('RU');
    for (const q of ['8916', '8 (916) 123', '916 123', '916-123-45', '+7 916', '7916123', '45-67', 'ольга 8916'])
      expect(await found(db, q), q).toEqual([ids.ivanova]);
  });

  it('finds "07700 900123" from "+44 7700" and from its national forms', async () => {
    const { db, ids } = await clinic('GB');
    for (const q of ['+44 7700', '07700 900', '7700 900123', '0044 7700', '900123'])
      expect(await found(db, q), q).toEqual([ids.brown]);
  });

  it('finds a number typed nationally in a British clinic from "+44" after the clinic moved to Russia', async () => {
    const { db } = await serviceDb();
    await updateSettings(db, { country: 'GB' });
    const { id } = await createPatient(
      db,
      child('Leo', 'Green', { guardians: [guardian('Sam Green', '07700 900123')] }),
    );
    await updateSettings(db, { country: 'RU' });
    expect(await found(db, '+44 7700')).toEqual([id]);
    expect(await found(db, '07700')).toEqual([id]); // as typed
  });

  it('finds nothing from a number no child has, and finds the Russian number in a British clinic only with +7', async () => {
    const { db, ids } = await clinic('GB');
    expect(await found(db, '8 999 000-00-00')).toEqual([]);
    expect(await found(db, '+7 916')).toEqual([ids.ivanova]);
    expect(await found(db, '8916')).toEqual([]); // "8" is no trunk prefix in the UK
  });

  it('stores what was typed and its E.164, and refuses a number impossible for the region, naming the field', async () => {
    const { db, ids } = await clinic('RU');
    const stored = await getPatient(db, ids.ivanova);
    expect(stored.guardians[0]).toMatchObject({ phone: '+7 916 123-45-67', phoneE164: '+79161234567' });

    const bad = child('Пётр', 'Семёнов', {
      guardians: [guardian('Ольга', '8 916 123-45-67'), guardian('Иван', '916 123')],
    });
    await expect(createPatient(db, bad)).rejects.toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'guardians.1.phone', message: 'phoneInvalid' }],
    });
    await expect(updatePatient(db, ids.ivanova, bad)).rejects.toMatchObject({ code: 'VALIDATION' });
    expect((await getPatient(db, ids.ivanova)).guardians.map((g) => g.phone)).toEqual(['+7 916 123-45-67']);
    expect(await found(db, 'семёнов')).toEqual([]);
  });

  it('answers the refusal through the channel in the VALIDATION envelope, like a schema issue', async () => {
    const { db } = await serviceDb();
    const dispatch = createDispatch(
      createHandlers({ db, info: { version: '1', dataDir: '/d', schemaVersion: 7, mode: 'browser' } }),
    );
    const result = await dispatch(
      'patients:create',
      child('Mia', 'Novak', { guardians: [guardian('Anna', '123 456')] }),
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'guardians.0.phone', message: 'phoneInvalid' }] },
    });
    expect(await db.selectFrom('patients').select('id').execute()).toEqual([]);
  });

  it('leaves the duplicate check comparing the digits as typed', async () => {
    const { db, ids } = await clinic('RU');
    const dupes = await findDuplicates(db, {
      firstName: 'X',
      lastName: 'Y',
      dateOfBirth: '2020-01-01',
      phones: ['+7 (916) 123 45 67'],
    });
    expect(dupes.map((d) => [d.patient.id, d.reasons])).toEqual([[ids.ivanova, ['same_guardian_phone']]]);
    expect(dupes[0]!.patient.guardianPhoneE164).toBe('+79161234567');
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/contract';
import { getSettings, updateSettings } from '../../../electron/services/settings';
import { freshDb } from '../test-db';

describe('settings service', () => {
  it('gives defaults before anything is saved', async () => {
    const { db } = await freshDb();
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
  });

  it('saves a partial change and keeps the other values', async () => {
    const { db } = await freshDb();
    await updateSettings(db, { clinicName: 'Little Feet Clinic', clinicPhone: '+1 555 0100' });
    const after = await updateSettings(db, { language: 'ru' });
    expect(after).toEqual({
      ...DEFAULT_SETTINGS,
      language: 'ru',
      clinicName: 'Little Feet Clinic',
      clinicPhone: '+1 555 0100',
    });
  });

  it('falls back to the default for a stored value that no longer fits the schema', async () => {
    const { db } = await freshDb();
    await db.insertInto('settings').values({ key: 'language', value: '"klingon"' }).execute();
    expect((await getSettings(db)).language).toBe('en');
  });
});

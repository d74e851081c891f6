import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, Settings } from '../../../shared/contract';
import { getSettings, updateSettings } from '../../../electron/services/settings/settings';
import { serviceDb } from '../test-db';

describe('settings service', () => {
  it('gives defaults before anything is saved', async () => {
    const { db } = await serviceDb();
    expect(await getSettings(db)).toEqual({ ...DEFAULT_SETTINGS, version: 1 });
  });

  it('saves a partial change and keeps the other values', async () => {
    const { db } = await serviceDb();
    await updateSettings(db, { clinicName: 'Little Feet Clinic', clinicPhone: '+1 555 0100' });
    const after = await updateSettings(db, { language: 'ru' });
    expect(after).toEqual({
      ...DEFAULT_SETTINGS,
      language: 'ru',
      clinicName: 'Little Feet Clinic',
      clinicPhone: '+1 555 0100',
      version: 3,
    });
  });

  it('falls back to the default for a stored value that no longer fits the schema', async () => {
    const { db } = await serviceDb();
    await db.insertInto('settings').values({ key: 'language', value: '"klingon"' }).execute();
    expect((await getSettings(db)).language).toBe('en');
  });
});

describe('clinic logo', () => {
  const png =
    'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

  it('stores a PNG data URL and clears it with an empty string', async () => {
    const { db } = await serviceDb();
    expect((await updateSettings(db, { clinicLogo: png })).clinicLogo).toBe(png);
    expect((await updateSettings(db, { clinicLogo: '' })).clinicLogo).toBe('');
  });

  it('refuses other formats and oversized images', () => {
    const check = (clinicLogo: string) => Settings.partial().safeParse({ clinicLogo }).error?.issues[0]?.message;
    expect(check('data:image/svg+xml;base64,PHN2Zz4=')).toBe('logoFormat');
    expect(check('https://example.org/logo.png')).toBe('logoFormat');
    expect(check('data:image/jpeg;base64,/9j/4AAQ')).toBe('logoFormat');
    expect(check(`data:image/png;base64,${'A'.repeat(400_000)}`)).toBe('logoTooLarge');
  });
});

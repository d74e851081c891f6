import type { Kysely } from 'kysely';
import { DEFAULT_SETTINGS, Settings } from '../../../shared/contract';
import type { Database } from '../../db/schema';

/** The practice's settings; keys never saved take their defaults. */
export async function getSettings(db: Kysely<Database>): Promise<Settings> {
  const rows = await db.selectFrom('settings').select(['key', 'value']).execute();
  const stored: Record<string, unknown> = {};
  for (const r of rows) stored[r.key] = JSON.parse(r.value);
  // A value written by an older or newer version that no longer fits falls back to its default.
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const field = Settings.shape[key].safeParse(stored[key]);
    if (field.success) merged[key] = field.data;
  }
  return merged as Settings;
}

export async function updateSettings(db: Kysely<Database>, changes: Partial<Settings>): Promise<Settings> {
  const entries = Object.entries(changes).filter(([, v]) => v !== undefined);
  if (entries.length) {
    await db
      .insertInto('settings')
      .values(entries.map(([key, value]) => ({ key, value: JSON.stringify(value) })))
      .onConflict((oc) => oc.column('key').doUpdateSet((eb) => ({ value: eb.ref('excluded.value') })))
      .execute();
  }
  return getSettings(db);
}

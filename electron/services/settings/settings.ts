import type { Kysely } from 'kysely';
import { DEFAULT_SETTINGS, Settings, type VersionedSettings } from '../../../shared/contract';
import type { Database } from '../../db/schema';
import { claimVersion, SETTINGS_ROW, touchVersion, type Who } from '../row-version';

/** The practice's settings (keys never saved take their defaults), with their version. */
export async function getSettings(db: Kysely<Database>): Promise<VersionedSettings> {
  const [rows, version] = await Promise.all([
    db.selectFrom('settings').select(['key', 'value']).execute(),
    db.selectFrom('settings_version').select('row_version').where('id', '=', SETTINGS_ROW).executeTakeFirst(),
  ]);
  const stored: Record<string, unknown> = {};
  for (const r of rows) stored[r.key] = JSON.parse(r.value);
  // A value written by an older or newer version that no longer fits falls back to its default.
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const field = Settings.shape[key].safeParse(stored[key]);
    if (field.success) merged[key] = field.data;
  }
  return { ...(merged as Settings), version: version?.row_version ?? 1 };
}

/**
 * Changes some settings. With `version` (the one the screen read), a change based on an older
 * version is refused, naming who saved since; without it, an in-process change.
 */
export async function updateSettings(
  db: Kysely<Database>,
  { version, ...changes }: Partial<Settings> & { version?: number | undefined },
  who: Who = null,
): Promise<VersionedSettings> {
  const entries = Object.entries(changes).filter(([, v]) => v !== undefined);
  await db.transaction().execute(async (trx) => {
    // A one-choice switch (language) sends no version: it still counts as a change, by `who`.
    if (version === undefined) await touchVersion(trx, 'settings_version', SETTINGS_ROW, who);
    else await claimVersion(trx, 'settings_version', SETTINGS_ROW, version, who, 'The settings');
    if (!entries.length) return;
    await trx
      .insertInto('settings')
      .values(entries.map(([key, value]) => ({ key, value: JSON.stringify(value) })))
      .onConflict((oc) => oc.column('key').doUpdateSet((eb) => ({ value: eb.ref('excluded.value') })))
      .execute();
  });
  return getSettings(db);
}

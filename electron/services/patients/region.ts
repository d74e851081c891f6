import type { Kysely } from 'kysely';
import { CountryCode, DEFAULT_SETTINGS } from '../../../shared/contract';
import type { Database } from '../../db/schema';

/**
 * The clinic's country (settings `country`): the region phone numbers without a country code
 * are read in. Reads that one key, not every setting (the logo is large), since search asks
 * for it on every keystroke.
 */
export async function clinicRegion(db: Kysely<Database>): Promise<string> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', 'country').executeTakeFirst();
  if (!row) return DEFAULT_SETTINGS.country;
  try {
    const parsed = CountryCode.safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : DEFAULT_SETTINGS.country;
  } catch {
    return DEFAULT_SETTINGS.country;
  }
}

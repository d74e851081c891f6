import { sql, type Kysely } from 'kysely';
import type { Engine } from '../engine';
import { byEngine } from './by-engine';
import { CountryCode, DEFAULT_SETTINGS } from '../../../shared/contract/settings';
import { toE164 } from '../../../shared/phone';
import { searchDocument } from '../../services/patients/search';

/*
 * Middle names and phone numbers understood by country.
 *
 * - patients.middle_name: the patronymic (отчество) of Russian-speaking families, or an English
 *   middle name; '' when none.
 * - guardians.phone_e164: the number as typed (`phone`, kept) read with the clinic's country,
 *   in E.164; null when blank or not a possible number. Existing rows are read with the country
 *   stored in settings, or GB when none was ever saved (the settings default).
 * - The search index is rebuilt: it now holds middle names and each number's E.164 digits and
 *   national significant number (electron/services/patients/search.ts).
 */
export async function up(db: Kysely<unknown>, engine: Engine = 'sqlite'): Promise<void> {
  await sql`ALTER TABLE patients ADD COLUMN middle_name TEXT NOT NULL DEFAULT ''
    CHECK (length(middle_name) <= 80)`.execute(db);
  await byEngine(
    engine,
    sql`ALTER TABLE guardians ADD COLUMN phone_e164 TEXT
    CHECK (phone_e164 GLOB '+[1-9][0-9]*' AND length(phone_e164) <= 16)`,
    sql`ALTER TABLE guardians ADD COLUMN phone_e164 TEXT
    CHECK (phone_e164 ~ '^[+][1-9][0-9]*$' AND length(phone_e164) <= 16)`,
  ).execute(db);

  const region = await storedCountry(db);
  const { rows: guardians } = await sql<{
    id: number;
    patient_id: number;
    name: string;
    phone: string;
  }>`SELECT id, patient_id, name, phone FROM guardians ORDER BY patient_id, position`.execute(db);
  const byPatient = new Map<number, { name: string; phone: string; phoneE164: string | null }[]>();
  for (const g of guardians) {
    const phoneE164 = g.phone === '' ? null : toE164(g.phone, region);
    if (phoneE164) await sql`UPDATE guardians SET phone_e164 = ${phoneE164} WHERE id = ${g.id}`.execute(db);
    const list = byPatient.get(g.patient_id) ?? [];
    list.push({ name: g.name, phone: g.phone, phoneE164 });
    byPatient.set(g.patient_id, list);
  }

  // The index's rowid stays the sort rank (migration 1); only its text changes.
  await sql`DELETE FROM patient_search`.execute(db);
  const { rows: patients } = await sql<{
    id: number;
    first_name: string;
    last_name: string;
    sort_rank: number;
  }>`SELECT id, first_name, last_name, sort_rank FROM patients`.execute(db);
  for (const p of patients) {
    const doc = searchDocument(p.first_name, p.last_name, byPatient.get(p.id) ?? []);
    await sql`INSERT INTO patient_search (rowid, names, guardians, phones)
      VALUES (${p.sort_rank}, ${doc.names}, ${doc.guardians}, ${doc.phones})`.execute(db);
  }
}

/** The clinic's country as settings store it (JSON text), or the default (GB). */
async function storedCountry(db: Kysely<unknown>): Promise<string> {
  const { rows } = await sql<{ value: string }>`SELECT value FROM settings WHERE key = 'country'`.execute(db);
  try {
    const parsed = CountryCode.safeParse(JSON.parse(rows[0]?.value ?? 'null'));
    return parsed.success ? parsed.data : DEFAULT_SETTINGS.country;
  } catch {
    return DEFAULT_SETTINGS.country;
  }
}

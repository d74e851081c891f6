import { sql, type Kysely, type Selectable } from 'kysely';
import type {
  Guardian,
  GuardianInput,
  Patient,
  PatientInput,
  PatientRecord,
  PatientSearchResult,
} from '../../../shared/contract';
import { DEFAULT_SETTINGS } from '../../../shared/contract';
import { parsePhone } from '../../../shared/phone';
import { engineOf } from '../../db/engine';
import type { Database, GuardianTable, PatientTable } from '../../db/schema';
import { listAssessments } from '../clinical/assessments';
import { AppError, notFound } from '../errors';
import { mayReadClinical, selectPatientRow } from '../server/privileges';
import { claimSave, type VersionedSave } from '../row-version';
import { lockPatientOrder, patientSortKey, rankFor } from './order';
import { clinicRegion } from './region';
import { indexPatient, queryParts, searchDocument, searchPatientRanks, unindexPatient } from './search';
import { searchSummariesPostgres } from './search-postgres';
import { summaries, toSummary, type SummaryRow } from './summaries';

/** Active children when `query` is blank; otherwise every match, archived ones too. List order, at most `limit`. */
export async function searchPatients(db: Kysely<Database>, query: string, limit: number): Promise<PatientSearchResult> {
  let rows: SummaryRow[];
  if (query.trim() === '') {
    rows = await summaries(db)
      .where('p.archived_at', 'is', null)
      .orderBy('p.sort_rank')
      .limit(limit + 1)
      .execute();
  } else {
    // The clinic's region only says how typed digits read ("8916…" in RU): a search by name skips
    // that read (one round trip fewer per keystroke on the practice server).
    const region = /\d/.test(query) ? await clinicRegion(db) : DEFAULT_SETTINGS.country;
    if (engineOf(db) === 'postgres') {
      // The index query and the rows in one statement: one round trip a keystroke.
      rows = await searchSummariesPostgres(db, queryParts(query, region), limit + 1);
    } else {
      const ranks = await searchPatientRanks(db, query, limit + 1, region);
      rows = ranks.length ? await summaries(db).where('p.sort_rank', 'in', ranks).orderBy('p.sort_rank').execute() : [];
    }
  }
  return { items: rows.slice(0, limit).map(toSummary), more: rows.length > limit };
}

export async function getPatient(db: Kysely<Database>, id: number): Promise<Patient> {
  const [row, guardians] = await Promise.all([
    selectPatientRow(db, id),
    db.selectFrom('guardians').selectAll().where('patient_id', '=', id).orderBy('position').execute(),
  ]);
  if (!row) throw notFound('This child');
  return toPatient(row, guardians);
}

/** The child screen's data in one request. */
export async function getPatientRecord(db: Kysely<Database>, id: number): Promise<PatientRecord> {
  const [patient, assessments] = await Promise.all([
    getPatient(db, id),
    // A receptionist's login on the practice server may not read them (dispatch hides them on SQLite).
    mayReadClinical(db).then((clinical) => (clinical ? listAssessments(db, id) : [])),
  ]);
  return { patient, assessments };
}

export async function createPatient(db: Kysely<Database>, input: PatientInput, now = new Date()): Promise<Patient> {
  const phones = await readPhones(db, input.guardians);
  const clinical = await mayReadClinical(db);
  const id = await db.transaction().execute(async (trx) => {
    await lockPatientOrder(trx);
    const stamp = now.toISOString();
    // The rank needs the id (it breaks ties between equal names), so insert first, then place.
    const { id } = await trx
      .insertInto('patients')
      .values({
        first_name: input.firstName,
        middle_name: input.middleName ?? '',
        last_name: input.lastName,
        date_of_birth: input.dateOfBirth,
        sex: input.sex,
        ...(clinical ? { notes: input.notes } : {}),
        sort_key: '',
        // A free placeholder (ranks are UNIQUE) until place() gives the real one.
        sort_rank: sql<number>`-(SELECT coalesce(max(id), 0) + 1 FROM patients)`,
        created_at: stamp,
        updated_at: stamp,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await saveGuardians(trx, id, input.guardians, phones);
    await place(trx, id, input, phones);
    return id;
  });
  return getPatient(db, id);
}

export async function updatePatient(
  db: Kysely<Database>,
  id: number,
  input: PatientInput,
  now = new Date(),
  /** The version the form loaded and who saves (a stale one is refused); none: an in-process change. */
  save?: VersionedSave,
): Promise<Patient> {
  const phones = await readPhones(db, input.guardians);
  const clinical = await mayReadClinical(db);
  await db.transaction().execute(async (trx) => {
    await lockPatientOrder(trx);
    await claimSave(trx, 'patients', id, save, 'This child', now);
    // A visit recorded before the new date of birth would be a visit before the child was born.
    const first = await trx
      .selectFrom('assessments')
      .select((eb) => eb.fn.min('assessed_on').as('on'))
      .where('patient_id', '=', id)
      .executeTakeFirst();
    if (first?.on && first.on < input.dateOfBirth) {
      throw new AppError('VALIDATION', 'A visit is recorded before this date of birth.', [
        { path: 'dateOfBirth', message: 'afterFirstVisit' },
      ]);
    }
    await trx
      .updateTable('patients')
      .set({
        first_name: input.firstName,
        middle_name: input.middleName ?? '',
        last_name: input.lastName,
        date_of_birth: input.dateOfBirth,
        sex: input.sex,
        ...(clinical ? { notes: input.notes } : {}),
        updated_at: now.toISOString(),
      })
      .where('id', '=', id)
      .execute();
    await saveGuardians(trx, id, input.guardians, phones);
    await place(trx, id, input, phones);
  });
  return getPatient(db, id);
}

/** Archived children leave the default list but stay searchable; nothing is deleted. */
export async function setArchived(
  db: Kysely<Database>,
  id: number,
  archived: boolean,
  now = new Date(),
): Promise<Patient> {
  const result = await db
    .updateTable('patients')
    .set({ archived_at: archived ? now.toISOString() : null, updated_at: now.toISOString() })
    .where('id', '=', id)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) throw notFound('This child');
  return getPatient(db, id);
}

/** Digits of a phone number as typed; what the duplicate check compares. */
export function phoneDigits(phone: string): string {
  return phone.replace(/\D/g, '');
}

/**
 * Each guardian's phone in E.164, read with the clinic's country (null for a blank phone).
 * A phone that is not a possible number there is refused, naming the field as the contract
 * does (`guardians.N.phone`): the schema cannot check it, having no settings.
 */
async function readPhones(db: Kysely<Database>, list: readonly GuardianInput[]): Promise<(string | null)[]> {
  const region = await clinicRegion(db);
  const phones = list.map((g) => (g.phone === '' ? null : (parsePhone(g.phone, region)?.e164 ?? null)));
  const issues = phones.flatMap((e164, i) =>
    e164 === null && list[i]!.phone !== '' ? [{ path: `guardians.${i}.phone`, message: 'phoneInvalid' }] : [],
  );
  if (issues.length) {
    throw new AppError(
      'VALIDATION',
      `This phone number is not valid for ${region}. Add the country code (+…).`,
      issues,
    );
  }
  return phones;
}

/** Replaces the child's guardians with `list`, in order (position 0 is the main contact). */
async function saveGuardians(
  db: Kysely<Database>,
  patientId: number,
  list: readonly GuardianInput[],
  phones: readonly (string | null)[],
): Promise<void> {
  await db.deleteFrom('guardians').where('patient_id', '=', patientId).execute();
  await db
    .insertInto('guardians')
    .values(
      list.map((g, position) => ({
        patient_id: patientId,
        position,
        name: g.name,
        relationship: g.relationship,
        phone: g.phone,
        phone_digits: phoneDigits(g.phone),
        phone_e164: phones[position] ?? null,
        email: g.email,
        preferred_language: g.preferredLanguage,
        contact_consent: g.contactConsent ? 1 : 0,
      })),
    )
    .execute();
}

/** Gives the child its sort key and rank, and (re)indexes it for search under that rank. */
async function place(
  db: Kysely<Database>,
  id: number,
  input: PatientInput,
  phones: readonly (string | null)[],
): Promise<void> {
  const sortKey = patientSortKey(input.lastName, input.firstName, id);
  const rank = await rankFor(db, sortKey, id); // may renumber every rank, so read ours after it
  const { sort_rank: oldRank } = await db
    .selectFrom('patients')
    .select('sort_rank')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  await unindexPatient(db, oldRank);
  await db.updateTable('patients').set({ sort_key: sortKey, sort_rank: rank }).where('id', '=', id).execute();
  const guardians = input.guardians.map((g, i) => ({ name: g.name, phone: g.phone, phoneE164: phones[i] ?? null }));
  await indexPatient(db, rank, searchDocument(input.firstName, input.lastName, guardians, input.middleName ?? ''));
}

function toGuardian(g: Selectable<GuardianTable>): Guardian {
  return {
    id: g.id,
    name: g.name,
    relationship: g.relationship,
    phone: g.phone,
    phoneE164: g.phone_e164,
    email: g.email,
    preferredLanguage: g.preferred_language,
    contactConsent: g.contact_consent === 1,
  };
}

function toPatient(r: Selectable<PatientTable>, guardians: Selectable<GuardianTable>[]): Patient {
  return {
    id: r.id,
    firstName: r.first_name,
    middleName: r.middle_name,
    lastName: r.last_name,
    dateOfBirth: r.date_of_birth,
    sex: r.sex,
    notes: r.notes,
    guardians: guardians.map(toGuardian),
    archivedAt: r.archived_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.row_version,
  };
}

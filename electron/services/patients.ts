import { sql, type Kysely, type Selectable } from 'kysely';
import type { Patient, PatientInput, PatientSearchResult, PatientSummary } from '../../shared/contract';
import type { Database, PatientTable } from '../db/schema';
import { notFound } from './errors';
import { patientSortKey, rankFor } from './patient-order';
import { indexPatient, searchDocument, searchPatientRanks, unindexPatient } from './patient-search';

/** Children matching `query` (everyone when blank), in list order, at most `limit`. */
export async function searchPatients(db: Kysely<Database>, query: string, limit: number): Promise<PatientSearchResult> {
  let rows: SummaryRow[];
  if (query.trim() === '') {
    rows = await summaries(db)
      .orderBy('p.sort_rank')
      .limit(limit + 1)
      .execute();
  } else {
    const ranks = await searchPatientRanks(db, query, limit + 1);
    rows = ranks.length ? await summaries(db).where('p.sort_rank', 'in', ranks).orderBy('p.sort_rank').execute() : [];
  }
  return { items: rows.slice(0, limit).map(toSummary), more: rows.length > limit };
}

export async function getPatient(db: Kysely<Database>, id: number): Promise<Patient> {
  const row = await db.selectFrom('patients').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('This child');
  const guardian = await db
    .selectFrom('guardians')
    .select(['name', 'phone'])
    .where('patient_id', '=', id)
    .orderBy('position')
    .executeTakeFirst();
  return toPatient(row, guardian ?? { name: '', phone: '' });
}

export async function createPatient(db: Kysely<Database>, input: PatientInput, now = new Date()): Promise<Patient> {
  const id = await db.transaction().execute(async (trx) => {
    const stamp = now.toISOString();
    // The rank needs the id (it breaks ties between equal names), so insert first, then place.
    const { id } = await trx
      .insertInto('patients')
      .values({
        first_name: input.firstName,
        last_name: input.lastName,
        date_of_birth: input.dateOfBirth,
        sex: input.sex,
        sort_key: '',
        // A free placeholder (ranks are UNIQUE) until place() gives the real one.
        sort_rank: sql<number>`-(SELECT coalesce(max(id), 0) + 1 FROM patients)`,
        created_at: stamp,
        updated_at: stamp,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('guardians')
      .values({ patient_id: id, position: 0, name: input.guardian.name, phone: input.guardian.phone })
      .execute();
    await place(trx, id, input);
    return id;
  });
  return getPatient(db, id);
}

export async function updatePatient(
  db: Kysely<Database>,
  id: number,
  input: PatientInput,
  now = new Date(),
): Promise<Patient> {
  await db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('patients').select('id').where('id', '=', id).executeTakeFirst();
    if (!existing) throw notFound('This child');
    await trx
      .updateTable('patients')
      .set({
        first_name: input.firstName,
        last_name: input.lastName,
        date_of_birth: input.dateOfBirth,
        sex: input.sex,
        updated_at: now.toISOString(),
      })
      .where('id', '=', id)
      .execute();
    await trx
      .updateTable('guardians')
      .set({ name: input.guardian.name, phone: input.guardian.phone })
      .where('patient_id', '=', id)
      .where('position', '=', 0)
      .execute();
    await place(trx, id, input);
  });
  return getPatient(db, id);
}

/** Gives the child its sort key and rank, and (re)indexes it for search under that rank. */
async function place(db: Kysely<Database>, id: number, input: PatientInput): Promise<void> {
  const sortKey = patientSortKey(input.lastName, input.firstName, id);
  const rank = await rankFor(db, sortKey, id); // may renumber every rank, so read ours after it
  const { sort_rank: oldRank } = await db
    .selectFrom('patients')
    .select('sort_rank')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  await unindexPatient(db, oldRank);
  await db.updateTable('patients').set({ sort_key: sortKey, sort_rank: rank }).where('id', '=', id).execute();
  await indexPatient(db, rank, searchDocument(input.firstName, input.lastName, [input.guardian]));
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaries>['execute']>>[number];

function summaries(db: Kysely<Database>) {
  return db
    .selectFrom('patients as p')
    .leftJoin('guardians as g', (join) => join.onRef('g.patient_id', '=', 'p.id').on('g.position', '=', 0))
    .select([
      'p.id',
      'p.first_name',
      'p.last_name',
      'p.date_of_birth',
      'p.sex',
      'g.name as guardian_name',
      'g.phone as guardian_phone',
    ]);
}

function toSummary(r: SummaryRow): PatientSummary {
  return {
    id: r.id,
    firstName: r.first_name,
    lastName: r.last_name,
    dateOfBirth: r.date_of_birth,
    sex: r.sex,
    guardianName: r.guardian_name ?? '',
    guardianPhone: r.guardian_phone ?? '',
  };
}

function toPatient(r: Selectable<PatientTable>, guardian: { name: string; phone: string }): Patient {
  return {
    id: r.id,
    firstName: r.first_name,
    lastName: r.last_name,
    dateOfBirth: r.date_of_birth,
    sex: r.sex,
    guardian,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

import type { Kysely, Selectable } from 'kysely';
import type { Clinician, ClinicianInput } from '../../../shared/contract';
import type { ClinicianTable, Database } from '../../db/schema';
import { notFound } from '../errors';
import { claimSave, type VersionedSave } from '../row-version';

export async function listClinicians(db: Kysely<Database>): Promise<Clinician[]> {
  const rows = await db.selectFrom('clinicians').selectAll().orderBy('active', 'desc').orderBy('name').execute();
  return rows.map(toClinician);
}

export async function createClinician(
  db: Kysely<Database>,
  input: ClinicianInput,
  now = new Date(),
): Promise<Clinician> {
  const row = await db
    .insertInto('clinicians')
    .values({ ...toRow(input), created_at: now.toISOString() })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toClinician(row);
}

/** Saves a clinician's details; `save` names the version the form loaded (a stale one is refused). */
export async function updateClinician(
  db: Kysely<Database>,
  id: number,
  input: ClinicianInput,
  save?: VersionedSave,
): Promise<Clinician> {
  const row = await db.transaction().execute(async (trx) => {
    await claimSave(trx, 'clinicians', id, save, 'This clinician');
    return trx.updateTable('clinicians').set(toRow(input)).where('id', '=', id).returningAll().executeTakeFirst();
  });
  if (!row) throw notFound('This clinician');
  return toClinician(row);
}

function toRow(input: ClinicianInput) {
  return { name: input.name, title: input.title, phone: input.phone, active: input.active ? 1 : 0 };
}

function toClinician(r: Selectable<ClinicianTable>): Clinician {
  return { id: r.id, name: r.name, title: r.title, phone: r.phone, active: r.active === 1, version: r.row_version };
}

import type { Kysely } from 'kysely';
import type { PatientSummary } from '../../../shared/contract';
import type { Database } from '../../db/schema';

/** The list row query: the child and the main contact (guardian at position 0). */
export function summaries(db: Kysely<Database>) {
  return db
    .selectFrom('patients as p')
    .leftJoin('guardians as g', (join) => join.onRef('g.patient_id', '=', 'p.id').on('g.position', '=', 0))
    .select([
      'p.id',
      'p.first_name',
      'p.middle_name',
      'p.last_name',
      'p.date_of_birth',
      'p.sex',
      'p.archived_at',
      'g.name as guardian_name',
      'g.phone as guardian_phone',
      'g.phone_e164 as guardian_phone_e164',
    ]);
}

export type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaries>['execute']>>[number];

export function toSummary(r: SummaryRow): PatientSummary {
  return {
    id: r.id,
    firstName: r.first_name,
    middleName: r.middle_name,
    lastName: r.last_name,
    dateOfBirth: r.date_of_birth,
    sex: r.sex,
    guardianName: r.guardian_name ?? '',
    guardianPhone: r.guardian_phone ?? '',
    guardianPhoneE164: r.guardian_phone_e164 ?? null,
    archived: r.archived_at !== null,
  };
}

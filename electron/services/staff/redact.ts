import type { Kysely } from 'kysely';
import type { Patient, PatientInput, PatientRecord, StaffUser } from '../../../shared/contract';
import type { Database } from '../../db/schema';
import { mayReadClinical } from '../server/privileges';

/*
 * The child's record mixes the front desk's data (name, guardians, contacts) with clinical data
 * (the child's notes, the assessments). A receptionist may call the channels that return it, so
 * main removes the clinical parts before the answer leaves dispatch, and keeps a receptionist's
 * edit of the child from overwriting the notes they never saw. The child's `notes` field counts
 * as clinical: clinicians write findings and history there.
 */

const withoutNotes = (patient: Patient): Patient => ({ ...patient, notes: '' });

const forReceptionist: Partial<Record<string, (output: never) => unknown>> = {
  'patients:get': withoutNotes,
  'patients:create': withoutNotes,
  'patients:update': withoutNotes,
  'patients:archive': withoutNotes,
  'patients:record': (record: PatientRecord): PatientRecord => ({
    patient: withoutNotes(record.patient),
    assessments: [],
  }),
};

/** `output` as `user` may see it: unchanged for clinicians and admins. */
export function redactOutput(channel: string, user: StaffUser | null, output: unknown): unknown {
  if (user?.role !== 'receptionist') return output;
  const redact = forReceptionist[channel];
  return redact ? redact(output as never) : output;
}

/** A receptionist's create or edit of a child: the stored notes stay as they were ('' for a new child). */
export async function keepClinicalNotes(
  db: Kysely<Database>,
  user: StaffUser | null,
  id: number | null,
  patient: PatientInput,
): Promise<PatientInput> {
  if (user?.role !== 'receptionist') return patient;
  if (id === null) return { ...patient, notes: '' };
  // On the practice server the login cannot read the notes, and the service then leaves them alone.
  if (!(await mayReadClinical(db))) return { ...patient, notes: '' };
  const row = await db.selectFrom('patients').select('notes').where('id', '=', id).executeTakeFirst();
  return { ...patient, notes: row?.notes ?? '' };
}

import type { Kysely } from 'kysely';
import type { Handlers } from '../../dispatch';
import type { Database } from '../../db/schema';
import { erasePatient } from '../patients/erase';
import { exportChildZip } from '../patients/export-zip';
import { listAudit, verifyAudit } from './audit';

type AuditHandlers = Pick<Handlers, 'audit:list' | 'audit:verify' | 'patients:export-zip' | 'patients:erase'>;

/** The audit log's channels and the family's data rights (whole-record zip, erasure). */
export function auditHandlers(db: Kysely<Database>): AuditHandlers {
  return {
    'audit:list': (filters) => listAudit(db, filters),
    'audit:verify': () => verifyAudit(db),
    'patients:export-zip': ({ patientId }) => exportChildZip(db, patientId),
    'patients:erase': (input, ctx) => erasePatient(db, input, ctx.user),
  };
}

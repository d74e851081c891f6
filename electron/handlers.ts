import type { Kysely } from 'kysely';
import type { AppInfo } from '../shared/contract';
import type { Database } from './db/schema';
import type { Handlers } from './dispatch';
import {
  createPatient,
  getPatient,
  getPatientRecord,
  searchPatients,
  setArchived,
  updatePatient,
} from './services/patients';
import { findDuplicates } from './services/patient-duplicates';
import { getSettings, updateSettings } from './services/settings';
import { createClinician, listClinicians, updateClinician } from './services/clinicians';
import { assessmentHistory, createAssessment, listAssessments, updateAssessment } from './services/assessments';

export interface HandlerContext {
  db: Kysely<Database>;
  info: AppInfo;
}

/** Wires every contract channel to its service. */
export function createHandlers({ db, info }: HandlerContext): Handlers {
  return {
    'patients:search': ({ query, limit }) => searchPatients(db, query, limit),
    'patients:get': ({ id }) => getPatient(db, id),
    'patients:create': (input) => createPatient(db, input),
    'patients:update': ({ id, patient }) => updatePatient(db, id, patient),
    'patients:record': ({ id }) => getPatientRecord(db, id),
    'patients:archive': ({ id, archived }) => setArchived(db, id, archived),
    'patients:duplicates': (input) => findDuplicates(db, input),
    'settings:get': () => getSettings(db),
    'settings:update': (changes) => updateSettings(db, changes),
    'app:info': async () => info,
    'clinicians:list': () => listClinicians(db),
    'clinicians:create': (input) => createClinician(db, input),
    'clinicians:update': ({ id, clinician }) => updateClinician(db, id, clinician),
    'assessments:create': (input) => createAssessment(db, input),
    'assessments:update': ({ id, assessment }) => updateAssessment(db, id, assessment),
    'assessments:list': ({ patientId }) => listAssessments(db, patientId),
    'assessments:history': ({ id }) => assessmentHistory(db, id),
  };
}

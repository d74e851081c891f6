import type { Kysely } from 'kysely';
import type { AppInfo } from '../shared/contract';
import type { Database } from './db/schema';
import type { CallContext, Handlers } from './dispatch';
import type { VersionedSave } from './services/row-version';
import type { DesktopActions } from './desktop-actions';
import type { BookletRenderer } from './render-worker/pool';
import { draftBooklet } from './services/booklets/compose';
import {
  issueBooklet,
  listBooklets,
  previewBooklet,
  reissueBooklet,
  reprintBooklet,
  type BookletDeps,
} from './services/booklets/booklets';
import { currentCarePlan, listCarePlans, planSchedule } from './services/booklets/care-plans';
import { exportChild } from './services/patients/export';
import { adherenceSummary, courseReturnHistory, courseSheet, saveCourseReturn } from './services/clinical/adherence';
import {
  createPatient,
  getPatient,
  getPatientRecord,
  searchPatients,
  setArchived,
  updatePatient,
} from './services/patients/patients';
import { findDuplicates } from './services/patients/duplicates';
import { getSettings, updateSettings } from './services/settings/settings';
import { createClinician, listClinicians, updateClinician } from './services/settings/clinicians';
import {
  assessmentHistory,
  createAssessment,
  listAssessments,
  updateAssessment,
} from './services/clinical/assessments';
import {
  getDiarySetup,
  listAppointmentTypes,
  saveAppointmentType,
  setClosedDays,
  setWorkingHours,
} from './services/diary/setup';
import {
  appointmentsInRange,
  cancelAppointment,
  checkAppointment,
  createAppointment,
  getAppointment,
  moveAppointment,
  patientAppointments,
  setAppointmentStatus,
  closeOutAppointments,
  unclosedAppointments,
} from './services/diary/appointments';
import { bookPlan, unbookPlan } from './services/diary/plan-bookings';
import { nextFreeSlots, proposeSlots } from './services/diary/slots';
import { listContacts, listRecall, logContact } from './services/recall/recall';
import { printAppointmentCard } from './services/print/card';
import { exportIcs } from './services/print/ics';
import { printDayList } from './services/print/day-list';
import { backupHandlers } from './services/backups/handlers';
import type { BackupService } from './services/backups/service';
import { Sessions } from './services/staff/sessions';
import { listStaff } from './services/staff/staff';
import { staffHandlers } from './services/staff/handlers';
import { keepClinicalNotes } from './services/staff/redact';
import { auditHandlers } from './services/audit/handlers';
import { dataSourceHandlers, localDataSource } from './services/data-source/handlers';
import { changeHandlers } from './services/changes/handlers';
import { ChangeFeed } from './services/changes/feed';
import { localServerBackupHandlers } from './services/server/backup-handlers';
import { choosePath } from './services/desktop/choose-path';

export interface HandlerContext {
  db: Kysely<Database>;
  info: AppInfo;
  /** Print / save / open; only the desktop app has them. */
  desktop?: DesktopActions;
  /** Where the PDF fonts are (resources/fonts in the packaged app); the npm package otherwise. */
  fontsDir?: string;
  /** The booklet render pool (electron/render-worker); without it, booklets render in-process. */
  renderer?: BookletRenderer;
  /** The SQLite file (previews are composed from it in the render worker); none on PostgreSQL. */
  dbFile?: string;
  /** Backups of the live database (startCore makes it). */
  backups?: BackupService;
  /** Signed-in windows (electron/services/staff); the one dispatch's gate reads too. */
  sessions?: Sessions;
  /** Live updates (electron/services/changes); without one, a polling feed over `db`. */
  changes?: ChangeFeed;
}

/** A form's save: the version it was based on, and the signed-in staff member who makes it. */
const who = (ctx: CallContext, version: number): VersionedSave => ({ version, who: ctx.user?.id ?? null });

/** Wires every contract channel to its service. */
export function createHandlers({
  db,
  info,
  desktop,
  fontsDir,
  renderer,
  dbFile,
  sessions,
  backups,
  changes,
}: HandlerContext): Handlers {
  const staffSessions = sessions ?? new Sessions();
  const pdf: BookletDeps = {
    ...(desktop ? { desktop } : {}),
    ...(fontsDir ? { fontsDir } : {}),
    ...(renderer ? { renderer } : {}),
    ...(dbFile ? { dbFile } : {}),
  };
  return {
    'patients:search': ({ query, limit }) => searchPatients(db, query, limit),
    'patients:get': ({ id }) => getPatient(db, id),
    'patients:create': async (input, ctx) => createPatient(db, await keepClinicalNotes(db, ctx.user, null, input)),
    'patients:update': async ({ id, version, patient }, ctx) =>
      updatePatient(db, id, await keepClinicalNotes(db, ctx.user, id, patient), undefined, who(ctx, version)),
    'patients:record': ({ id }) => getPatientRecord(db, id),
    'patients:archive': ({ id, archived }) => setArchived(db, id, archived),
    'patients:duplicates': (input) => findDuplicates(db, input),
    'settings:get': () => getSettings(db),
    'settings:update': (changes, ctx) => updateSettings(db, changes, ctx.user?.id ?? null),
    'app:info': async () => info,
    'booklets:draft': ({ patientId }) => draftBooklet(db, patientId),
    'booklets:preview': (input) => previewBooklet(db, input, pdf),
    'booklets:issue': (input) => issueBooklet(db, input, pdf),
    'booklets:list': ({ patientId }) => listBooklets(db, patientId),
    'booklets:reprint': ({ id, action }) => reprintBooklet(db, id, action, pdf),
    'booklets:reissue': ({ id, action }) => reissueBooklet(db, id, action, pdf),
    'care-plans:current': ({ patientId }) => currentCarePlan(db, patientId),
    'care-plans:list': ({ patientId }) => listCarePlans(db, patientId),
    'care-plans:schedule': ({ patientId }) => planSchedule(db, patientId),
    'patients:export': ({ patientId }) => exportChild(db, patientId),
    'adherence:sheet': (input) => courseSheet(db, input),
    'adherence:save': (input) => saveCourseReturn(db, input),
    'adherence:summary': ({ patientId }) => adherenceSummary(db, patientId),
    'adherence:history': (input) => courseReturnHistory(db, input),
    'clinicians:list': () => listClinicians(db),
    'clinicians:create': (input) => createClinician(db, input),
    'clinicians:update': ({ id, version, clinician }, ctx) => updateClinician(db, id, clinician, who(ctx, version)),
    'assessments:create': (input) => createAssessment(db, input),
    'assessments:update': ({ id, version, assessment }, ctx) =>
      updateAssessment(db, id, assessment, undefined, who(ctx, version)),
    'assessments:list': ({ patientId }) => listAssessments(db, patientId),
    'assessments:history': ({ id }) => assessmentHistory(db, id),
    'diary:setup:get': () => getDiarySetup(db),
    'diary:hours:set': (input) => setWorkingHours(db, input),
    'diary:closed-days:set': ({ items }) => setClosedDays(db, items),
    'appointment-types:list': () => listAppointmentTypes(db),
    'appointment-types:save': (input, ctx) => saveAppointmentType(db, input, ctx.user?.id ?? null),
    'appointments:range': (input) => appointmentsInRange(db, input),
    'appointments:get': ({ id }) => getAppointment(db, id),
    'appointments:patient': ({ patientId }) => patientAppointments(db, patientId),
    'appointments:create': (input) => createAppointment(db, input),
    'appointments:check': (input) => checkAppointment(db, input),
    'appointments:move': (input, ctx) => moveAppointment(db, input, undefined, ctx.user?.id ?? null),
    'appointments:set-status': ({ id, version, status }, ctx) =>
      setAppointmentStatus(db, id, status, undefined, who(ctx, version)),
    'appointments:cancel': ({ id, version, reason }, ctx) =>
      cancelAppointment(db, id, reason, undefined, who(ctx, version)),
    'appointments:book-plan': (input) => bookPlan(db, input),
    'appointments:unbook-plan': ({ appointmentIds }) => unbookPlan(db, appointmentIds),
    'appointments:unclosed': (input) => unclosedAppointments(db, input),
    'appointments:close-out': ({ ids, status }) => closeOutAppointments(db, ids, status),
    'slots:next': (input) => nextFreeSlots(db, input),
    'slots:propose': (input) => proposeSlots(db, input),
    'recall:list': (input) => listRecall(db, input),
    'recall:contacted': (input) => logContact(db, input),
    'recall:contacts': ({ patientId }) => listContacts(db, patientId),
    'appointments:card': (input) => printAppointmentCard(db, input, pdf),
    'appointments:ics': (input) => exportIcs(db, input),
    'diary:day-list': (input) => printDayList(db, input, pdf),
    ...backupHandlers(backups, async () => staffSessions.reconcile(await listStaff(db))),
    ...staffHandlers(db, staffSessions),
    ...auditHandlers(db),
    ...changeHandlers(changes ?? new ChangeFeed(db)),
    ...dataSourceHandlers(localDataSource(db, info.dataDir)),
    // On a server workstation server-core.ts answers these; here they refuse.
    ...localServerBackupHandlers(),
    'desktop:choose-path': (input, ctx) => choosePath(db, desktop, input, ctx),
  };
}

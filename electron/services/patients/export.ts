import type { Kysely } from 'kysely';
import type { ChildExport } from '../../../shared/contract';
import { instantParts } from '../../../shared/calendar/local-time';
import { FILE_WHAT, fileNameFor } from '../../../shared/file-names';
import type { Database } from '../../db/schema';
import { courseReturnHistory, adherenceSummary } from '../clinical/adherence';
import { patientAppointments } from '../diary/appointments';
import { listAssessments } from '../clinical/assessments';
import { listBooklets } from '../booklets/booklets';
import { listCarePlans } from '../booklets/care-plans';
import { getPatient } from './patients';
import { getSettings } from '../settings/settings';
import { listContacts } from '../recall/recall';

/** The export format's version: bumped when a field changes meaning. */
export const CHILD_EXPORT_FORMAT = 1;

/**
 * One child's whole record as JSON, for the family or another clinic: the child and guardians,
 * every assessment, care plan (choices, courses, check-ups), booklet handed out, visit, call, and
 * what the family reported on each returned calendar page with its adherence.
 */
export async function exportChild(db: Kysely<Database>, patientId: number, now = new Date()): Promise<ChildExport> {
  const child = await getPatient(db, patientId);
  const [assessments, carePlans, booklets, visits, calls, courses] = await Promise.all([
    listAssessments(db, patientId),
    listCarePlans(db, patientId),
    listBooklets(db, patientId),
    patientAppointments(db, patientId),
    listContacts(db, patientId),
    db
      .selectFrom('course_returns')
      .select(['plan_start', 'course'])
      .distinct()
      .where('patient_id', '=', patientId)
      .orderBy('plan_start')
      .orderBy('course')
      .execute(),
  ]);
  const returnedPages = [];
  for (const c of courses)
    returnedPages.push(...(await courseReturnHistory(db, { patientId, planStart: c.plan_start, course: c.course })));
  const record = {
    format: CHILD_EXPORT_FORMAT,
    exportedAt: now.toISOString(),
    child,
    assessments,
    carePlans,
    booklets,
    visits,
    calls,
    adherence: { courses: await adherenceSummary(db, patientId, now), returnedPages },
  };
  // One pattern for every file handed over: "Valgo – Petrova Anna Sergeevna – Record – 2026-03-09.json".
  const { language } = await getSettings(db);
  const fileName = fileNameFor({
    child,
    what: FILE_WHAT[language].record,
    date: instantParts(now.getTime()).date,
    extension: 'json',
  });
  return { fileName, json: JSON.stringify(record, null, 2) };
}

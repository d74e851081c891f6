import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PlanChoices } from '../../../shared/contract';
import { DB_FILE_NAME, openDatabase } from '../../../electron/db/open';
import { migrate } from '../../../electron/db/migrate';
import { appendAudit } from '../../../electron/services/audit/chain';
import { issueBooklet } from '../../../electron/services/booklets/booklets';
import { createAssessment } from '../../../electron/services/clinical/assessments';
import { cancelAppointment, createAppointment } from '../../../electron/services/diary/appointments';
import { setClosedDays, setWorkingHours } from '../../../electron/services/diary/setup';
import { createPatient } from '../../../electron/services/patients/patients';
import { logContact } from '../../../electron/services/recall/recall';
import { createClinician } from '../../../electron/services/settings/clinicians';
import { updateSettings } from '../../../electron/services/settings/settings';
import { createStaff, setIdleLockMinutes, setupAdmin } from '../../../electron/services/staff/staff';
import { assessment } from '../services/assessment-fixture';
import { child, guardian } from '../services/child-fixture';
import { fullRecord } from '../services/full-record-fixture';
import { WEEKDAYS_9_TO_5 } from '../appointments/fixture';

/**
 * A practice's SQLite file with every kind of record, made through the real services: Mia Novak's
 * full record (tests/unit/services/full-record-fixture.ts: an edited assessment, booklets issued,
 * reprinted and re-issued with their PDF bytes, a visit, a logged call, a course return), clinicians
 * with hours and closed days, more children with guardians (Cyrillic and accents too), another
 * assessment and booklet, visits (one cancelled), a recall call, staff, audit entries, settings.
 * Closed again, so the file is complete on disk (no WAL left).
 */
export async function practiceFile(): Promise<{ dir: string; file: string; patients: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'valgo-move-'));
  const handle = openDatabase(dir);
  const { db } = handle;
  try {
    await migrate(db, handle.sqlite);
    await updateSettings(db, { clinicName: 'Little Steps', clinicPhone: '+44 20 7946 0123' });
    const admin = await setupAdmin(db, { name: 'Ada Admin', username: 'ada', password: 'correct horse battery' });
    await createStaff(db, { name: 'Rita Desk', username: 'rita', role: 'receptionist', password: 'front desk pass 1' });
    await setIdleLockMinutes(db, 15);
    const { patient: mia, clinician: dr } = await fullRecord(db);
    await createClinician(db, { name: 'Др. Пётр Ёлкин', title: 'Ортопед', phone: '+7 912 000-00-00', active: false });
    await setWorkingHours(db, { clinicianId: dr.id, intervals: WEEKDAYS_9_TO_5 });
    await setClosedDays(db, [{ clinicianId: null, from: '2027-12-24', to: '2027-12-26', label: 'Christmas' }]);

    const fyodor = await createPatient(
      db,
      child('Фёдор', 'Ёжиков', {
        sex: 'male',
        guardians: [guardian('Ольга Ёжикова', '+7 912 345-67-89'), guardian('Pavel', '+7 912 111-22-33')],
      }),
    );
    await createPatient(db, child('Zoë', 'Ångström', { dateOfBirth: '2019-02-03', notes: 'Prefers the left door.' }));

    const other = await createAssessment(db, assessment(fyodor.id, dr.id, { assessedOn: '2027-01-05' }));

    const ru = PlanChoices.parse({ settings: { startDate: '2027-01-12' }, language: 'ru', paper: 'Letter' });
    await issueBooklet(
      db,
      { patientId: fyodor.id, assessmentId: other.id, choices: ru, plan: 'new', action: 'download' },
      { now: () => new Date(2027, 0, 5, 11) },
    );
    const followUp = await db
      .selectFrom('appointment_types')
      .select('id')
      .where('code', '=', 'follow_up')
      .executeTakeFirstOrThrow();
    const visit = (patientId: number, date: string, time: string) =>
      createAppointment(
        db,
        {
          patientId,
          clinicianId: dr.id,
          typeId: followUp.id,
          start: { date, time },
          note: 'Bring the shoes',
          recallId: null,
        },
        new Date('2000-01-01T00:00:00Z'),
      );
    const cancelled = await visit(fyodor.id, '2027-02-01', '10:00');
    await cancelAppointment(db, cancelled.appointment.id, 'Family ill');
    await visit(fyodor.id, '2027-02-02', '10:00');
    await logContact(db, { patientId: fyodor.id, recallId: null, outcome: 'left_message', note: 'Voicemail' });

    for (let i = 1; i <= 5; i++) {
      await appendAudit(db, {
        at: `2027-01-0${i}T09:00:00.000Z`,
        userId: admin.user.id,
        userName: 'Ada Admin',
        userRole: 'admin',
        channel: i % 2 ? 'patients:get' : 'patients:update',
        action: i % 2 ? 'read' : 'change',
        patientId: mia.id,
        recordKind: 'patient',
        recordId: mia.id,
        outcome: 'ok',
      });
    }
    return { dir, file: path.join(dir, DB_FILE_NAME), patients: 3 };
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  } finally {
    await handle.close();
  }
}

import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../../electron/db/schema';
import { AppError } from '../../../electron/services/errors';
import { getPatient, updatePatient } from '../../../electron/services/patients/patients';
import { getAssessment, createAssessment, updateAssessment } from '../../../electron/services/clinical/assessments';
import { listClinicians, updateClinician } from '../../../electron/services/settings/clinicians';
import { getSettings, updateSettings } from '../../../electron/services/settings/settings';
import { listAppointmentTypes, saveAppointmentType } from '../../../electron/services/diary/setup';
import {
  cancelAppointment,
  getAppointment,
  moveAppointment,
  setAppointmentStatus,
} from '../../../electron/services/diary/appointments';
import { staleMessage } from '../../../electron/services/row-version';
import { book, diaryDb } from '../appointments/fixture';
import { assessment, childWithClinician } from './assessment-fixture';
import { serviceDb } from '../test-db';

/*
 * Two desks open the same record (they read the same version); the first saves, the second's
 * save is refused naming the first desk's staff member and the time, and nothing it sent is stored.
 */

const FIRST = new Date('2026-12-07T10:15:00Z');
const LATER = new Date('2026-12-07T10:20:00Z');

async function staffMember(db: Kysely<Database>, name: string, username: string): Promise<number> {
  const row = await db
    .insertInto('staff')
    .values({
      name,
      username,
      username_folded: username,
      role: 'clinician',
      password_hash: 'scrypt$1$1$1$x$y',
      created_at: FIRST.toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The refusal a stale save gets: CONFLICT with the `version` issue naming who and when. */
async function refusal(save: Promise<unknown>): Promise<AppError> {
  const error: unknown = await save.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

function expectStale(error: AppError, name: string) {
  expect(error.code).toBe('CONFLICT');
  expect(error.message).toBe(staleMessage(name, FIRST.toISOString()));
  expect(error.message).toContain(`Changed by ${name} at `);
  expect(error.issues).toEqual([
    { path: 'version', message: 'stale', changedBy: name, changedAt: FIRST.toISOString() },
  ]);
}

describe('row versions', () => {
  it('refuses the second desk’s save of a child, naming who saved first; nothing of it is stored', async () => {
    const { db } = await serviceDb();
    const anna = await staffMember(db, 'Anna Petrova', 'anna');
    const boris = await staffMember(db, 'Boris Ivanov', 'boris');
    const { patient } = await childWithClinician(db);
    const deskA = await getPatient(db, patient.id);
    const deskB = await getPatient(db, patient.id);
    expect(deskA.version).toBe(1);

    const { id: _a, version: _va, ...inputA } = deskA;
    const saved = await updatePatient(db, patient.id, { ...inputA, firstName: 'Mila' }, FIRST, {
      version: deskA.version,
      who: anna,
    });
    expect(saved.version).toBe(2);

    const { id: _b, version: _vb, ...inputB } = deskB;
    const error = await refusal(
      updatePatient(db, patient.id, { ...inputB, lastName: 'Horvat', notes: 'B typed this' }, LATER, {
        version: deskB.version,
        who: boris,
      }),
    );
    expectStale(error, 'Anna Petrova');
    const now = await getPatient(db, patient.id);
    expect([now.firstName, now.lastName, now.notes, now.version]).toEqual(['Mila', 'Novak', '', 2]);
    const row = await db
      .selectFrom('patients')
      .select(['updated_by', 'changed_at'])
      .where('id', '=', patient.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ updated_by: anna, changed_at: FIRST.toISOString() });

    // Based on the version it now has, the second desk's save goes through.
    const retried = await updatePatient(db, patient.id, { ...inputB, notes: 'B typed this' }, LATER, {
      version: now.version,
      who: boris,
    });
    expect([retried.notes, retried.version]).toEqual(['B typed this', 3]);
  });

  it('says NOT_FOUND for a child that is gone, whatever the version', async () => {
    const { db } = await serviceDb();
    const { patient } = await childWithClinician(db);
    const { id: _, version: __, ...input } = patient;
    const error = await refusal(updatePatient(db, patient.id + 99, input, FIRST, { version: 1, who: null }));
    expect(error.code).toBe('NOT_FOUND');
  });

  it('refuses a stale assessment edit and keeps no revision of it', async () => {
    const { db } = await serviceDb();
    const anna = await staffMember(db, 'Anna Petrova', 'anna');
    const { patient, clinician } = await childWithClinician(db);
    const created = await createAssessment(db, assessment(patient.id, clinician.id), FIRST);
    await updateAssessment(db, created.id, assessment(patient.id, clinician.id, { notes: 'A' }), FIRST, {
      version: created.version,
      who: anna,
    });
    const error = await refusal(
      updateAssessment(db, created.id, assessment(patient.id, clinician.id, { notes: 'B' }), LATER, {
        version: created.version,
        who: null,
      }),
    );
    expectStale(error, 'Anna Petrova');
    const now = await getAssessment(db, created.id);
    expect([now.notes, now.revisions, now.version]).toEqual(['A', 1, 2]);
  });

  it('refuses a stale visit move, status change and cancellation; the visit stays where the first desk put it', async () => {
    const { db, mia, drA, followUpType } = await diaryDb();
    const anna = await staffMember(db, 'Anna Petrova', 'anna');
    const { appointment } = await book(db, {
      patientId: mia,
      clinicianId: drA,
      typeId: followUpType,
      date: '2030-06-03',
      time: '10:00',
    });
    const opened = appointment.version;
    await moveAppointment(
      db,
      { id: appointment.id, version: opened, start: { date: '2030-06-03', time: '11:00' } },
      FIRST,
      anna,
    );

    const move = moveAppointment(
      db,
      { id: appointment.id, version: opened, start: { date: '2030-06-03', time: '12:00' } },
      LATER,
    );
    expectStale(await refusal(move), 'Anna Petrova');
    const cancel = cancelAppointment(db, appointment.id, 'ill', LATER, { version: opened, who: null });
    expectStale(await refusal(cancel), 'Anna Petrova');
    const status = setAppointmentStatus(db, appointment.id, 'no_show', LATER, { version: opened, who: null });
    expectStale(await refusal(status), 'Anna Petrova');

    const now = await getAppointment(db, appointment.id);
    expect([now.start, now.status, now.cancelReason, now.version]).toEqual(['11:00', 'booked', '', opened + 1]);
  });

  it('refuses a stale clinician, appointment type and settings save', async () => {
    const { db } = await serviceDb();
    const anna = await staffMember(db, 'Anna Petrova', 'anna');
    const { clinician } = await childWithClinician(db);
    const input = { name: clinician.name, title: clinician.title, phone: clinician.phone, active: true };
    await updateClinician(db, clinician.id, { ...input, title: 'Orthopedist' }, { version: 1, who: anna });
    const staleClinician = updateClinician(
      db,
      clinician.id,
      { ...input, phone: '555 0100' },
      { version: 1, who: null },
    );
    expect((await refusal(staleClinician)).issues?.[0]).toMatchObject({ path: 'version', changedBy: 'Anna Petrova' });
    expect((await listClinicians(db)).map((c) => [c.title, c.phone, c.version])).toEqual([['Orthopedist', '', 2]]);

    const [type] = await listAppointmentTypes(db);
    const typeInput = { id: type!.id, name: type!.name, durationMinutes: 30, active: true };
    await saveAppointmentType(db, { ...typeInput, version: type!.version }, anna);
    const staleType = saveAppointmentType(db, { ...typeInput, durationMinutes: 45, version: type!.version });
    expect((await refusal(staleType)).code).toBe('CONFLICT');
    expect((await listAppointmentTypes(db)).find((t) => t.id === type!.id)?.durationMinutes).toBe(30);

    const read = await getSettings(db);
    await updateSettings(db, { clinicName: 'Little Feet', version: read.version }, anna);
    const staleSettings = updateSettings(db, { clinicName: 'Big Feet', version: read.version });
    expect((await refusal(staleSettings)).issues?.[0]).toMatchObject({ path: 'version', changedBy: 'Anna Petrova' });
    expect(await getSettings(db)).toMatchObject({ clinicName: 'Little Feet', version: read.version + 1 });
  });

  it('gives every save its own version: saves based on the same read never both succeed', async () => {
    const { db } = await serviceDb();
    const { patient } = await childWithClinician(db);
    const { id: _, version, ...input } = patient;
    const results = await Promise.allSettled(
      ['A', 'B', 'C'].map((notes) => updatePatient(db, patient.id, { ...input, notes }, FIRST, { version, who: null })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(refused.map((r) => (r.reason as AppError).code)).toEqual(['CONFLICT', 'CONFLICT']);
    expect((await getPatient(db, patient.id)).version).toBe(version + 1);
  });
});

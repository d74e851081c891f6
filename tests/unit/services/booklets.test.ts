import crypto from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { describe, expect, it, vi } from 'vitest';
import type { Kysely } from 'kysely';
import { localToday, PlanChoices, type PlanChoicesInput } from '../../../shared/contract';
import { bookletTexts } from '../../../shared/content';
import type { Database } from '../../../electron/db/schema';
import { draftBooklet } from '../../../electron/services/booklets/compose';
import {
  issueBooklet,
  listBooklets,
  previewBooklet,
  reissueBooklet,
  reprintBooklet,
} from '../../../electron/services/booklets/booklets';
import { currentCarePlan, listCarePlans, planSchedule } from '../../../electron/services/booklets/care-plans';
import { createAssessment } from '../../../electron/services/clinical/assessments';
import { createPatient } from '../../../electron/services/patients/patients';
import { updateSettings } from '../../../electron/services/settings/settings';
import { bookPlan } from '../../../electron/services/diary/plan-bookings';
import {
  cancelAppointment,
  closeOutAppointments,
  moveAppointment,
} from '../../../electron/services/diary/appointments';
import type { DesktopActions } from '../../../electron/desktop-actions';
import { serviceDb } from '../test-db';
import { assessment, childWithClinician } from './assessment-fixture';
import { child } from './child-fixture';

const sha = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');
/** Monday 4 January 2027, 10:00 local: the day of the first visit in these tests. */
const VISIT_1 = new Date(2027, 0, 4, 10, 0);
const deps = (now: Date, extra: { desktop?: DesktopActions } = {}) => ({ now: () => now, ...extra });

/** The whole text of a PDF in reading order, whitespace collapsed (poppler). */
function pdfText(bytes: Buffer): string {
  const r = spawnSync('pdftotext', ['-raw', '-', '-'], { input: bytes, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`);
  return r.stdout.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ');
}

const choices = (extra: Partial<PlanChoicesInput> = {}, settings: Partial<PlanChoicesInput['settings']> = {}) =>
  PlanChoices.parse({ settings: { startDate: '2027-01-11', ...settings }, language: 'en', paper: 'A4', ...extra });

function fakeDesktop(overrides: Partial<DesktopActions> = {}): DesktopActions {
  return {
    savePdf: vi.fn(async () => '/home/me/Documents/plan.pdf'),
    openPdf: vi.fn(async () => undefined),
    printPdf: vi.fn(async () => true),
    ...overrides,
  };
}

/** A child (degree 2 on the left) assessed by a clinician, with the clinic letterhead set. */
async function assessedChild(db: Kysely<Database>) {
  const { patient, clinician } = await childWithClinician(db);
  const a = await createAssessment(db, assessment(patient.id, clinician.id, { assessedOn: '2027-01-04' }));
  await updateSettings(db, { clinicName: 'Little Steps', clinicPhone: '+44 20 7946 0123' });
  return { patient, clinician, assessment: a };
}

const issue = (
  db: Kysely<Database>,
  patientId: number,
  assessmentId: number | null,
  c: PlanChoices,
  plan: 'new' | 'continue' = 'new',
  now = VISIT_1,
) => issueBooklet(db, { patientId, assessmentId, choices: c, plan, action: 'download' }, deps(now));

describe('booklet draft', () => {
  it('starts a child without a plan from defaults: today, the latest assessment, the family language', async () => {
    const { db } = await serviceDb();
    const { patient, clinician } = await childWithClinician(db);
    await createAssessment(db, assessment(patient.id, clinician.id, { assessedOn: '2026-01-10' }));
    const latest = await createAssessment(db, assessment(patient.id, clinician.id, { assessedOn: '2026-02-10' }));
    const draft = await draftBooklet(db, patient.id, new Date(2026, 2, 5, 9, 0));
    expect(draft).toMatchObject({
      assessmentId: latest.id,
      assessedOn: '2026-02-10',
      currentPlan: null,
      choices: { settings: { startDate: '2026-03-05' }, language: 'en', paper: 'A4', customSteps: [] },
    });
    expect(draft.fresh).toEqual(draft.choices);
  });

  it('carries the current plan’s choices over to the next visit (continue), with fresh defaults beside them', async () => {
    const { db } = await serviceDb();
    const { patient, assessment: a } = await assessedChild(db);
    const mine = choices(
      {
        overrides: { X05: { reps: 12 }, M12: { skip: true, reason: 'ticklish' } },
        customSteps: [{ id: 'C01', after: 'X05', title: 'Marble pick-up', text: 'Ten marbles into a cup.', reps: 10 }],
        specialistNotes: 'Well done so far.',
        language: 'ru',
      },
      { courseDays: 21, peakMinutes: 20 },
    );
    await issue(db, patient.id, a.id, mine);
    const draft = await draftBooklet(db, patient.id, new Date(2027, 0, 25, 9));
    expect(draft.currentPlan).toMatchObject({ startDate: '2027-01-11', assessmentId: a.id, choices: mine });
    expect(draft.choices).toEqual(mine);
    expect(draft.fresh).toMatchObject({ settings: { startDate: '2027-01-25' }, customSteps: [], overrides: {} });
  }, 30_000);
});

describe('composing a booklet from the database', () => {
  it('previews the plan main computes for a non-default start and course length, storing nothing', async () => {
    const { db } = await serviceDb();
    const { patient, assessment: a } = await assessedChild(db);
    const preview = await previewBooklet(
      db,
      { patientId: patient.id, assessmentId: a.id, choices: choices({}, { courseDays: 21 }) },
      deps(VISIT_1),
    );
    expect(preview.plan.status).toBe('ok');
    // Course 1: 11-31 Jan; degree 2: checks after courses 1 and 2 (break 28 days).
    expect(preview.checkups.slice(0, 2)).toEqual([
      { id: null, dueOn: '2027-02-01', purpose: 'after_course', course: 1, state: 'due', visit: null },
      { id: null, dueOn: '2027-03-22', purpose: 'after_course', course: 2, state: 'due', visit: null },
    ]);
    const bytes = Buffer.from(preview.pdf!.pdfBase64, 'base64');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(bytes);
    expect(text).toContain('Mia');
    expect(text).toContain('Little Steps');
    expect(text).toContain('Check-up after course 1: 1 February 2027');
    // Not booked yet: the calendar page names the plan's date for it.
    expect(text).toContain('Next check-up: around 1 February 2027, to be booked');
    expect(await listBooklets(db, patient.id)).toEqual([]);
    expect(await currentCarePlan(db, patient.id)).toBeNull();
  }, 30_000);

  it('prints the patronymic where the family uses one, in the language’s order', async () => {
    const { db } = await serviceDb();
    const clinician = (await childWithClinician(db)).clinician;
    const anna = await createPatient(db, { ...child('Анна', 'Петрова'), middleName: 'Сергеевна' });
    const a = await createAssessment(db, assessment(anna.id, clinician.id, { assessedOn: '2027-01-04' }));
    const preview = await previewBooklet(
      db,
      { patientId: anna.id, assessmentId: a.id, choices: choices({ language: 'ru' }) },
      deps(VISIT_1),
    );
    expect(preview.plan.status).toBe('ok');
    const text = pdfText(Buffer.from(preview.pdf!.pdfBase64, 'base64'));
    expect(text).toContain('Петрова Анна Сергеевна');
  }, 30_000);

  it('refuses an assessment of another child, naming the field; unknown children are not found', async () => {
    const { db } = await serviceDb();
    const { assessment: a } = await assessedChild(db);
    const other = await createPatient(db, child('Leo', 'Horvat'));
    await expect(
      previewBooklet(db, { patientId: other.id, assessmentId: a.id, choices: choices() }),
    ).rejects.toMatchObject({ code: 'VALIDATION', issues: [{ path: 'assessmentId', message: 'otherChild' }] });
    await expect(
      issueBooklet(db, {
        patientId: other.id,
        assessmentId: a.id,
        choices: choices(),
        plan: 'new',
        action: 'download',
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(await listBooklets(db, other.id)).toEqual([]);
    await expect(previewBooklet(db, { patientId: 999, assessmentId: null, choices: choices() })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('returns a blocked plan without a PDF, and refuses to issue it', async () => {
    const { db } = await serviceDb();
    const { patient, clinician } = await childWithClinician(db);
    const a = await createAssessment(
      db,
      assessment(patient.id, clinician.id, {
        left: { degree: 2, method: 'clinical', flexible: 'unknown', heelAngle: null },
      }),
    );
    const preview = await previewBooklet(db, { patientId: patient.id, assessmentId: a.id, choices: choices() });
    expect(preview).toMatchObject({ plan: { status: 'blocked' }, pdf: null, checkups: [] });
    await expect(issue(db, patient.id, a.id, choices())).rejects.toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'plan', message: 'flexibility_unknown' }],
    });
  });

  it('names a character the font cannot print as a field problem', async () => {
    const { db } = await serviceDb();
    const { patient, assessment: a } = await assessedChild(db);
    await db.updateTable('patients').set({ first_name: 'M\u{1D504}a' }).where('id', '=', patient.id).execute();
    await expect(issue(db, patient.id, a.id, choices())).rejects.toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'child.firstName', message: 'unprintableCharacter' }],
    });
  }, 30_000);
});

describe('issuing stores the plan and the bytes', () => {
  it('stores the plan, its check-ups as due items and the booklet with its bytes', async () => {
    const { db } = await serviceDb();
    const { patient, assessment: a } = await assessedChild(db);
    const issued = await issue(db, patient.id, a.id, choices({}, { courseDays: 21 }));
    const bytes = Buffer.from(issued.pdf!.pdfBase64, 'base64');
    expect(issued.booklet).toMatchObject({
      patientId: patient.id,
      kind: 'full',
      sha256: sha(bytes),
      carePlanId: issued.carePlanId,
      stored: true,
      reprintOf: null,
    });
    const plan = (await currentCarePlan(db, patient.id))!;
    expect(plan).toMatchObject({ id: issued.carePlanId, mode: 'new', current: true, startDate: '2027-01-11' });
    expect(plan.courses[0]).toEqual({ number: 1, startDate: '2027-01-11', endDate: '2027-01-31' });
    expect(plan.checkups.map((c) => [c.dueOn, c.purpose, c.course, c.state])).toEqual(
      (
        await previewBooklet(db, { patientId: patient.id, assessmentId: a.id, choices: plan.choices }, deps(VISIT_1))
      ).checkups.map((c) => [c.dueOn, c.purpose, c.course, 'due']),
    );
    const items = await db.selectFrom('recalls').select('id').where('care_plan_id', '=', plan.id).execute();
    expect(items).toHaveLength(plan.checkups.length);
    const file = await db
      .selectFrom('booklet_files')
      .select('bytes')
      .where('sha256', '=', sha(bytes))
      .executeTakeFirstOrThrow();
    expect(Buffer.from(file.bytes).equals(bytes)).toBe(true);
  }, 30_000);

  it('reprints the stored bytes after a booklet text changed; re-issue renders with today’s texts', async () => {
    const { db } = await serviceDb();
    const { patient, assessment: a } = await assessedChild(db);
    const issued = await issue(db, patient.id, a.id, choices());
    const original = Buffer.from(issued.pdf!.pdfBase64, 'base64');
    const texts = bookletTexts('en');
    const before = texts.planOverview.followUps.end_of_horizon;
    texts.planOverview.followUps.end_of_horizon = 'End-of-plan review (reworded)';
    try {
      const again = await reprintBooklet(db, issued.booklet!.id, 'download', deps(new Date(2027, 5, 1)));
      expect(Buffer.from(again.pdf!.pdfBase64, 'base64').equals(original)).toBe(true);
      expect(again.booklet).toMatchObject({ reprintOf: issued.booklet!.id, sha256: issued.booklet!.sha256 });
      const renewed = await reissueBooklet(db, issued.booklet!.id, 'download', deps(new Date(2027, 5, 1)));
      expect(renewed.booklet).toMatchObject({ reissueOf: issued.booklet!.id, carePlanId: issued.carePlanId });
      expect(pdfText(Buffer.from(renewed.pdf!.pdfBase64, 'base64'))).toContain('End-of-plan review (reworded)');
      expect(pdfText(original)).not.toContain('(reworded)');
    } finally {
      texts.planOverview.followUps.end_of_horizon = before;
    }
    expect((await listBooklets(db, patient.id)).length).toBe(3);
  }, 60_000);

  it('reports a missing or damaged stored copy instead of re-rendering it', async () => {
    const { db } = await serviceDb();
    const { patient, assessment: a } = await assessedChild(db);
    const issued = await issue(db, patient.id, a.id, choices());
    const hash = issued.booklet!.sha256;
    await db
      .updateTable('booklet_files')
      .set({ bytes: Buffer.from('%PDF-tampered') })
      .where('sha256', '=', hash)
      .execute();
    await expect(reprintBooklet(db, issued.booklet!.id, 'download')).rejects.toMatchObject({ code: 'CONFLICT' });
    await db.deleteFrom('booklet_files').where('sha256', '=', hash).execute();
    await expect(reprintBooklet(db, issued.booklet!.id, 'download')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await listBooklets(db, patient.id)).map((b) => [b.stored, b.reprintOf])).toEqual([[false, null]]);
    await expect(reprintBooklet(db, 999, 'download')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  }, 30_000);

  it('prints, saves and opens through the desktop actions; a cancelled dialog stores neither booklet nor plan', async () => {
    const { db } = await serviceDb();
    const { patient, assessment: a } = await assessedChild(db);
    const input = { patientId: patient.id, assessmentId: a.id, choices: choices(), plan: 'new' as const };
    const cancelling = fakeDesktop({ printPdf: vi.fn(async () => false), savePdf: vi.fn(async () => null) });
    expect((await issueBooklet(db, { ...input, action: 'print' }, { desktop: cancelling })).booklet).toBeNull();
    expect((await issueBooklet(db, { ...input, action: 'save' }, { desktop: cancelling })).booklet).toBeNull();
    expect(await currentCarePlan(db, patient.id)).toBeNull();
    const desktop = fakeDesktop();
    const saved = await issueBooklet(db, { ...input, action: 'save' }, { desktop });
    expect(saved.savedTo).toBe('/home/me/Documents/plan.pdf');
    expect(vi.mocked(desktop.savePdf).mock.calls[0]![1]).toBe(
      `Valgo – Novak Mia – Foot care plan – ${localToday()}.pdf`,
    );
    await issueBooklet(db, { ...input, action: 'print' }, { desktop });
    expect(desktop.printPdf).toHaveBeenCalledOnce();
    expect((await listBooklets(db, patient.id)).map((b) => b.action)).toEqual(['print', 'save']);
    await expect(issueBooklet(db, { ...input, action: 'open' })).rejects.toMatchObject({ code: 'VALIDATION' });
  }, 60_000);
});

describe('one schedule: the plan, the bookings and the next booklet agree', () => {
  it('continuing prints the booked visits once, in place of their check-ups, and keeps their links', async () => {
    const { db } = await serviceDb();
    const { patient, clinician, assessment: a } = await assessedChild(db);
    const first = await issue(db, patient.id, a.id, choices({}, { courseDays: 21 }));
    const schedule = (await planSchedule(db, patient.id))!;
    const [c1, c2] = schedule.checkups;
    const { bookings } = await bookPlan(
      db,
      {
        patientId: patient.id,
        clinicianId: clinician.id,
        visits: [
          { checkupId: c1!.id!, start: { date: '2027-02-02', time: '09:30' } },
          { checkupId: c2!.id!, start: { date: '2027-03-22', time: '11:00' } },
        ],
      },
      VISIT_1,
    );
    // Continued at the visit after course 1, with the same choices.
    const next = await issue(
      db,
      patient.id,
      a.id,
      choices({}, { courseDays: 21 }),
      'continue',
      new Date(2027, 1, 2, 10),
    );
    const plan = (await currentCarePlan(db, patient.id))!;
    expect(plan).toMatchObject({ id: next.carePlanId, mode: 'continue', previousId: first.carePlanId });
    expect(plan.checkups.slice(0, 2).map((c) => [c.id, c.state, c.visit?.date, c.visit?.start])).toEqual([
      [c1!.id, 'booked', '2027-02-02', '09:30'],
      [c2!.id, 'booked', '2027-03-22', '11:00'],
    ]);
    // No pairs: as many open items as check-ups, and every booking still answers one.
    const open = await db.selectFrom('recalls').select('id').where('patient_id', '=', patient.id).execute();
    expect(open.length).toBe(plan.checkups.length);
    expect(new Set(bookings.map((b) => b.appointment.id))).toEqual(
      new Set(plan.checkups.flatMap((c) => (c.visit ? [c.visit.appointmentId] : []))),
    );
    const text = pdfText(Buffer.from(next.pdf!.pdfBase64, 'base64'));
    expect(text).toContain('Check-up after course 1: 2 February 2027, 09:30');
    expect(text).toContain('Check-up after course 2: 22 March 2027, 11:00');
    expect(text).not.toContain('Check-up after course 1: 1 February 2027');
    expect(text.match(/Check-up after course 1:/g)).toHaveLength(1);

    // Moving a visit changes the next print; cancelling puts the due date back.
    await moveAppointment(db, { id: bookings[1]!.appointment.id, start: { date: '2027-03-24', time: '15:00' } });
    await cancelAppointment(db, bookings[0]!.appointment.id, 'ill');
    const third = await issue(
      db,
      patient.id,
      a.id,
      choices({}, { courseDays: 21 }),
      'continue',
      new Date(2027, 1, 3, 10),
    );
    const text3 = pdfText(Buffer.from(third.pdf!.pdfBase64, 'base64'));
    expect(text3).toContain('Check-up after course 2: 24 March 2027, 15:00');
    // Course 1's check-up (1 Feb, its visit cancelled) was due before this day of issue: the child
    // is being seen now, so it is not stored as due again.
    expect((await planSchedule(db, patient.id))!.checkups[0]).toMatchObject({
      dueOn: '2027-03-22',
      state: 'booked',
      visit: { date: '2027-03-24', start: '15:00' },
    });
  }, 90_000);

  it('an attended check-up prints its visit and is not due again', async () => {
    const { db } = await serviceDb();
    const { patient, clinician, assessment: a } = await assessedChild(db);
    await issue(db, patient.id, a.id, choices({}, { courseDays: 21 }));
    const [c1] = (await planSchedule(db, patient.id))!.checkups;
    const { bookings } = await bookPlan(
      db,
      {
        patientId: patient.id,
        clinicianId: clinician.id,
        visits: [{ checkupId: c1!.id!, start: { date: '2027-02-02', time: '09:30' } }],
      },
      VISIT_1,
    );
    const seen = new Date(2027, 1, 2, 10);
    await closeOutAppointments(db, [bookings[0]!.appointment.id], 'attended', seen);
    const next = await issue(db, patient.id, a.id, choices({}, { courseDays: 21 }), 'continue', seen);
    expect(pdfText(Buffer.from(next.pdf!.pdfBase64, 'base64'))).toContain(
      'Check-up after course 1: 2 February 2027, 09:30',
    );
    const open = await db
      .selectFrom('recalls')
      .select('due_on')
      .where('patient_id', '=', patient.id)
      .where('resolved_at', 'is', null)
      .orderBy('due_on')
      .execute();
    expect(open[0]!.due_on).toBe('2027-03-22');
  }, 60_000);

  it('a new plan replaces the old plan’s unbooked check-ups; a visit inside one of its courses stays a visit of its own', async () => {
    const { db } = await serviceDb();
    const { patient, clinician, assessment: a } = await assessedChild(db);
    await issue(db, patient.id, a.id, choices({}, { courseDays: 21 }));
    const old = (await planSchedule(db, patient.id))!;
    const { bookings } = await bookPlan(
      db,
      {
        patientId: patient.id,
        clinicianId: clinician.id,
        visits: [{ checkupId: old.checkups[0]!.id!, start: { date: '2027-02-01', time: '09:00' } }],
      },
      VISIT_1,
    );
    // Started again two weeks later with 14-day courses: course 1 runs 25 Jan - 7 Feb, over the booked 1 Feb.
    await issue(db, patient.id, a.id, choices({}, { startDate: '2027-01-25' }), 'new', new Date(2027, 0, 18, 10));
    const plans = await listCarePlans(db, patient.id);
    expect(plans.map((p) => [p.current, p.mode])).toEqual([
      [true, 'new'],
      [false, 'new'],
    ]);
    const now = (await planSchedule(db, patient.id))!;
    expect(now.checkups[0]).toMatchObject({ dueOn: '2027-02-08', purpose: 'after_course', course: 1, state: 'due' });
    const items = await db
      .selectFrom('recalls')
      .select(['care_plan_id'])
      .where('patient_id', '=', patient.id)
      .where('resolved_at', 'is', null)
      .execute();
    expect(items.every((i) => i.care_plan_id === now.planId)).toBe(true);
    const visit = await db
      .selectFrom('appointments')
      .select(['status', 'recall_id'])
      .where('id', '=', bookings[0]!.appointment.id)
      .executeTakeFirstOrThrow();
    expect(visit).toEqual({ status: 'booked', recall_id: null });
  }, 60_000);
});

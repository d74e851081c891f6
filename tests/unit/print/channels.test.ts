import fs from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { Kysely } from 'kysely';
import { BookletRequest, localToday, type Appointment, type BookletRequestInput } from '../../../shared/contract';
import type { Database } from '../../../electron/db/schema';
import { addDays } from '../../../shared/calendar';
import { computePlan } from '../../../shared/plan';
import { createDispatch } from '../../../electron/dispatch';
import { createHandlers } from '../../../electron/handlers';
import type { DesktopActions } from '../../../electron/desktop-actions';
import { cancelAppointment, createAppointment } from '../../../electron/services/diary/appointments';
import { createAssessment } from '../../../electron/services/clinical/assessments';
import { createPatient } from '../../../electron/services/patients/patients';
import { updateSettings } from '../../../electron/services/settings/settings';
import { longDate, visitWhen } from '../../../electron/pdf/card/format';
import { book, diaryDb, LONG_AGO } from '../appointments/fixture';
import { assessment } from '../services/assessment-fixture';
import { child, guardian } from '../services/child-fixture';
import { parseEvents, readPdf } from './print-helpers';

const info = { version: '1.0.0', dataDir: '/data', schemaVersion: 1, mode: 'browser' as const };
const CLINIC = {
  clinicName: 'Little Steps, Children’s Clinic',
  clinicAddress: '12 Oak Road; London N1',
  clinicPhone: '+44 20 7946 0123',
};
const day = (n: number) => addDays(localToday(), n);

/** Mia with three visits to come, one cancelled and one in the past; Leo booked on Mia's first day. */
async function setUp(desktop?: DesktopActions) {
  const ctx = await diaryDb();
  const { db, drA, drB, mia, leo, followUpType } = ctx;
  await updateSettings(db, CLINIC);
  const at = (date: string, time: string, minutes?: number, clinicianId = drA, patientId = mia) =>
    book(db, { patientId, clinicianId, typeId: followUpType, date, time, minutes }).then((r) => r.appointment);
  const past = await at(day(-10), '09:00');
  const visits = [await at(day(7), '09:30'), await at(day(35), '14:00', 30, drB), await at(day(63), '10:20')];
  const cancelled = await at(day(21), '11:00');
  await cancelAppointment(db, cancelled.id, 'family ill');
  const leoVisit = await at(day(7), '10:00', undefined, drA, leo);
  const dispatch = createDispatch(createHandlers({ db, info, ...(desktop ? { desktop } : {}) }));
  return { ...ctx, dispatch, past, visits, cancelled, leoVisit };
}

/** A booklet in the archive, as booklets:issue leaves it (only the stored request matters here). */
async function archive(db: Kysely<Database>, patientId: number, request: BookletRequestInput) {
  await db
    .insertInto('booklets')
    .values({
      patient_id: patientId,
      created_at: new Date().toISOString(),
      action: 'download',
      kind: 'full',
      language: 'en',
      paper: 'A4',
      pages: 10,
      size_bytes: 1000,
      sha256: '0'.repeat(64),
      plan_engine_version: 1,
      content_version: 'test',
      request: JSON.stringify(request),
      reprint_of: null,
    })
    .execute();
}

async function call<T>(dispatch: ReturnType<typeof createDispatch>, channel: string, input: unknown): Promise<T> {
  const result = await dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

type Printed = { pdf: { pdfBase64: string; pages: number } | null; savedTo: string | null; cancelled: boolean };
const pdfOf = (r: Printed) => readPdf(Buffer.from(r.pdf!.pdfBase64, 'base64'));

describe('appointments:ics', () => {
  it('exports the booked visits to come as events ical.js reads back, cancelled and past ones left out', async () => {
    const { dispatch, mia, visits } = await setUp();
    const file = await call<{ fileName: string; content: string; events: number }>(dispatch, 'appointments:ics', {
      patientId: mia,
    });
    expect(file.fileName).toBe(`Valgo – Novak Mia – Visits – ${day(0)}.ics`);
    expect(file.events).toBe(3);
    const events = parseEvents(file.content);
    expect(events).toEqual(
      visits.map((v: Appointment) => ({
        uid: expect.stringMatching(new RegExp(`^valgo-appointment-${v.id}@[0-9a-f]{12}$`)),
        start: Date.parse(v.startsAt),
        end: Date.parse(v.endsAt),
        summary: 'Foot check-up: Mia Novak',
        location: 'Little Steps, Children’s Clinic, 12 Oak Road; London N1',
        description: expect.stringContaining('please call +44 20 7946 0123'),
      })),
    );
    expect(events[1]!.description).toContain('With Dr. B, Orthopedist');
    // Escaped on the way out: the comma and semicolon are not separators in the file.
    expect(file.content).toContain('LOCATION:Little Steps\\, Children’s Clinic\\, 12 Oak Road\\; London N1');
  });

  it('writes titles in the family’s language unless asked otherwise', async () => {
    const { db, dispatch, drA, followUpType } = await setUp();
    const sasha = await createPatient(
      db,
      child('Саша', 'Иванов', {
        guardians: [guardian('Ольга Иванова', '+7 912 000-00-00', { preferredLanguage: 'ru' })],
      }),
    );
    await createAppointment(
      db,
      {
        patientId: sasha.id,
        clinicianId: drA,
        typeId: followUpType,
        start: { date: day(8), time: '12:00' },
        note: '',
        recallId: null,
      },
      LONG_AGO,
    );
    const ru = await call<{ fileName: string; content: string }>(dispatch, 'appointments:ics', { patientId: sasha.id });
    expect(ru.fileName).toBe(`Valgo – Иванов Саша – Визиты – ${day(0)}.ics`);
    expect(parseEvents(ru.content)[0]!.summary).toBe('Осмотр стоп: Саша Иванов');
    const en = await call<{ content: string }>(dispatch, 'appointments:ics', { patientId: sasha.id, language: 'en' });
    expect(parseEvents(en.content)[0]!.summary).toBe('Foot check-up: Саша Иванов');
  });

  it('answers NOT_FOUND for an unknown child', async () => {
    const { dispatch } = await setUp();
    expect(await dispatch('appointments:ics', { patientId: 999 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

describe('appointments:card', () => {
  it('prints the A6 card with the name, the clinic phone and every visit to come', async () => {
    const { dispatch, mia, visits, cancelled, past } = await setUp();
    const printed = await call<Printed>(dispatch, 'appointments:card', {
      patientId: mia,
      layout: 'A6',
      action: 'download',
    });
    expect(printed).toMatchObject({ savedTo: null, cancelled: false, pdf: { pages: 1 } });
    const { text, info: pdf } = pdfOf(printed);
    expect(pdf['Page size']).toMatch(/^297\.6\d? x 419\.5\d? pts/);
    expect(text).toContain('Mia Novak');
    expect(text).toContain('+44 20 7946 0123');
    for (const v of visits) expect(text).toContain(visitWhen(v.date, v.start, 'en'));
    expect(text).not.toContain(visitWhen(cancelled.date, cancelled.start, 'en'));
    expect(text).not.toContain(visitWhen(past.date, past.start, 'en'));
    expect(text).toContain('Your specialist: Dr. A, Podiatrist');
  });

  it('prints the A4 sheet in Russian with the dates of the latest archived plan, unless that plan is over', async () => {
    const { db, dispatch, mia, visits } = await setUp();
    const stored = JSON.parse(fs.readFileSync('tests/fixtures/booklet-full-en.json', 'utf8')) as BookletRequestInput;
    await archive(db, mia, stored);
    // That plan (June 2025) is over: an old plan's dates are left off a new sheet.
    const old = pdfOf(
      await call<Printed>(dispatch, 'appointments:card', { patientId: mia, layout: 'A4', action: 'download' }),
    );
    expect(old.text).toContain('Mia Novak');
    expect(old.text).not.toContain('Course 1');
    const request = BookletRequest.parse({ ...stored, settings: { ...stored.settings, startDate: day(3) } });
    await archive(db, mia, request);
    const plan = computePlan(request);
    if (plan.status !== 'ok' || !plan.plan.calendar) throw new Error('the fixture makes a calendar');
    const printed = await call<Printed>(dispatch, 'appointments:card', {
      patientId: mia,
      layout: 'A4',
      language: 'ru',
      action: 'download',
    });
    const { text, info: pdf } = pdfOf(printed);
    expect(pdf['Page size']).toMatch(/^595\.2\d? x 841\.8\d? pts \(A4\)/);
    for (const v of visits) expect(text).toContain(visitWhen(v.date, v.start, 'ru').split(', ').slice(0, 2).join(', '));
    plan.plan.calendar.courses.forEach((course, i) => {
      expect(text).toContain(`Курс ${i + 1} ${longDate(course.startDate, 'ru')} – ${longDate(course.endDate, 'ru')}`);
    });
    for (const b of plan.plan.calendar.breaks) {
      expect(text).toContain(`Перерыв ${longDate(b.startDate, 'ru')} – ${longDate(b.endDate, 'ru')}`);
    }
  });

  it('prints, saves and opens through the desktop app only', async () => {
    const bare = await setUp();
    expect(
      await bare.dispatch('appointments:card', { patientId: bare.mia, layout: 'A6', action: 'print' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(
      await bare.dispatch('appointments:card', { patientId: bare.mia, layout: 'A5', action: 'download' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'layout' }] },
    });
    const desktop: DesktopActions = {
      printPdf: vi.fn(async () => false),
      savePdf: vi.fn(async () => '/home/me/card.pdf'),
      openPdf: vi.fn(async () => undefined),
    };
    const { dispatch, mia } = await setUp(desktop);
    const print = await call<Printed>(dispatch, 'appointments:card', { patientId: mia, layout: 'A6', action: 'print' });
    expect(print).toEqual({ pdf: null, savedTo: null, cancelled: true });
    expect(desktop.printPdf).toHaveBeenCalledWith(
      expect.any(Buffer),
      `Valgo – Novak Mia – Appointment card – ${day(0)}.pdf`,
    );
    const save = await call<Printed>(dispatch, 'appointments:card', { patientId: mia, layout: 'A4', action: 'save' });
    expect(save).toEqual({ pdf: null, savedTo: '/home/me/card.pdf', cancelled: false });
    await call<Printed>(dispatch, 'appointments:card', { patientId: mia, layout: 'A6', action: 'open' });
    expect(desktop.openPdf).toHaveBeenCalledTimes(1);
  });
});

describe('diary:day-list', () => {
  it("lists the day's booked children with time and the main contact's phone, by clinician", async () => {
    const { dispatch, visits, leoVisit } = await setUp();
    const printed = await call<Printed>(dispatch, 'diary:day-list', { date: day(7), action: 'download' });
    const { text, info: pdf } = pdfOf(printed);
    expect(pdf['Page size']).toMatch(/\(A4\)/);
    expect(text).toContain('Dr. A, Podiatrist · 2 visits');
    expect(text).toContain(`Mia Novak`);
    expect(text).toContain(`${visits[0]!.start}–${visits[0]!.end}`);
    expect(text).toContain('+7 912 345-67-89');
    expect(text).toContain('Leo Horvat');
    expect(text).toContain(`${leoVisit.start}–${leoVisit.end}`);
    expect(text).toContain('555 0101');
    expect(text).toContain('page 1 of 1');
  });

  it("names the saved file by the file pattern, with the clinician of one clinician's list", async () => {
    const desktop: DesktopActions = {
      printPdf: vi.fn(async () => true),
      savePdf: vi.fn(async () => '/home/me/list.pdf'),
      openPdf: vi.fn(async () => undefined),
    };
    const { dispatch, drB } = await setUp(desktop);
    await call<Printed>(dispatch, 'diary:day-list', { date: day(7), action: 'save' });
    await call<Printed>(dispatch, 'diary:day-list', { date: day(7), clinicianId: drB, action: 'save' });
    expect(vi.mocked(desktop.savePdf).mock.calls.map((c) => c[1])).toEqual([
      `Valgo – Day list – ${day(7)}.pdf`,
      `Valgo – Day list – Dr. B – ${day(7)}.pdf`,
    ]);
  });

  it("prints one clinician's list, and leaves cancelled visits out", async () => {
    const { dispatch, drB, cancelled, visits } = await setUp();
    const other = pdfOf(
      await call<Printed>(dispatch, 'diary:day-list', { date: day(7), clinicianId: drB, action: 'download' }),
    );
    expect(other.text).not.toContain('Mia Novak');
    expect(other.text).toContain('No visits are booked on this day.');
    const drBDay = pdfOf(
      await call<Printed>(dispatch, 'diary:day-list', { date: visits[1]!.date, clinicianId: drB, action: 'download' }),
    );
    expect(drBDay.text).toContain('Mia Novak');
    const cancelledDay = pdfOf(
      await call<Printed>(dispatch, 'diary:day-list', { date: cancelled.date, action: 'download' }),
    );
    expect(cancelledDay.text).not.toContain('Mia Novak');
    expect(await dispatch('diary:day-list', { date: day(7), clinicianId: 999, action: 'download' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

describe('no clinical field on the front-desk channels', () => {
  it('prints no patient, appointment or assessment note on the card, in the .ics or on the day list', async () => {
    const { db, dispatch, drA, followUpType } = await setUp();
    const ivo = await createPatient(db, child('Ivo', 'Babić', { notes: 'SECRET patient note' }));
    await createAssessment(db, assessment(ivo.id, drA, { assessedOn: localToday(), notes: 'SECRET assessment note' }));
    await createAppointment(
      db,
      {
        patientId: ivo.id,
        clinicianId: drA,
        typeId: followUpType,
        start: { date: day(9), time: '15:00' },
        note: 'SECRET appointment note',
        recallId: null,
      },
      LONG_AGO,
    );
    const card = pdfOf(
      await call<Printed>(dispatch, 'appointments:card', { patientId: ivo.id, layout: 'A4', action: 'download' }),
    );
    const ics = await call<{ content: string }>(dispatch, 'appointments:ics', { patientId: ivo.id });
    const list = pdfOf(await call<Printed>(dispatch, 'diary:day-list', { date: day(9), action: 'download' }));
    expect(card.text).toContain('Ivo Babić');
    expect(list.text).toContain('Ivo Babić');
    for (const text of [card.text, ics.content, list.text]) expect(text).not.toMatch(/SECRET|calf/i);
  });
});

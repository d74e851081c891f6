/*
 * A real database for the parents' card and calendar tests: the diary fixture's clinic, Mia with
 * plan check-ups (a due item in `recalls` answered by a booking, as the plan booking leaves them)
 * or any number of plain visits, and the channels called through the real dispatch.
 */
import type { Kysely } from 'kysely';
import { localToday, type FollowUpReason } from '../../../shared/contract';
import { addDays } from '../../../shared/calendar';
import type { Database } from '../../../electron/db/schema';
import { createDispatch } from '../../../electron/dispatch';
import { createHandlers } from '../../../electron/handlers';
import { createAppointment } from '../../../electron/services/diary/appointments';
import { updateSettings } from '../../../electron/services/settings/settings';
import { diaryDb, LONG_AGO } from '../appointments/fixture';
import { readPdf, type PdfRead } from './print-helpers';

export const CLINIC = {
  clinicName: 'Little Steps, Children’s Clinic',
  clinicAddress: '12 Oak Road, London',
  clinicPhone: '+44 20 7946 0123',
};

const info = { version: '1.0.0', dataDir: '/data', schemaVersion: 1, mode: 'browser' as const };

export const day = (n: number) => addDays(localToday(), n);

export type Dispatch = ReturnType<typeof createDispatch>;

/** The diary fixture with the clinic's letterhead set (no phone when `phone` is false). */
export async function cardDb(options: { phone?: boolean } = {}) {
  const ctx = await diaryDb();
  await updateSettings(ctx.db, { ...CLINIC, clinicPhone: options.phone === false ? '' : CLINIC.clinicPhone });
  const dispatch = createDispatch(createHandlers({ db: ctx.db, info }));
  return { ...ctx, dispatch };
}

/** A plan check-up due on `date`, booked at 09:30 that day through its due item. */
export async function bookCheckUp(
  ctx: { db: Kysely<Database>; drA: number; followUpType: number },
  patientId: number,
  date: string,
  reason: FollowUpReason,
  course: number | null = null,
) {
  const recall = await ctx.db
    .insertInto('recalls')
    .values({
      patient_id: patientId,
      clinician_id: ctx.drA,
      due_on: date,
      reason,
      source: 'plan',
      plan_ref: null,
      resolved_at: null,
      resolution: null,
      resolved_by: null,
      created_at: LONG_AGO.toISOString(),
      course,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const booked = await createAppointment(
    ctx.db,
    {
      patientId,
      clinicianId: ctx.drA,
      typeId: ctx.followUpType,
      start: { date, time: '09:30' },
      note: '',
      recallId: recall.id,
    },
    LONG_AGO,
  );
  return booked.appointment;
}

/** `count` plain follow-ups for the child, one a week from next week, at 09:30. */
export async function bookWeekly(
  ctx: { db: Kysely<Database>; drA: number; followUpType: number },
  patientId: number,
  count: number,
) {
  const booked = [];
  for (let i = 0; i < count; i++) {
    const result = await createAppointment(
      ctx.db,
      {
        patientId,
        clinicianId: ctx.drA,
        typeId: ctx.followUpType,
        start: { date: day(7 * (i + 1)), time: '09:30' },
        note: '',
        recallId: null,
      },
      LONG_AGO,
    );
    booked.push(result.appointment);
  }
  return booked;
}

async function call<T>(dispatch: Dispatch, channel: string, input: unknown): Promise<T> {
  const result = await dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

export interface Printed {
  bytes: Buffer;
  pages: number;
  pdf: PdfRead;
}

/** The card or sheet as downloaded: its bytes and its text read back. */
export async function printCard(
  dispatch: Dispatch,
  input: { patientId: number; layout: 'A6' | 'A4'; language?: 'en' | 'ru' },
): Promise<Printed> {
  const value = await call<{ pdf: { pdfBase64: string; pages: number } }>(dispatch, 'appointments:card', {
    ...input,
    action: 'download',
  });
  const bytes = Buffer.from(value.pdf.pdfBase64, 'base64');
  return { bytes, pages: value.pdf.pages, pdf: readPdf(bytes) };
}

export async function icsOf(
  dispatch: Dispatch,
  input: { patientId: number; language?: 'en' | 'ru' },
): Promise<{ fileName: string; content: string; events: number }> {
  return call(dispatch, 'appointments:ics', input);
}

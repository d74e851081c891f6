import { describe, expect, it } from 'vitest';
import { visitWhen, weekdayDate } from '../../../electron/pdf/card/format';
import { bookCheckUp, bookWeekly, cardDb, day, icsOf, printCard } from './card-fixture';
import { parseEvents } from './print-helpers';

/** Mia's plan check-ups (one per purpose, one after a course of unknown number) and a plain follow-up. */
async function planned() {
  const ctx = await cardDb();
  const afterCourse = await bookCheckUp(ctx, ctx.mia, day(10), 'after_course', 1);
  const regular = await bookCheckUp(ctx, ctx.mia, day(40), 'every_months');
  const final = await bookCheckUp(ctx, ctx.mia, day(70), 'end_of_horizon');
  const unnumbered = await bookCheckUp(ctx, ctx.mia, day(100), 'after_course', null);
  const manual = await bookCheckUp(ctx, ctx.mia, day(130), 'manual');
  const [plain] = await bookWeekly({ ...ctx }, ctx.leo, 1);
  return { ...ctx, afterCourse, regular, final, unnumbered, manual, plain: plain! };
}

const EN = ['Check-up after course 1', 'Regular check-up', 'End-of-plan check-up', 'Check-up after a course'];
const RU = [
  'Контрольный осмотр после курса 1',
  'Плановый контрольный осмотр',
  'Итоговый контрольный осмотр',
  'Контрольный осмотр после курса',
];

describe("each visit's purpose on the card and in the calendar", () => {
  it('prints the plan check-up purposes on the A4 sheet and the A6 card, other visits by type', async () => {
    const ctx = await planned();
    const a4 = (await printCard(ctx.dispatch, { patientId: ctx.mia, layout: 'A4' })).pdf.text;
    // In date order, each with its purpose; the manual item keeps its type's name.
    const rows = [ctx.afterCourse, ctx.regular, ctx.final, ctx.unnumbered, ctx.manual].map(
      (v, i) => `${weekdayDate(v.date, 'en')} ${v.start} ${[...EN, 'Follow-up'][i]}`,
    );
    for (const row of rows) expect(a4).toContain(row);
    expect(a4.match(/Follow-up(?! visits)/g)).toHaveLength(1);
    // The pocket card: the next visits that fit, each with its purpose and length.
    const a6 = (await printCard(ctx.dispatch, { patientId: ctx.mia, layout: 'A6' })).pdf.text;
    expect(a6).toContain(
      `${visitWhen(ctx.afterCourse.date, ctx.afterCourse.start, 'en')} Check-up after course 1 · 20 min`,
    );
    expect(a6).toContain(`${visitWhen(ctx.regular.date, ctx.regular.start, 'en')} Regular check-up · 20 min`);
    expect(a6).not.toContain('Follow-up · 20 min');
    const leo = (await printCard(ctx.dispatch, { patientId: ctx.leo, layout: 'A6' })).pdf.text;
    expect(leo).toContain('Follow-up · 20 min');
    expect(leo).not.toMatch(/check-up/i);
  });

  it('prints them in Russian', async () => {
    const ctx = await planned();
    const a4 = (await printCard(ctx.dispatch, { patientId: ctx.mia, layout: 'A4', language: 'ru' })).pdf.text;
    [ctx.afterCourse, ctx.regular, ctx.final, ctx.unnumbered].forEach((v, i) => {
      expect(a4).toContain(`${weekdayDate(v.date, 'ru')} ${v.start} ${RU[i]}`);
    });
    const a6 = (await printCard(ctx.dispatch, { patientId: ctx.mia, layout: 'A6', language: 'ru' })).pdf.text;
    expect(a6).toContain('Контрольный осмотр после курса 1 · 20 мин');
  });

  it('titles and describes the calendar events with the same words', async () => {
    const ctx = await planned();
    const en = parseEvents((await icsOf(ctx.dispatch, { patientId: ctx.mia })).content);
    expect(en.map((e) => e.summary)).toEqual([
      'Check-up after course 1: Mia Novak',
      'Regular check-up: Mia Novak',
      'End-of-plan check-up: Mia Novak',
      'Check-up after a course: Mia Novak',
      'Foot check-up: Mia Novak',
    ]);
    expect(en[0]!.description).toMatch(/^Check-up after course 1, 20 min\n/);
    expect(en[4]!.description).toMatch(/^Follow-up, 20 min\n/);
    const ru = parseEvents((await icsOf(ctx.dispatch, { patientId: ctx.mia, language: 'ru' })).content);
    expect(ru.map((e) => e.summary)).toEqual([
      'Контрольный осмотр после курса 1: Mia Novak',
      'Плановый контрольный осмотр: Mia Novak',
      'Итоговый контрольный осмотр: Mia Novak',
      'Контрольный осмотр после курса: Mia Novak',
      'Осмотр стоп: Mia Novak',
    ]);
    expect(ru[1]!.description).toMatch(/^Плановый контрольный осмотр, 20 мин\n/);
  });
});

describe('the clinic phone on the card', () => {
  it('refuses to print the card without it, naming the setting', async () => {
    const ctx = await cardDb({ phone: false });
    await bookWeekly(ctx, ctx.mia, 1);
    for (const layout of ['A6', 'A4'] as const) {
      expect(await ctx.dispatch('appointments:card', { patientId: ctx.mia, layout, action: 'download' })).toMatchObject(
        {
          ok: false,
          error: { code: 'VALIDATION', issues: [{ path: 'clinicPhone', message: 'required' }] },
        },
      );
    }
    // The calendar file needs no phone: the card is what parents call from.
    expect((await icsOf(ctx.dispatch, { patientId: ctx.mia })).events).toBe(1);
    const settings = await ctx.dispatch('settings:update', { clinicPhone: '+44 20 7946 0999' });
    expect(settings.ok).toBe(true);
    const { text } = (await printCard(ctx.dispatch, { patientId: ctx.mia, layout: 'A6' })).pdf;
    expect(text).toContain('+44 20 7946 0999');
  });
});

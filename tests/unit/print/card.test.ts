import { describe, expect, it } from 'vitest';
import { renderAppointmentCard, type CardRenderInput } from '../../../electron/pdf/card/render-card';
import { UnprintableCharacterError } from '../../../electron/pdf/booklet/errors';
import { fontsOf, readPdf } from './print-helpers';

let nextId = 1;
const visit = (date: string, time: string, start: string, minutes = 20) => ({
  uid: `valgo-appointment-${nextId++}@0123456789ab`,
  stamp: '2025-05-01T08:00:00.000Z',
  sequence: 0,
  localDate: date,
  localTime: time,
  start,
  end: new Date(Date.parse(start) + minutes * 60_000).toISOString(),
  label: 'Follow-up',
  checkUp: null,
  durationMinutes: minutes,
  clinician: { name: 'Dr. Ana Kovač', title: 'Podiatrist' },
});

const EN: CardRenderInput = {
  child: { firstName: 'Mia', lastName: 'Novak' },
  clinic: { name: 'Little Steps, Children’s Clinic', address: '12 Oak Road, London', phone: '+44 20 7946 0123' },
  clinician: { name: 'Dr. Ana Kovač', title: 'Podiatrist' },
  visits: [
    visit('2025-06-03', '09:30', '2025-06-03T08:30:00.000Z'),
    visit('2025-07-15', '14:00', '2025-07-15T13:00:00.000Z'),
    visit('2025-09-02', '10:20', '2025-09-02T09:20:00.000Z', 30),
  ],
  plan: {
    courses: [
      { start: '2025-05-05', end: '2025-06-01' },
      { start: '2025-06-16', end: '2025-07-13' },
    ],
    breaks: [{ start: '2025-06-02', end: '2025-06-15' }],
  },
  language: 'en',
  layout: 'A6',
  generatedAt: '2025-05-20T10:00:00Z',
};

const RU: CardRenderInput = {
  ...EN,
  child: { firstName: 'Мия', middleName: 'Ивановна', lastName: 'Новак' },
  clinic: { ...EN.clinic, name: 'Клиника «Шаги»', address: 'ул. Дубовая, 12' },
  visits: EN.visits.map((v) => ({ ...v, label: 'Контрольный осмотр' })),
  language: 'ru',
};

const EN_WHEN = ['Tue 3 June 2025, 09:30', 'Tue 15 July 2025, 14:00', 'Tue 2 September 2025, 10:20'];
const RU_WHEN = ['вт, 3 июня 2025, 09:30', 'вт, 15 июля 2025, 14:00', 'вт, 2 сентября 2025, 10:20'];

describe('appointment card (A6)', () => {
  it("prints the child's name, the clinic phone and every visit's weekday, date and time (en)", async () => {
    const { text, info } = readPdf(await renderAppointmentCard(EN));
    expect(text).toContain('Mia Novak');
    expect(text).toContain('+44 20 7946 0123');
    for (const when of EN_WHEN) expect(text).toContain(when);
    expect(text).toContain('Scan to add the visits to your phone calendar');
    expect(info['Page size']).toMatch(/^297\.6\d? x 419\.5\d? pts/);
    expect(info.Pages).toBe('1');
  });

  it('prints the same in Russian', async () => {
    const { text } = readPdf(await renderAppointmentCard(RU));
    // Family name, first name, patronymic: how Russian writes a name on a formal page.
    expect(text).toContain('Новак Мия Ивановна');
    expect(text).toContain('+44 20 7946 0123');
    for (const when of RU_WHEN) expect(text).toContain(when);
    expect(text).toContain('Отсканируйте, чтобы добавить визиты в календарь телефона');
  });

  it('gives identical bytes for the same input, with Noto Sans embedded and tags', async () => {
    const a = await renderAppointmentCard(EN);
    const b = await renderAppointmentCard(EN);
    expect(a.equals(b)).toBe(true);
    const { file, info } = readPdf(a);
    expect(info.Tagged).toBe('yes');
    expect(info.CreationDate).toContain('2025');
    const fonts = fontsOf(file);
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) {
      expect(f.name).toMatch(/NotoSans/);
      expect(f.embedded).toBe(true);
    }
  });

  it('counts the visits that do not fit and says how many the QR code holds', async () => {
    const many = Array.from({ length: 9 }, (_, i) =>
      visit(
        `2025-${String(i + 3).padStart(2, '0')}-03`,
        '09:30',
        `2025-${String(i + 3).padStart(2, '0')}-03T08:30:00.000Z`,
      ),
    );
    const { text } = readPdf(await renderAppointmentCard({ ...EN, visits: many }));
    expect(text).toMatch(/and \d more: ask us for the full list/);
    expect(text).toMatch(/The code holds your next (\d visits|visit); all 9 are in the calendar file\./);
  });

  it('says when nothing is booked, and prints no QR code', async () => {
    const { text } = readPdf(await renderAppointmentCard({ ...EN, visits: [] }));
    expect(text).toContain('No visits are booked yet');
    expect(text).not.toContain('Scan to add');
  });

  it('refuses a name the fonts cannot print, naming the field', async () => {
    const input = { ...EN, child: { firstName: 'Mia 😀', lastName: 'Novak' } };
    await expect(renderAppointmentCard(input)).rejects.toBeInstanceOf(UnprintableCharacterError);
    await expect(renderAppointmentCard(input)).rejects.toMatchObject({ path: 'child.firstName' });
  });
});

describe('follow-up sheet (A4)', () => {
  it('adds the plan’s course and break dates and a notes line (en)', async () => {
    const { text, info } = readPdf(await renderAppointmentCard({ ...EN, layout: 'A4' }));
    expect(info['Page size']).toMatch(/^595\.2\d? x 841\.8\d? pts \(A4\)/);
    expect(text).toContain('Mia Novak');
    expect(text).toContain('+44 20 7946 0123');
    for (const [date, time] of [
      ['Tue 3 June 2025', '09:30'],
      ['Tue 15 July 2025', '14:00'],
      ['Tue 2 September 2025', '10:20'],
    ]) {
      expect(text).toContain(date);
      expect(text).toContain(time);
    }
    expect(text).toContain('Course 1 5 May 2025 – 1 June 2025 28 days');
    expect(text).toContain('Break 2 June 2025 – 15 June 2025 14 days');
    expect(text).toContain('Course 2 16 June 2025 – 13 July 2025 28 days');
    expect(text).toContain('Notes');
    expect(text).toContain('page 1 of 1');
  });

  it('prints the same in Russian, days in the right plural', async () => {
    const { text } = readPdf(await renderAppointmentCard({ ...RU, layout: 'A4' }));
    for (const date of ['вт, 3 июня 2025', 'вт, 15 июля 2025', 'вт, 2 сентября 2025']) expect(text).toContain(date);
    expect(text).toContain('Курс 1 5 мая 2025 – 1 июня 2025 28 дней');
    expect(text).toContain('Перерыв 2 июня 2025 – 15 июня 2025 14 дней');
    expect(text).toContain('Заметки');
    expect(text).toContain('стр. 1 из 1');
  });

  it('leaves the plan out when there is none', async () => {
    const { text } = readPdf(await renderAppointmentCard({ ...EN, layout: 'A4', plan: null }));
    expect(text).not.toContain('Course 1');
    expect(text).toContain('Notes');
  });
});

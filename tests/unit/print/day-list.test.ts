import { describe, expect, it } from 'vitest';
import {
  renderDayList,
  type DayListRenderInput,
  type DayListRow,
} from '../../../electron/pdf/day-list/render-day-list';
import { ageText } from '../../../electron/pdf/day-list/header';
import { DAY_LIST_TEXTS } from '../../../electron/pdf/day-list/texts';
import { UnprintableCharacterError } from '../../../electron/pdf/booklet/errors';
import { readPdf } from './print-helpers';

const row = (i: number, extra: Partial<DayListRow> = {}): DayListRow => ({
  start: `${String(9 + Math.floor(i / 3)).padStart(2, '0')}:${String((i % 3) * 20).padStart(2, '0')}`,
  end: `${String(9 + Math.floor(i / 3)).padStart(2, '0')}:${String((i % 3) * 20 + 15).padStart(2, '0')}`,
  durationMinutes: 15,
  child: { firstName: `Child${i}`, lastName: 'Novak', dateOfBirth: '2020-05-17' },
  guardian: { name: `Parent${i}`, phone: `+44 7700 9000${String(i).padStart(2, '0')}` },
  typeName: 'Follow-up',
  status: 'booked',
  ...extra,
});

const INPUT: DayListRenderInput = {
  clinic: { name: 'Little Steps', phone: '+44 20 7946 0123' },
  date: '2025-06-03',
  clinician: null,
  groups: [
    {
      clinician: { name: 'Dr. A', title: 'Podiatrist' },
      rows: [row(0, { status: 'attended' }), row(1, { status: 'no_show' }), row(2, { guardian: null })],
    },
    { clinician: { name: 'Dr. B', title: 'Orthopedist' }, rows: [row(3)] },
  ],
  language: 'en',
  generatedAt: '2025-06-03T06:12:00Z',
  printedAt: { date: '2025-06-03', time: '08:12' },
};

describe('day list', () => {
  it('prints the day, each clinician with their visits, and the printing time', async () => {
    const { text, info } = readPdf(await renderDayList(INPUT));
    expect(info['Page size']).toMatch(/\(A4\)/);
    expect(text).toContain('Tuesday 3 June 2025');
    expect(text).toContain('Dr. A, Podiatrist · 3 visits');
    expect(text).toContain('Dr. B, Orthopedist · 1 visit');
    for (const i of [0, 1, 2, 3]) expect(text).toContain(`Child${i} Novak`);
    expect(text).toContain('09:00–09:15');
    expect(text).toContain('+44 7700 900001');
    expect(text).toMatch(/attended/);
    expect(text).toMatch(/no-show/);
    expect(text).toContain('Printed 3 June 2025, 08:12');
    expect(text).toContain('page 1 of 1');
  });

  it('runs on over pages with the header repeated, and gives the same bytes twice', async () => {
    const long = {
      ...INPUT,
      groups: [{ clinician: { name: 'Dr. A', title: '' }, rows: Array.from({ length: 40 }, (_, i) => row(i)) }],
    };
    const bytes = await renderDayList(long);
    expect(bytes.equals(await renderDayList(long))).toBe(true);
    const { text, info } = readPdf(bytes);
    expect(Number(info.Pages)).toBeGreaterThan(1);
    expect(text).toContain(`page ${info.Pages} of ${info.Pages}`);
    expect(text).toContain('Dr. A · 40 visits (continued)');
    for (let i = 0; i < 40; i++) expect(text).toContain(`Child${i} Novak`);
  });

  it('prints in Russian, with ages in the right plural', async () => {
    const { text } = readPdf(await renderDayList({ ...INPUT, language: 'ru' }));
    expect(text).toContain('вторник, 3 июня 2025');
    expect(text).toContain('Dr. A, Podiatrist · 3 визита');
    expect(text).toContain('стр. 1 из 1');
    const t = DAY_LIST_TEXTS.ru;
    expect(ageText(t, '2020-05-17', '2025-06-03')).toBe('5 лет');
    expect(ageText(t, '2021-03-17', '2025-06-03')).toBe('4 года 2 мес.');
    expect(ageText(t, '2024-01-01', '2025-06-03')).toBe('1 год 5 мес.');
    expect(ageText(DAY_LIST_TEXTS.en, '2024-11-01', '2025-06-03')).toBe('7 m');
  });

  it('says so when nobody is booked', async () => {
    const { text } = readPdf(await renderDayList({ ...INPUT, groups: [] }));
    expect(text).toContain('No visits are booked on this day.');
  });

  it('refuses a name the fonts cannot print', async () => {
    const bad = {
      ...INPUT,
      groups: [{ clinician: { name: 'Dr. A', title: '' }, rows: [row(0, { typeName: '検査' })] }],
    };
    await expect(renderDayList(bad)).rejects.toBeInstanceOf(UnprintableCharacterError);
    await expect(renderDayList(bad)).rejects.toMatchObject({
      path: 'groups.0.rows.0.typeName',
      field: 'appointment type',
    });
  });
});

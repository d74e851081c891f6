import { describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { courseCode, PlanChoices, type ReturnEntry } from '../../../shared/contract';
import type { Database } from '../../../electron/db/schema';
import {
  adherenceOf,
  adherenceSummary,
  courseReturnHistory,
  courseSheet,
  saveCourseReturn,
} from '../../../electron/services/clinical/adherence';
import { issueBooklet } from '../../../electron/services/booklets/booklets';
import { createAssessment } from '../../../electron/services/clinical/assessments';
import { updateSettings } from '../../../electron/services/settings/settings';
import { serviceDb } from '../test-db';
import { assessment, childWithClinician } from './assessment-fixture';

const course14 = {
  days: Array.from({ length: 14 }, (_, i) => ({ day: i + 1, date: `2027-01-${String(11 + i).padStart(2, '0')}` })),
} as Parameters<typeof adherenceOf>[2];
const everyDay = (items: string[], n = 14) =>
  Array.from({ length: n }, (_, i) => ({ day: i + 1, done: items, skipped: null, mood: null }));

describe('adherence arithmetic', () => {
  const items = ['part_a', 'X05'];

  it('is done ÷ planned per item and overall', () => {
    const days = everyDay(['part_a', 'X05']).map((d, i) => (i < 4 ? { ...d, done: ['part_a'] } : d));
    const a = adherenceOf({ kind: 'grid', days }, items, course14, '2027-02-01');
    expect(a).toEqual({ overall: (14 + 10) / 28, perItem: { part_a: 1, X05: 10 / 14 }, plannedDays: 14 });
  });

  it('does not count days skipped for illness, fever or a rash; an upset child’s day was planned', () => {
    const days = everyDay(['part_a', 'X05']).map((d, i) =>
      i === 0
        ? { ...d, done: [], skipped: 'ill' as const }
        : i === 1
          ? { ...d, done: [], skipped: 'upset' as const }
          : d,
    );
    const a = adherenceOf({ kind: 'grid', days }, items, course14, '2027-02-01');
    expect(a.plannedDays).toBe(13);
    expect(a.perItem).toEqual({ part_a: 12 / 13, X05: 12 / 13 });
  });

  it('counts only the days up to the entry for a page returned mid-course (a partial week)', () => {
    const a = adherenceOf({ kind: 'grid', days: everyDay(['part_a'], 5) }, items, course14, '2027-01-17');
    expect(a).toEqual({ overall: 5 / 14, perItem: { part_a: 5 / 7, X05: 0 }, plannedDays: 7 });
  });

  it('a page not returned has no figure at all (never 0 %); an estimate is what the family said', () => {
    expect(adherenceOf({ kind: 'not_returned' }, items, course14, '2027-02-01')).toMatchObject({
      overall: null,
      perItem: { part_a: null, X05: null },
    });
    expect(adherenceOf({ kind: 'estimate', percent: 70 }, items, course14, '2027-02-01').overall).toBe(0.7);
  });
});

async function planned(db: Kysely<Database>) {
  const { patient, clinician } = await childWithClinician(db);
  const a = await createAssessment(db, assessment(patient.id, clinician.id, { assessedOn: '2027-01-04' }));
  const choices = PlanChoices.parse({ settings: { startDate: '2027-01-11' }, language: 'en', paper: 'A4' });
  const issue = (mode: 'new' | 'continue', now: Date) =>
    issueBooklet(
      db,
      { patientId: patient.id, assessmentId: a.id, choices, plan: mode, action: 'download' },
      { now: () => now },
    );
  await issue('new', new Date(2027, 0, 4, 10));
  return { patientId: patient.id, planStart: '2027-01-11', issue };
}

describe('returned calendar pages', () => {
  it('opens a course by the code on its page, with the page’s tick columns and days', async () => {
    const { db } = await serviceDb();
    const { patientId, planStart } = await planned(db);
    const code = courseCode(patientId, planStart, 2);
    expect(code).toBe(`${patientId}-270111-2`);
    const sheet = await courseSheet(db, { code });
    expect(sheet).toMatchObject({ patientId, planStart, course: 2, code, latest: null });
    expect(sheet.items.map((i) => i.label)).toEqual([
      'Part A',
      'Part B',
      'Mat',
      'Circles',
      'Monkey feet',
      'Cross-legged',
      'Squats',
      'Foot bath',
    ]);
    expect(sheet.days).toHaveLength(14);
    await expect(courseSheet(db, { code: 'not a code' })).rejects.toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'code', message: 'courseCode' }],
    });
    await expect(courseSheet(db, { patientId, planStart, course: 40 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  }, 30_000);

  it('keeps every entry with who made it and when; the latest is shown; a continued plan keeps them', async () => {
    const { db } = await serviceDb();
    const { patientId, planStart, issue } = await planned(db);
    const ref = { patientId, planStart, course: 1 };
    const first: ReturnEntry = { kind: 'estimate', percent: 50 };
    await saveCourseReturn(db, { ...ref, entry: first, enteredBy: 'Front desk' }, new Date(2027, 0, 26, 9));
    const sheet = await courseSheet(db, ref);
    const all = sheet.items.map((i) => i.id);
    const grid: ReturnEntry = { kind: 'grid', days: everyDay(all) };
    await saveCourseReturn(db, { ...ref, entry: grid, enteredBy: 'Dr. Ana Kovač' }, new Date(2027, 0, 26, 10));
    await issue('continue', new Date(2027, 0, 26, 11));
    const history = await courseReturnHistory(db, ref);
    expect(history.map((h) => [h.enteredBy, h.entry.kind, h.adherence.overall])).toEqual([
      ['Dr. Ana Kovač', 'grid', 1],
      ['Front desk', 'estimate', 0.5],
    ]);
    expect((await courseSheet(db, ref)).latest).toMatchObject({ enteredBy: 'Dr. Ana Kovač', entry: { kind: 'grid' } });
  }, 30_000);

  it('refuses a page that does not fit the course, naming the field, and stores nothing', async () => {
    const { db } = await serviceDb();
    const { patientId, planStart } = await planned(db);
    const ref = { patientId, planStart, course: 1 };
    await expect(
      saveCourseReturn(db, { ...ref, entry: { kind: 'grid', days: everyDay(['M05']) }, enteredBy: 'Front desk' }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'entry.days.0.done.0', message: 'itemNotOnPage' }],
    });
    await expect(
      saveCourseReturn(db, {
        ...ref,
        entry: { kind: 'grid', days: everyDay(['part_a'], 15) },
        enteredBy: 'Front desk',
      }),
    ).rejects.toMatchObject({ issues: [{ path: 'entry.days.14.day', message: 'dayNotInCourse' }] });
    expect(await courseReturnHistory(db, ref)).toEqual([]);
  }, 30_000);

  it('lists every course of the plan: returned, not returned (no figure), running, ahead', async () => {
    const { db } = await serviceDb();
    const { patientId, planStart } = await planned(db);
    const sheet = await courseSheet(db, { patientId, planStart, course: 1 });
    const half = sheet.items.map((i) => i.id).slice(0, 4);
    await saveCourseReturn(
      db,
      { patientId, planStart, course: 1, entry: { kind: 'grid', days: everyDay(half) }, enteredBy: 'Front desk' },
      new Date(2027, 1, 1),
    );
    await saveCourseReturn(
      db,
      { patientId, planStart, course: 2, entry: { kind: 'not_returned' }, enteredBy: 'Front desk' },
      new Date(2027, 2, 20),
    );
    // 10 April 2027: course 3 (5-18 Apr) is running, course 4 (from 17 May) ahead.
    const summary = await adherenceSummary(db, patientId, new Date(2027, 3, 10));
    expect(summary.slice(0, 4).map((c) => [c.course, c.status, c.adherence?.overall ?? null])).toEqual([
      [1, 'returned', 0.5],
      [2, 'not_returned', null],
      [3, 'running', null],
      [4, 'ahead', null],
    ]);
  }, 30_000);
});

describe('the next booklet', () => {
  it('suggests not stepping up when the last returned course is below the threshold, naming what was managed', async () => {
    const { db } = await serviceDb();
    const { patientId, planStart } = await planned(db);
    const { draftBooklet } = await import('../../../electron/services/booklets/compose');
    expect((await draftBooklet(db, patientId, new Date(2027, 0, 26))).adherence).toBeNull();
    const sheet = await courseSheet(db, { patientId, planStart, course: 1 });
    const [partA, partB] = sheet.items;
    const days = everyDay([partA!.id, partB!.id]);
    await saveCourseReturn(
      db,
      { patientId, planStart, course: 1, entry: { kind: 'grid', days }, enteredBy: 'Front desk' },
      new Date(2027, 0, 26),
    );
    const hint = (await draftBooklet(db, patientId, new Date(2027, 0, 26))).adherence!;
    expect(hint).toMatchObject({ course: 1, status: 'returned', overall: 2 / 8, threshold: 0.5, below: true });
    expect(hint.managed.map((i) => i.label)).toEqual(['Part A', 'Part B']);
    expect(hint.missed).toHaveLength(6);
    // The clinic's threshold decides: at 20 % the same page is not below it.
    await updateSettings(db, { adherenceThreshold: 20 });
    expect((await draftBooklet(db, patientId, new Date(2027, 0, 26))).adherence).toMatchObject({
      threshold: 0.2,
      below: false,
    });
  }, 30_000);
});

describe('the child’s export', () => {
  it('holds the whole record with every returned page and its adherence', async () => {
    const { db } = await serviceDb();
    const { patientId, planStart } = await planned(db);
    await saveCourseReturn(
      db,
      { patientId, planStart, course: 1, entry: { kind: 'estimate', percent: 40 }, enteredBy: 'Front desk' },
      new Date(2027, 0, 26),
    );
    const { exportChild } = await import('../../../electron/services/patients/export');
    const file = await exportChild(db, patientId, new Date(2027, 0, 27));
    expect(file.fileName).toBe('Valgo – Novak Mia – Record – 2027-01-27.json');
    const record = JSON.parse(file.json);
    expect(record).toMatchObject({
      format: 1,
      child: { firstName: 'Mia', lastName: 'Novak' },
      assessments: [{ assessedOn: '2027-01-04' }],
      carePlans: [{ startDate: planStart, current: true }],
      booklets: [{ kind: 'full' }],
    });
    expect(record.adherence.returnedPages).toEqual([
      expect.objectContaining({
        course: 1,
        enteredBy: 'Front desk',
        adherence: expect.objectContaining({ overall: 0.4 }),
      }),
    ]);
    expect(record.adherence.courses[0]).toMatchObject({ course: 1, status: 'estimate' });
  }, 30_000);
});

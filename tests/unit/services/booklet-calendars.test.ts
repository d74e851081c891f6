/*
 * How many course calendars a booklet prints: the clinician's choice in PlanChoices, else the
 * clinic's default in Settings, applied by main when it composes the booklet. Choices stored
 * before the choice existed still parse, and then follow the clinic's default.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { DEFAULT_SETTINGS, PlanChoices, Settings, type PlanChoicesInput } from '../../../shared/contract';
import type { Database } from '../../../electron/db/schema';
import { composeBooklet } from '../../../electron/services/booklets/compose';
import { previewBooklet } from '../../../electron/services/booklets/booklets';
import { createAssessment } from '../../../electron/services/clinical/assessments';
import { getSettings, updateSettings } from '../../../electron/services/settings/settings';
import { serviceDb } from '../test-db';
import { assessment, childWithClinician } from './assessment-fixture';

const NOW = new Date(2027, 0, 4, 10, 0);

const choices = (extra: Partial<PlanChoicesInput> = {}) =>
  PlanChoices.parse({
    settings: { startDate: '2027-01-11', horizonMonths: 18 },
    language: 'en',
    paper: 'A4',
    ...extra,
  });

async function assessedChild(db: Kysely<Database>) {
  const { patient, clinician } = await childWithClinician(db);
  const a = await createAssessment(db, assessment(patient.id, clinician.id, { assessedOn: '2027-01-04' }));
  return { patientId: patient.id, assessmentId: a.id };
}

const popplerMissing = spawnSync('pdftotext', ['-v']).error !== undefined;

function pdfText(base64: string): string {
  const r = spawnSync('pdftotext', ['-raw', '-', '-'], { input: Buffer.from(base64, 'base64'), encoding: 'utf8' });
  return r.stdout.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ');
}

describe('calendars per booklet', () => {
  it('the clinic default is the next 3 courses, and an unknown stored value falls back to it', async () => {
    const { db } = await serviceDb();
    expect(DEFAULT_SETTINGS.calendarCourses).toBe(3);
    expect((await getSettings(db)).calendarCourses).toBe(3);
    await db.insertInto('settings').values({ key: 'calendarCourses', value: '40' }).execute();
    expect((await getSettings(db)).calendarCourses).toBe(3);
    expect((await updateSettings(db, { calendarCourses: 'all' })).calendarCourses).toBe('all');
    expect(Settings.shape.calendarCourses.safeParse(0).success).toBe(false);
    expect(Settings.shape.calendarCourses.safeParse(13).success).toBe(false);
    expect(Settings.shape.calendarCourses.safeParse(12).success).toBe(true);
  });

  it('choices stored before the choice existed still parse, without one', () => {
    const stored = JSON.parse(JSON.stringify(choices())) as Record<string, unknown>;
    delete stored.calendarCourses;
    expect(PlanChoices.parse(stored).calendarCourses).toBeUndefined();
    expect(PlanChoices.safeParse({ ...stored, calendarCourses: 'some' }).success).toBe(false);
  });

  it('main applies the clinic default when the clinician chose none, and the choice when there is one', async () => {
    const { db } = await serviceDb();
    const ids = await assessedChild(db);
    const compose = async (c: PlanChoices) => (await composeBooklet(db, { ...ids, choices: c }, NOW)).request;
    expect((await compose(choices())).calendarCourses).toBe(3);
    await updateSettings(db, { calendarCourses: 'all' });
    expect((await compose(choices())).calendarCourses).toBe('all');
    expect((await compose(choices({ calendarCourses: 2 }))).calendarCourses).toBe(2);
  });

  it.skipIf(popplerMissing)(
    'the preview prints the next courses only, and says when the next calendars come',
    async () => {
      const { db } = await serviceDb();
      const ids = await assessedChild(db);
      const preview = await previewBooklet(db, { ...ids, choices: choices() }, { now: () => NOW });
      const text = pdfText(preview.pdf!.pdfBase64);
      const plan = preview.plan.status === 'ok' ? preview.plan.plan : null;
      const total = plan!.calendar!.courses.length;
      expect(total).toBeGreaterThan(3);
      expect(text.match(/Course \d+ of about \d+/g)).toEqual([1, 2, 3].map((n) => `Course ${n} of about ${total}`));
      // Nothing is booked: the first check-up (after course 1) at its due date.
      const first = preview.checkups[0]!;
      expect(first.dueOn > '2027-01-11').toBe(true);
      const due = new Date(`${first.dueOn}T00:00:00Z`).toLocaleDateString('en-GB', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      });
      expect(text).toContain(
        `Calendars in this booklet: courses 1–3. You will get the next ones at your check-up on ${due}.`,
      );
    },
  );
});

import fs from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { test, expect } from './valgo-server';
import { call, fillDate, pdfText, seedAssessment, seedChild, seedClinician } from './page-api';

/*
 * One care plan, end to end: the booklet's check-up dates are the ones the front desk books, the
 * card and the calendar file carry, the next booklet prints, and the recall list calls about.
 */

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const daysFromToday = (n: number) => {
  const d = new Date();
  d.setHours(12, 0, 0, 0);
  d.setDate(d.getDate() + n);
  return iso(d);
};
/** As the English booklet prints a date: 1 February 2027. */
const longDate = (date: string) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
/** The PDF's text with non-breaking spaces as spaces and whitespace collapsed. */
const flat = async (bytes: Uint8Array) => (await pdfText(bytes)).replace(/\u00a0/g, ' ').replace(/\s+/g, ' ');
const bytesOf = async (download: Download) => new Uint8Array(fs.readFileSync((await download.path())!));

interface Checkup {
  id: number;
  dueOn: string;
  purpose: 'after_course' | 'every_months' | 'end_of_horizon';
  course: number | null;
  state: string;
  visit: { date: string; start: string } | null;
}
const purposeText = (c: Checkup) =>
  c.purpose === 'after_course'
    ? `Check-up after course ${c.course}`
    : c.purpose === 'every_months'
      ? 'Regular check-up'
      : 'End-of-plan check-up';

async function seed(page: Page) {
  await call(page, 'settings:update', { clinicName: 'Little Steps', clinicPhone: '+44 20 7946 0123' });
  const clinician = await seedClinician(page, '');
  const intervals = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '09:00', end: '17:00' }));
  await call(page, 'diary:hours:set', { clinicianId: clinician.id, intervals });
  const addChild = async (firstName: string, lastName: string) => {
    const child = await seedChild(page, firstName, lastName);
    const assessment = await seedAssessment(page, {
      patientId: child.id,
      clinicianId: clinician.id,
      assessedOn: daysFromToday(0),
      left: 1,
      right: 1,
    });
    return { id: child.id, assessmentId: assessment.id };
  };
  return { mia: await addChild('Mia', 'Sokolova'), leo: await addChild('Leo', 'Horvat') };
}

test('one plan: the booklet, the bookings, the card, the .ics, the next booklet and the recall list agree', async ({
  page,
  openApp,
}) => {
  test.setTimeout(180_000);
  // Headless Chromium cannot print a PDF from a frame: the card is downloaded instead.
  await page.addInitScript(() =>
    Object.defineProperty(Navigator.prototype, 'pdfViewerEnabled', { get: () => false, configurable: true }),
  );
  await openApp('#/children');
  const { mia, leo } = await seed(page);
  const base = page.url().replace(/#.*$/, '');

  // 1. The clinician prepares Mia's booklet: start in two weeks, 21-day courses, 8 squats, an own step.
  const start = daysFromToday(14);
  await page.goto(`${base}#/children/${mia.id}/booklet`);
  await expect(page.getByRole('heading', { name: 'Prepare booklet' })).toBeVisible();
  await fillDate(page.getByLabel('Start date'), start);
  await page.getByLabel('Course length').fill('21');
  await page.getByRole('group', { name: 'Squats' }).getByLabel('Repetitions').fill('8');
  await page.getByRole('button', { name: 'Add a step' }).click();
  // The step's group is named by its title: find it as the first of the clinician's own steps.
  const own = page.getByRole('region', { name: 'Your own steps' }).getByRole('group').first();
  await own.getByLabel('Title').fill('Marble pick-up');
  await own.getByLabel('What to do').fill('Pick up ten marbles with the toes, one at a time, into a cup.');
  const settled = page.waitForResponse(
    (r) =>
      r.url().endsWith('/api/booklets%3Apreview') &&
      JSON.parse(r.request().postData()!).choices.customSteps?.[0]?.text?.startsWith('Pick up ten marbles'),
    { timeout: 30_000 },
  );
  await settled;
  const firstDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PDF' }).click();
  const firstBooklet = await flat(await bytesOf(await firstDownload));
  await expect(page.getByText('Downloaded and archived')).toBeVisible();

  // The stored plan's check-ups are the dates the booklet printed.
  const schedule = await call<{ startDate: string; checkups: Checkup[] }>(page, 'care-plans:schedule', {
    patientId: mia.id,
  });
  expect(schedule.startDate).toBe(start);
  expect(schedule.checkups[0]).toMatchObject({ purpose: 'after_course', course: 1, dueOn: daysFromToday(14 + 21) });
  for (const c of schedule.checkups) expect(firstBooklet).toContain(`${purposeText(c)}: ${longDate(c.dueOn)}`);
  expect(firstBooklet).toContain('Marble pick-up');

  // 2. The front desk opens "Book follow-ups": exactly the booklet's dates are proposed.
  const proposed = page.waitForRequest((r) => r.url().endsWith('/api/slots%3Apropose'));
  await page.goto(`${base}#/children/${mia.id}/book`);
  await expect(page.getByRole('heading', { name: 'Book follow-ups' })).toBeVisible();
  const asked = JSON.parse((await proposed).postData()!) as { proposals: { dueOn: string }[] };
  expect(asked.proposals.map((p) => p.dueOn)).toEqual(schedule.checkups.map((c) => c.dueOn));
  const cards = page.getByRole('list', { name: 'Check-ups of the plan' }).getByRole('listitem');
  await expect(cards).toHaveCount(schedule.checkups.length);
  await expect(cards.first()).toContainText('Check-up after course 1');
  await expect(cards.first().getByRole('radio', { checked: true })).toBeVisible();
  const booking = page.waitForResponse((r) => r.url().endsWith('/api/appointments%3Abook-plan'));
  await page.getByRole('button', { name: 'Book all' }).click();
  const booked = (
    (await (await booking).json()) as {
      value: { bookings: { appointment: { id: number; date: string; start: string; startsAt: string } }[] };
    }
  ).value.bookings.map((b) => b.appointment);
  expect(booked).toHaveLength(schedule.checkups.length);
  await expect(page.getByRole('heading', { name: `${booked.length} check-ups booked for Mia Sokolova` })).toBeVisible();
  const afterBooking = await call<{ checkups: Checkup[] }>(page, 'care-plans:schedule', { patientId: mia.id });
  expect(afterBooking.checkups.map((c) => [c.state, c.visit?.date])).toEqual(booked.map((b) => ['booked', b.date]));

  // 3. The card names each visit's purpose; the .ics holds every visit at its instant, with UIDs.
  const cardDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Print card' }).click();
  const card = await flat(await bytesOf(await cardDownload));
  expect(card).toContain('Mia');
  expect(card).toContain('Check-up after course 1');
  const icsDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Add to calendar (.ics)' }).click();
  const ics = fs.readFileSync((await (await icsDownload).path())!, 'utf8');
  const utc = (instant: string) =>
    new Date(instant)
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}/, '');
  for (const a of booked) expect(ics).toContain(`DTSTART:${utc(a.startsAt)}`);
  expect(ics.match(/^UID:/gm)).toHaveLength(booked.length);

  // The diary shows the first one on its day.
  await page.goto(`${base}#/diary?date=${booked[0]!.date}`);
  await expect(page.locator(`[data-visit="${booked[0]!.id}"]`)).toHaveAttribute('data-start', booked[0]!.start);

  // 4. At the next visit the clinician continues the plan: doses and own steps carried over.
  await page.goto(`${base}#/children/${mia.id}/booklet`);
  await expect(page.getByRole('button', { name: 'Continue the current plan' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('group', { name: 'Squats' }).getByLabel('Repetitions')).toHaveValue('8');
  await expect(page.getByRole('group', { name: 'Marble pick-up' }).getByLabel('Title')).toHaveValue('Marble pick-up');
  await expect(page.getByLabel('Course length')).toHaveValue('21');
  const secondDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PDF' }).click();
  const secondBooklet = await flat(await bytesOf(await secondDownload));
  // Each check-up once, at its booked date and time, never at its proposed date beside it.
  const fmtVisit = (b: { date: string; start: string }) => `${longDate(b.date)}, ${b.start}`;
  afterBooking.checkups.forEach((c, i) => {
    expect(secondBooklet).toContain(`${purposeText(c)}: ${fmtVisit(booked[i]!)}`);
  });
  expect(secondBooklet.match(/Check-up after course 1:/g)).toHaveLength(1);
  const plans = await call<{ mode: string; current: boolean }[]>(page, 'care-plans:list', { patientId: mia.id });
  expect(plans.map((p) => [p.mode, p.current])).toEqual([
    ['continue', true],
    ['new', false],
  ]);
  const open = await call<{ checkups: Checkup[] }>(page, 'care-plans:schedule', { patientId: mia.id });
  expect(open.checkups).toHaveLength(afterBooking.checkups.length);

  // 5. Leo's plan is issued but nothing is booked: his check-up due today puts him on the recall list.
  await call(page, 'booklets:issue', {
    patientId: leo.id,
    assessmentId: leo.assessmentId,
    choices: { settings: { startDate: daysFromToday(-14) }, language: 'en', paper: 'A4' },
    plan: 'new',
    action: 'download',
  });
  await page.goto(`${base}#/recall`);
  const row = page.getByRole('row', { name: 'Leo Horvat' });
  await expect(row).toBeVisible();
  await expect(row).toContainText('Check-up after course 1');
  await expect(page.getByRole('row', { name: 'Mia Sokolova' })).toHaveCount(0);
});

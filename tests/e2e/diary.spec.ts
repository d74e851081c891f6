import fs from 'node:fs';
import { test, expect } from './valgo-server';
import { call, fillTime, pdfText, pickerField, seedChild, seedClinician } from './page-api';

function isoToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

interface Booked {
  appointment: { id: number; date: string; start: string; startsAt: string };
}

test('working hours in Settings, book the plan’s follow-ups, see them in the diary, card PDF and .ics', async ({
  page,
  openApp,
}) => {
  test.setTimeout(120_000);
  // Headless Chromium's PDF viewer crashes the page when asked to print from a frame: the app then
  // downloads the card instead, as it does in a browser without a PDF viewer.
  await page.addInitScript(() =>
    Object.defineProperty(Navigator.prototype, 'pdfViewerEnabled', { get: () => false, configurable: true }),
  );
  await openApp('#/children');
  const clinician = await seedClinician(page);

  // Settings → Diary: Monday 09:00-13:00 and 14:00-18:00, copied to the other weekdays; Saturday morning too.
  await page.goto(page.url().replace(/#.*$/, '') + '#/settings/diary');
  const week = page.getByRole('group', { name: 'Working week of Dr Irina Volkova' });
  const monday = week.getByRole('group', { name: 'Monday', exact: true });
  const hours = (day: string, n: number, part: 'From' | 'Until') =>
    week.getByRole('group', { name: `${day}, hours ${n}`, exact: true }).getByLabel(part, { exact: true });
  await monday.getByRole('button', { name: 'Add hours on Monday' }).click();
  await fillTime(hours('Monday', 1, 'Until'), '13:00');
  await monday.getByRole('button', { name: 'Add hours on Monday' }).click();
  await expect(pickerField(hours('Monday', 2, 'From')).locator('input')).toHaveValue('14:00');
  await page.getByRole('button', { name: 'Copy Monday to Tuesday–Friday' }).click();
  await week.getByRole('button', { name: 'Add hours on Saturday' }).click();
  await fillTime(hours('Saturday', 1, 'Until'), '13:00');
  await page.getByRole('button', { name: 'Save hours of Dr Irina Volkova' }).click();
  await expect(page.getByText('Working hours of Dr Irina Volkova saved')).toBeVisible();
  const setup = await call<{ hours: { clinicianId: number; intervals: unknown[] }[] }>(page, 'diary:setup:get', {});
  expect(setup.hours).toEqual([{ clinicianId: clinician.id, intervals: expect.any(Array) }]);
  expect(setup.hours[0]!.intervals).toHaveLength(11);

  // A child with an assessment: degree 1, flexible, so the plan proposes follow-ups.
  const child = await seedChild(page);
  const foot = { degree: 1, method: 'clinical', flexible: 'yes', heelAngle: 8 };
  await call(page, 'assessments:create', {
    patientId: child.id,
    clinicianId: clinician.id,
    assessedOn: isoToday(),
    left: foot,
    right: foot,
    redFlags: [],
    weightKg: null,
    heightCm: null,
    overweight: false,
    notes: '',
  });

  // The clinician issues the booklet: its plan's check-ups are what the front desk books.
  await call(page, 'settings:update', { clinicPhone: '+7 495 765-43-21' });
  await call(page, 'booklets:issue', {
    patientId: child.id,
    assessmentId: (await call<{ id: number }[]>(page, 'assessments:list', { patientId: child.id }))[0]!.id,
    choices: { settings: { startDate: isoToday() }, language: 'en', paper: 'A4' },
    plan: 'new',
    action: 'download',
  });

  // Book follow-ups: the nearest slots are chosen already; one click books them all.
  await page.goto(page.url().replace(/#.*$/, '') + `#/children/${child.id}/book`);
  await expect(page.getByRole('heading', { name: 'Book follow-ups' })).toBeVisible();
  const visits = page.getByRole('list', { name: 'Check-ups of the plan' }).getByRole('listitem');
  await expect(visits.first().getByRole('radio', { checked: true })).toBeVisible();
  const proposed = await visits.count();
  expect(proposed).toBeGreaterThanOrEqual(3);
  const booking = page.waitForResponse((r) => r.url().endsWith('/api/appointments%3Abook-plan'));
  await page.getByRole('button', { name: 'Book all' }).click();
  const bookedEnvelope = (await (await booking).json()) as { ok: true; value: { bookings: Booked[] } };
  const booked = bookedEnvelope.value.bookings.map((b) => b.appointment);
  expect(booked).toHaveLength(proposed);
  await expect(page.getByRole('heading', { name: `${proposed} check-ups booked for Mia Sokolova` })).toBeVisible();

  // The card: browser mode downloads the PDF bytes and prints them here.
  const cardResponse = page.waitForResponse((r) => r.url().endsWith('/api/appointments%3Acard'));
  const cardDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Print card' }).click();
  const card = await cardResponse;
  expect((await cardDownload).suggestedFilename()).toBe(`Valgo – Sokolova Mia – Appointment card – ${isoToday()}.pdf`);
  expect(JSON.parse(card.request().postData()!)).toEqual({ patientId: child.id, layout: 'A6', action: 'download' });
  const cardEnvelope = (await card.json()) as { ok: true; value: { pdf: { pdfBase64: string } } };
  const bytes = new Uint8Array(Buffer.from(cardEnvelope.value.pdf.pdfBase64, 'base64'));
  expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
  const text = await pdfText(bytes);
  expect(text).toContain('Mia');
  expect(text).toContain('Sokolova');

  // The .ics file holds every booked visit.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Add to calendar (.ics)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`Valgo – Sokolova Mia – Visits – ${isoToday()}.ics`);
  const ics = fs.readFileSync((await file.path())!, 'utf8');
  expect(ics).toContain('BEGIN:VCALENDAR');
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(proposed);
  // Each visit at its instant, in UTC (20261215T080000Z).
  const utc = (iso: string) =>
    new Date(iso)
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}/, '');
  for (const a of booked) expect(ics).toContain(`DTSTART:${utc(a.startsAt)}`);
  await expect(page.getByText(`Calendar file saved with ${proposed} visits`)).toBeVisible();

  // The diary shows the first booked visit on its day, at its time.
  const first = booked[0]!;
  await page.getByRole('button', { name: 'Open the diary' }).click();
  await expect(page).toHaveURL(new RegExp(`#/diary\\?date=${first.date}`));
  const block = page.locator(`[data-visit="${first.id}"]`);
  await expect(block).toBeVisible();
  await expect(block).toHaveAttribute('data-start', first.start);
  await expect(block).toHaveAccessibleName(/Sokolova, Mia.*Follow-up.*Booked/);

  // Open it, and the week view of that clinician holds it too.
  await block.click();
  const dialog = page.getByRole('dialog', { name: /Mia Sokolova/ });
  await expect(dialog.getByText('Dr Irina Volkova')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Week' }).click();
  await expect(page.locator('[data-column]')).toHaveCount(7);
  await expect(page.locator(`[data-visit="${first.id}"]`)).toBeVisible();
});

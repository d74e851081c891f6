import fs from 'node:fs';
import { test, expect } from './valgo-server';
import { call, daysFromToday, fillDate, fillTime, pdfText, seedChild, seedClinician, seedHours } from './page-api';

/*
 * The front desk's diary: a visit booked with the date and time pickers, moved in its dialog and
 * by dragging, printed on the day list, then cancelled after a confirmation.
 */

interface Appointment {
  id: number;
  date: string;
  start: string;
  status: string;
  cancelReason?: string | null;
}

test('book a visit with the pickers, move it (dialog and drag), print the day list, cancel it', async ({
  page,
  openApp,
}) => {
  test.setTimeout(150_000);
  // Headless Chromium cannot print a PDF from a frame: the day list is downloaded instead.
  await page.addInitScript(() =>
    Object.defineProperty(Navigator.prototype, 'pdfViewerEnabled', { get: () => false, configurable: true }),
  );
  await openApp('#/children');
  const clinician = await seedClinician(page, '');
  await seedHours(page, clinician.id);
  const child = await seedChild(page);
  const day = daysFromToday(2);
  const visits = async () => call<Appointment[]>(page, 'appointments:patient', { patientId: child.id });

  // A new visit: the child by name, the date and the time typed into the pickers.
  await page.goto(page.url().replace(/#.*$/, '') + `#/diary?date=${daysFromToday(0)}`);
  await expect(page.getByRole('heading', { name: 'Diary', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'New visit' }).click();
  const create = page.getByRole('dialog', { name: 'New visit' });
  await create.getByRole('combobox', { name: 'Child' }).fill('Sokol');
  await page.getByRole('option', { name: /Sokolova, Mia/ }).click();
  await expect(create.getByRole('combobox', { name: 'Clinician' })).toContainText('Dr Irina Volkova');
  await fillDate(create.getByLabel('Date'), day);
  await fillTime(create.getByLabel('Time'), '10:00');
  await create.getByRole('button', { name: 'Book visit' }).click();
  await expect(create).toBeHidden();
  await expect(page.getByText(/^Visit booked: Mia Sokolova/)).toBeVisible();
  const [booked] = await visits();
  expect(booked).toMatchObject({ date: day, start: '10:00', status: 'booked' });

  // The diary follows to the visit's day.
  await page.goto(page.url().replace(/#.*$/, '') + `#/diary?date=${day}`);
  const block = page.locator(`[data-visit="${booked!.id}"]`);
  await expect(block).toHaveAttribute('data-start', '10:00');
  await expect(block).toHaveAccessibleName(/Sokolova, Mia/);

  // Move it in its dialog: Change → 11:30.
  await block.click();
  const details = page.getByRole('dialog').filter({ hasText: 'Dr Irina Volkova' });
  await expect(details).toContainText('Mia Sokolova');
  await details.getByRole('button', { name: 'Change' }).click();
  const edit = page.getByRole('dialog', { name: 'Change the visit of Mia Sokolova' });
  await fillTime(edit.getByLabel('Time'), '11:30');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByText(/^Visit changed: Mia Sokolova/)).toBeVisible();
  await expect(block).toHaveAttribute('data-start', '11:30');
  expect((await visits())[0]).toMatchObject({ date: day, start: '11:30' });
  if (await details.isVisible()) await details.getByRole('button', { name: 'Close' }).click();

  // Drag it an hour later: the block snaps to 12:30 and main stores it.
  const grid = page.locator('[data-px-per-minute]');
  const pxPerMinute = Number(await grid.getAttribute('data-px-per-minute'));
  expect(pxPerMinute).toBeGreaterThan(0);
  await block.scrollIntoViewIfNeeded();
  const box = (await block.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(8, box.height / 3);
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let step = 1; step <= 6; step++) await page.mouse.move(x, y + (60 * pxPerMinute * step) / 6);
  await page.mouse.up();
  const ask = page.getByRole('button', { name: 'Move anyway' });
  if (await ask.isVisible().catch(() => false)) await ask.click();
  await expect(block).toHaveAttribute('data-start', '12:30');
  await expect.poll(async () => (await visits())[0]!.start).toBe('12:30');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // The day list: the child and the time, for the front desk.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Print day list' }).click();
  const bytes = new Uint8Array(fs.readFileSync((await (await download).path())!));
  const text = (await pdfText(bytes)).replace(/\u00a0/g, ' ');
  expect(text).toContain('Sokolova');
  expect(text).toContain('Mia');
  expect(text).toContain('12:30');

  // Cancel: asked first; "Keep the visit" keeps it.
  await block.click();
  await details.getByRole('button', { name: 'Cancel visit' }).click();
  const confirm = page.getByRole('dialog', { name: 'Cancel this visit?' });
  await confirm.getByRole('button', { name: 'Keep the visit' }).click();
  await expect(confirm).toBeHidden();
  expect((await visits())[0]!.status).toBe('booked');
  await details.getByRole('button', { name: 'Cancel visit' }).click();
  await confirm.getByLabel('Reason (optional)').fill('Family moved away');
  await confirm.getByRole('button', { name: 'Cancel visit' }).click();
  await expect(page.getByText('The visit of Mia Sokolova is cancelled')).toBeVisible();
  await expect.poll(async () => (await visits())[0]!.status).toBe('cancelled');
  expect((await visits())[0]!.cancelReason).toBe('Family moved away');
});

import { test, expect } from './valgo-server';
import { call, pdfText, seedAssessment, seedChild, seedClinician } from './page-api';

/*
 * What the family did: the code printed on a calendar page opens its entry grid, a typical page
 * goes in by keyboard, the child's chart shows the course, and the next booklet suggests not
 * stepping up when the clinic's threshold is not met.
 */

const pad = (n: number) => String(n).padStart(2, '0');
const daysFromToday = (n: number) => {
  const d = new Date();
  d.setHours(12, 0, 0, 0);
  d.setDate(d.getDate() + n);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

test('a returned calendar page: entered by its code in under 15 keys, on the chart, and in the next booklet', async ({
  page,
  openApp,
}) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => window.localStorage.setItem('valgo.adherence.enteredBy', 'Front desk'));
  await openApp('#/children');
  // A clinic that wants most of the page done before stepping up.
  await call(page, 'settings:update', { clinicPhone: '+44 20 7946 0123', adherenceThreshold: 95 });
  const clinician = await seedClinician(page, '');
  const child = await seedChild(page);
  const assessment = await seedAssessment(page, {
    patientId: child.id,
    clinicianId: clinician.id,
    assessedOn: daysFromToday(-21),
    left: 1,
    right: 1,
    heelAngle: 9,
  });
  // Course 1 (14 days) started three weeks ago: its page has come back.
  const start = daysFromToday(-21);
  const issued = await call<{ pdf: { pdfBase64: string } }>(page, 'booklets:issue', {
    patientId: child.id,
    assessmentId: assessment.id,
    choices: { settings: { startDate: start }, language: 'en', paper: 'A4', calendarCourses: 'all' },
    plan: 'new',
    action: 'download',
  });
  const booklet = (await pdfText(new Uint8Array(Buffer.from(issued.pdf.pdfBase64, 'base64')))).replace(/\s+/g, ' ');
  // Each calendar page carries its course's code (this booklet prints from course 2 on; course 1's
  // page came with the booklet before, with the same kind of code).
  const prefix = `${child.id}-${start.slice(2).replaceAll('-', '')}`;
  expect(booklet).toContain(`Code ${prefix}-2`);
  const code = `${prefix}-1`;

  // The receptionist types the code from the page.
  await page.goto(page.url().replace(/#.*$/, '') + `#/children/${child.id}`);
  await page.getByRole('button', { name: 'Enter a returned calendar' }).click();
  const dialog = page.getByRole('dialog', { name: 'Enter a returned calendar' });
  await dialog.getByLabel('Code printed on the page').fill(code);
  await dialog.getByLabel('Code printed on the page').press('Enter');
  await expect(page.getByRole('heading', { name: /^Calendar page: course 1 of / })).toBeVisible();
  await expect(page.getByLabel(/^Entered by/)).toHaveValue('Front desk');

  // All done but day 5 (nothing) and day 9 (ill): 11 keys.
  const keys = [...Array(4).fill('ArrowDown'), 'Enter', ...Array(4).fill('ArrowDown'), 'i', 'Control+Enter'];
  expect(keys.length).toBeLessThan(15);
  await expect(page.getByRole('button', { name: /^Day 1, / })).toBeFocused();
  for (const key of keys) await page.keyboard.press(key);
  await expect(page.getByTestId('saved-figure')).toHaveText(
    'Saved: 92% of the planned ticks done, as reported by the family.',
  );
  const [stored] = await call<{ enteredBy: string; adherence: { overall: number } }[]>(page, 'adherence:history', {
    patientId: child.id,
    planStart: start,
    course: 1,
  });
  expect(stored).toMatchObject({ enteredBy: 'Front desk' });
  expect(stored!.adherence.overall).toBeCloseTo(12 / 13);

  // The child's screen: course 1 on the chart's time axis, with its figure.
  await page.goto(page.url().replace(/#.*$/, '') + `#/children/${child.id}`);
  const strip = page.getByRole('list', { name: /^Courses of the current plan/ });
  await expect(strip).toContainText('92%');

  // The next booklet: below the clinic's 95 %, it suggests not stepping up.
  await page.goto(page.url().replace(/#.*$/, '') + `#/children/${child.id}/booklet`);
  const hint = page.getByTestId('adherence-hint');
  await expect(hint).toContainText('Course 1: about 92% of the planned ticks reported done');
  await expect(hint).toContainText('repeat the current doses rather than stepping up');
});

import type { Page } from '@playwright/test';
import { test, expect } from './valgo-server';
import { call, pdfText, seedChild, seedClinician } from './page-api';

interface Preview {
  /** What the page sent: ids and the clinician's choices, never the child's data. */
  request: { patientId: number; assessmentId: number | null; choices: Choices };
  pdfBase64: string;
  pages: number;
}
interface Choices {
  settings: { startDate: string; courseDays?: number };
  overrides?: Record<string, { reps?: number; skip?: boolean }>;
}

/** The next booklets:preview answer whose request passes `accept`. */
function nextPreview(page: Page, accept: (request: Preview['request']) => boolean): Promise<Preview> {
  return page
    .waitForResponse(
      (r) => r.url().endsWith('/api/booklets%3Apreview') && accept(JSON.parse(r.request().postData() ?? '{}')),
      { timeout: 20_000 },
    )
    .then(async (r) => {
      const envelope = (await r.json()) as { ok: true; value: { pdf: { pdfBase64: string; pages: number } } };
      return { request: JSON.parse(r.request().postData()!), ...envelope.value.pdf };
    });
}

test('prepare a booklet: live preview, a dose and a skipped step, download, archive, identical reprint', async ({
  page,
  openApp,
}) => {
  test.setTimeout(90_000);
  await openApp('#/children');
  const clinician = await seedClinician(page);
  const child = await seedChild(page);
  const foot = (degree: number) => ({ degree, method: 'heel_angle', flexible: 'yes', heelAngle: 10 + 3 * degree });
  const today = new Date();
  const assessedOn = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  await call(page, 'assessments:create', {
    patientId: child.id,
    clinicianId: clinician.id,
    assessedOn,
    left: foot(2),
    right: foot(1),
    redFlags: [],
    weightKg: null,
    heightCm: null,
    overweight: false,
    notes: '',
  });

  // The screen opens on the draft; the first preview shows its pages.
  const first = nextPreview(page, () => true);
  await page.evaluate((id) => (window.location.hash = `#/children/${id}/booklet`), child.id);
  await expect(page.getByRole('heading', { name: 'Prepare booklet' })).toBeVisible();
  await expect(page.getByTestId('edition')).toContainText('Full home program: left foot degree 2, flexible');
  const initial = await first;
  expect(Object.keys(initial.request).sort()).toEqual(['assessmentId', 'choices', 'patientId']);
  await expect(page.getByText(`${initial.pages} pages`, { exact: true })).toBeVisible();
  // pdf.js (worker and all) loads on first use: give a busy machine time.
  await expect(page.getByRole('group', { name: `Page 1 of ${initial.pages}` })).toBeVisible({ timeout: 20_000 });
  // pdf.js drew the first page: its text is there for screen readers too.
  await expect(page.getByRole('group', { name: `Page 1 of ${initial.pages}` }).getByTestId('page-text')).toContainText(
    'Mia',
    { timeout: 15_000 },
  );
  const before = await pdfText(new Uint8Array(Buffer.from(initial.pdfBase64, 'base64')));
  expect(before).toContain('Squats: 10–12');
  expect(before).toContain('Buttocks');

  // Eight squats, no buttocks massage.
  const changed = nextPreview(
    page,
    (r) => r.choices.overrides?.X05?.reps === 8 && r.choices.overrides?.M03?.skip === true,
  );
  const squats = page.getByRole('group', { name: 'Squats' });
  await squats.getByLabel('Repetitions').fill('8');
  await page.getByRole('switch', { name: 'Include “Buttocks”' }).click();
  const after = await changed;
  await expect(squats).toContainText('8 times');
  await expect(page.getByRole('group', { name: 'Buttocks' })).toContainText('Left out');
  const text = await pdfText(new Uint8Array(Buffer.from(after.pdfBase64, 'base64')));
  expect(text).toContain('Squats: 8');
  expect(text).not.toContain('Squats: 10–12');
  expect(text).not.toContain('Buttocks');
  await expect(page.getByText(`${after.pages} pages`, { exact: true })).toBeVisible();

  // Browser mode: Download archives the booklet and hands over the PDF.
  await expect(page.getByRole('button', { name: 'Save as PDF' })).toHaveCount(0);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PDF' }).click();
  expect((await download).suggestedFilename()).toBe(`Valgo – Sokolova Mia – Foot care plan – ${assessedOn}.pdf`);
  await expect(page.getByText('Downloaded and archived')).toBeVisible();

  const list = await call<{ id: number; kind: string; action: string; pages: number }[]>(page, 'booklets:list', {
    patientId: child.id,
  });
  expect(list).toHaveLength(1);
  expect(list[0]).toMatchObject({ kind: 'full', action: 'download', pages: after.pages });

  const reprint = await call<{ booklet: { reprintOf: number; sha256: string } | null }>(page, 'booklets:reprint', {
    id: list[0]!.id,
    action: 'download',
  });
  expect(reprint.booklet).toMatchObject({ reprintOf: list[0]!.id, sha256: (list[0] as { sha256?: string }).sha256 });

  // Printed: leaving asks nothing.
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(new RegExp(`#/children/${child.id}$`));
});

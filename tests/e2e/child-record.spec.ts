import { test, expect } from './valgo-server';
import type { Locator, Page } from '@playwright/test';
import { expectDate, fillDate } from './page-api';

/** Today and a date weeks back, as YYYY-MM-DD in local time (the form's own convention). */
function isoDay(daysAgo: number): string {
  const d = new Date();
  d.setDate(d.getDate() - daysAgo);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** "15 Jan 2025": how the app writes a date in the test browser's en-GB locale. */
function shown(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00Z`));
}

async function choose(page: Page, combobox: Locator, option: string) {
  await combobox.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function recordFoot(
  page: Page,
  side: 'Left' | 'Right',
  foot: { degree: string; method?: string; angle: string },
) {
  const group = page.getByRole('group', { name: `${side} foot` });
  await group.getByRole('group', { name: 'Degree' }).getByRole('button', { name: foot.degree, exact: true }).click();
  if (foot.method) await choose(page, group.getByRole('combobox', { name: /Method/ }), foot.method);
  await group.getByRole('group', { name: 'Flexible' }).getByRole('button', { name: 'Yes' }).click();
  await group.getByLabel('Heel angle').fill(foot.angle);
}

test('clinician, child with two guardians, two visits on the chart, an edit with history, archive', async ({
  page,
  openApp,
}) => {
  test.setTimeout(120_000); // a long journey through five screens; slow on a busy machine
  // A clinician first: every assessment records who saw the child.
  await openApp('#/settings/clinicians');
  const clinicians = page.getByRole('region', { name: 'Clinicians' });
  // The first answers can be slow while the machine is busy; later steps keep the default wait.
  await expect(clinicians.getByText(/No clinicians yet/)).toBeVisible({ timeout: 15_000 });
  await clinicians.getByRole('button', { name: 'Add clinician' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add clinician' });
  await dialog.getByLabel('Name').fill('Dr Irina Volkova');
  await dialog.getByLabel('Title as it prints').fill('Pediatric orthopedist');
  await dialog.getByLabel('Phone').fill('+7 495 123-45-67');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(clinicians.getByRole('listitem', { name: 'Dr Irina Volkova' })).toBeVisible();

  // A child with two guardians.
  await page.getByRole('link', { name: 'Children' }).first().click();
  await page.getByRole('button', { name: 'Add the first child' }).click();
  await page.getByLabel('First name').fill('Mia');
  await page.getByLabel('Last name').fill('Sokolova');
  await fillDate(page.getByLabel('Date of birth'), '2021-04-12');
  await page.getByRole('button', { name: 'Girl', exact: true }).click();
  const first = page.getByRole('group', { name: 'Guardian 1 (Main contact)' });
  await first.getByLabel('Name').fill('Olga Sokolova');
  await choose(page, first.getByRole('combobox', { name: /Relationship/ }), 'Mother');
  await first.getByLabel('Phone').fill('+7 912 345-67-89');
  await page.getByRole('button', { name: 'Add another guardian' }).click();
  const second = page.getByRole('group', { name: 'Guardian 2' });
  await expect(second.getByLabel('Name')).toBeFocused();
  await second.getByLabel('Name').fill('Pavel Sokolov');
  await choose(page, second.getByRole('combobox', { name: /Relationship/ }), 'Father');
  await second.getByLabel('Email').fill('pavel@example.com');
  await second.getByRole('checkbox', { name: /Agrees to be contacted/ }).check();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Mia Sokolova' })).toBeVisible();
  const guardians = page.getByRole('list', { name: 'Parents and guardians' });
  await expect(guardians.getByRole('listitem')).toHaveCount(2);
  await expect(guardians.getByRole('link', { name: 'Call +7 912 345-67-89' })).toHaveAttribute(
    'href',
    'tel:+79123456789',
  );
  await expect(guardians.getByRole('link', { name: 'Write to pavel@example.com' })).toBeVisible();
  await expect(page.getByText(/No assessment yet\. Record one/)).toBeVisible();

  // First visit, backdated six weeks.
  const firstVisit = isoDay(42);
  await page.getByRole('link', { name: 'Record assessment' }).click();
  await expect(page.getByRole('heading', { name: 'Record assessment' })).toBeVisible();
  await fillDate(page.getByLabel('Date of visit'), firstVisit);
  // The only active clinician is already chosen.
  await expect(page.getByRole('combobox', { name: /Clinician/ })).toContainText('Dr Irina Volkova');
  await recordFoot(page, 'Left', { degree: '2', method: 'Heel-valgus angle', angle: '17' });
  await recordFoot(page, 'Right', { degree: '1', angle: '12' }); // the method follows the left foot's
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Assessment saved')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Mia Sokolova' })).toBeVisible();

  // Second visit, today, saved with Ctrl+Enter.
  await page.getByRole('link', { name: 'Record assessment' }).click();
  await expectDate(page.getByLabel('Date of visit'), isoDay(0));
  await recordFoot(page, 'Left', { degree: '2', method: 'Heel-valgus angle', angle: '15' });
  await recordFoot(page, 'Right', { degree: '1', angle: '10,5' });
  await page.getByRole('checkbox', { name: /^Pain/ }).check();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('heading', { name: 'Mia Sokolova' })).toBeVisible();

  const latest = page.getByRole('region', { name: 'Latest assessment' });
  await expect(latest.getByText('Left foot: degree 2 (heel-valgus angle, 15°), flexible.')).toBeVisible();
  await expect(latest.getByText('Right foot: degree 1 (heel-valgus angle, 10.5°), flexible.')).toBeVisible();
  await expect(latest.getByText('Red flags: pain.')).toBeVisible();

  // Both visits on the chart: two marks per foot.
  const chart = page.getByTestId('angle-chart');
  await expect(chart.locator('[data-series="left"][data-index]')).toHaveCount(2);
  await expect(chart.locator('[data-series="right"][data-index]')).toHaveCount(2);
  await expect(chart.getByText('Left foot')).toBeVisible();
  await expect(chart.getByText('Right foot')).toBeVisible();

  // Edit the first visit and read its history.
  const timeline = page.getByRole('list', { name: 'Assessments, newest first' });
  await expect(timeline.getByRole('listitem', { name: shown(firstVisit) })).toBeVisible();
  await page.getByRole('link', { name: `Edit the assessment of ${shown(firstVisit)}` }).click();
  await expect(page.getByRole('heading', { name: `Edit the assessment of ${shown(firstVisit)}` })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Left foot' }).getByLabel('Heel angle')).toHaveValue('17');
  await page.getByRole('group', { name: 'Left foot' }).getByLabel('Heel angle').fill('18');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Mia Sokolova' })).toBeVisible();
  await page
    .getByRole('button', { name: `Edited: show the earlier versions of the assessment of ${shown(firstVisit)}` })
    .click();
  const history = page.getByRole('dialog', { name: `Earlier versions of the assessment of ${shown(firstVisit)}` });
  const version1 = history.getByRole('region', { name: 'Version 1' });
  await expect(version1.getByText('Left foot, heel angle:')).toBeVisible();
  await expect(version1.getByRole('listitem')).toHaveText(['Left foot, heel angle: 17° → 18°']);
  await expect(history.getByRole('region', { name: 'Current version' })).toContainText('(heel-valgus angle, 18°)');
  await page.keyboard.press('Escape');
  await expect(history).toBeHidden();
  // The chart follows the edit.
  await expect(chart.locator('[data-series="left"][data-index]')).toHaveCount(2);

  // Archive: gone from the list, found by search and marked.
  await page.getByRole('button', { name: 'Archive' }).click();
  await page.getByRole('dialog', { name: 'Archive Mia Sokolova?' }).getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByText('Mia Sokolova archived')).toBeVisible();
  await expect(page.getByText(/This child is archived/)).toBeVisible();
  await page.getByRole('link', { name: 'All children' }).click();
  await expect(page.getByRole('heading', { name: 'Children' })).toBeVisible();
  await expect(page.getByText('Sokolova, Mia')).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Find a child' }).fill('sokol');
  const row = page.getByRole('option', { name: /Sokolova, Mia/ });
  await expect(row).toBeVisible();
  await expect(row.getByText('Archived')).toBeVisible();
  await row.click();
  await expect(page.getByRole('heading', { name: 'Mia Sokolova' })).toBeVisible();
});

test('the duplicate warning lets the user go back or create anyway', async ({ page, openApp }) => {
  test.setTimeout(60_000);
  await openApp('#/children/new');
  const fill = async () => {
    await page.getByLabel('First name').fill('Lev');
    await page.getByLabel('Last name').fill('Orlov');
    await fillDate(page.getByLabel('Date of birth'), '2020-02-02');
    await page.getByRole('button', { name: 'Boy', exact: true }).click();
    const main = page.getByRole('group', { name: 'Guardian 1 (Main contact)' });
    await main.getByLabel('Name').fill('Anna Orlova');
    await choose(page, main.getByRole('combobox', { name: /Relationship/ }), 'Mother');
    await main.getByLabel('Phone').fill('+7 903 111-22-33');
  };
  await fill();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Lev Orlov' })).toBeVisible();

  await page.getByRole('link', { name: 'Children' }).first().click();
  await page.getByRole('button', { name: 'New child' }).click();
  await fill();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const warning = page.getByRole('dialog', { name: 'This child may already be in Valgo' });
  await expect(warning).toContainText('Same name and date of birth');
  await expect(warning).toContainText('Same guardian phone number');
  await warning.getByRole('button', { name: 'Go back' }).click();
  await expect(warning).toBeHidden();
  await expect(page.getByLabel('First name')).toHaveValue('Lev');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page
    .getByRole('dialog', { name: 'This child may already be in Valgo' })
    .getByRole('button', {
      name: 'Create anyway',
    })
    .click();
  await expect(page.getByRole('heading', { name: 'Lev Orlov' })).toBeVisible();
  await page.getByRole('link', { name: 'All children' }).click();
  await expect(page.getByRole('option', { name: /Orlov, Lev/ })).toHaveCount(2);
});

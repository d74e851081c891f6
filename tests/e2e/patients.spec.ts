import { test, expect } from './valgo-server';
import type { Page } from '@playwright/test';
import { fillDate } from './page-api';

async function fillChild(
  page: Page,
  child: { first: string; last: string; dob: string; sex: 'Girl' | 'Boy'; guardian: string; phone: string },
) {
  await page.getByLabel('First name').fill(child.first);
  await page.getByLabel('Last name').fill(child.last);
  await fillDate(page.getByLabel('Date of birth'), child.dob);
  await page.getByRole('button', { name: child.sex, exact: true }).click();
  const main = page.getByRole('group', { name: 'Guardian 1 (Main contact)' });
  await main.getByLabel('Name').fill(child.guardian);
  await main.getByRole('combobox', { name: /Relationship/ }).click();
  await page.getByRole('option', { name: 'Mother', exact: true }).click();
  await main.getByLabel('Phone').fill(child.phone);
}

test('create, find, edit a child, and find it again after a restart', async ({ page, server, openApp }) => {
  test.setTimeout(60_000); // two children through the full form and a server restart
  await openApp('#/children');
  await expect(page.getByText('No children yet')).toBeVisible();

  await page.getByRole('button', { name: 'Add the first child' }).click();
  await fillChild(page, {
    first: 'Мария',
    last: 'Семёнова',
    dob: '2021-04-12',
    sex: 'Girl',
    guardian: 'Ольга Семёнова',
    phone: '+7 912 345-67-89',
  });
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved')).toBeVisible();
  await expect(page.getByRole('heading', { name: /Семёнова/ })).toBeVisible();

  await page.getByRole('link', { name: 'Children' }).first().click();
  await page.getByRole('button', { name: 'New child' }).click();
  await fillChild(page, {
    first: 'Émile',
    last: 'Zola',
    dob: '2020-01-30',
    sex: 'Boy',
    guardian: 'Alexandrine Zola',
    phone: '01 23 45 67 89',
  });
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('heading', { name: /Zola/ })).toBeVisible();

  // Search as you type: accents and ё folded, guardian phone from any group.
  const search = page.getByRole('combobox', { name: 'Find a child' }).or(page.getByLabel('Find a child'));
  await search.first().fill('семен');
  await expect(page.getByText('Семёнова, Мария')).toBeVisible();
  await expect(page.getByText(/Zola/)).toHaveCount(0);
  await search.first().fill('emile');
  await expect(page.getByText(/Zola, Émile/)).toBeVisible();
  await search.first().fill('345-67');
  await expect(page.getByText('Семёнова, Мария')).toBeVisible();
  await expect(page.getByText(/Zola/)).toHaveCount(0);

  // Keyboard: Enter opens the highlighted child; edit it.
  await search.first().press('Enter');
  await expect(page.getByRole('heading', { name: /Семёнова/ })).toBeVisible();
  await page
    .getByRole('link', { name: 'Edit' })
    .or(page.getByRole('button', { name: 'Edit' }))
    .first()
    .click();
  await page.getByRole('group', { name: 'Guardian 1 (Main contact)' }).getByLabel('Phone').fill('+7 999 000-11-22');
  await page.getByLabel('First name').fill('Мария-Анна');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('heading', { name: /Мария-Анна/ })).toBeVisible();

  await server.restart();
  // Sessions live in memory: after a restart the window signs in again (openApp does).
  await openApp('#/children');
  await page.getByRole('combobox', { name: 'Find a child' }).fill('999 000');
  await expect(page.getByText('Семёнова, Мария-Анна')).toBeVisible();
  await expect(page.getByText('+7 999 000-11-22')).toBeVisible();
});

test('bad input is rejected with visible messages and nothing is saved', async ({ page, openApp }) => {
  await openApp('#/children/new');
  await page.getByLabel('First name').fill('Mia');
  await fillDate(page.getByLabel('Date of birth'), '2999-01-01');
  await page.getByRole('group', { name: 'Guardian 1 (Main contact)' }).getByLabel('Phone').fill('call me');
  await page.getByRole('button', { name: 'Save', exact: true }).click();

  await expect(page.getByText('The date of birth cannot be in the future')).toBeVisible();
  await expect(page.getByText('Use digits, spaces, brackets, dashes and a leading +')).toBeVisible();
  await expect(page.getByText('Choose one').first()).toBeVisible();
  await expect(page.getByText('Fill this in').first()).toBeVisible();
  // What was typed stays.
  await expect(page.getByLabel('First name')).toHaveValue('Mia');

  await page.goto(page.url().replace(/#.*$/, '#/children'));
  await page
    .getByRole('button', { name: 'Discard' })
    .click({ timeout: 2000 })
    .catch(() => undefined);
  await expect(page.getByText('No children yet')).toBeVisible();
});

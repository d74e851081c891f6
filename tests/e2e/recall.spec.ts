import { test, expect } from './valgo-server';
import { call, daysFromToday, fillDate, seedDueChild } from './page-api';

/*
 * The recall list: a child whose issued plan has a check-up due today and nothing booked is on
 * it; the front desk logs a call (stored, shown on the row) and books from the row.
 */

interface Contact {
  contactedOn: string;
  outcome: string;
  note: string;
  recallId: number | null;
}

test('a due check-up is on the recall list; a logged call is stored; booking from the row takes it off', async ({
  page,
  openApp,
}) => {
  test.setTimeout(120_000);
  await openApp('#/children');
  const { childId } = await seedDueChild(page);
  // A second child with no plan never appears.
  await call(page, 'patients:create', {
    firstName: 'Leo',
    lastName: 'Horvat',
    dateOfBirth: '2020-06-01',
    sex: 'male',
    notes: '',
    guardians: [
      {
        name: 'Ana Horvat',
        relationship: 'mother',
        phone: '+7 912 000-00-01',
        email: '',
        preferredLanguage: 'en',
        contactConsent: true,
      },
    ],
  });

  await page.goto(page.url().replace(/#.*$/, '') + '#/recall');
  await expect(page.getByRole('heading', { name: 'Recall', level: 1 })).toBeVisible();
  const table = page.getByRole('table', { name: 'Families to call' });
  const row = table.getByRole('row', { name: 'Mia Sokolova' });
  await expect(row).toBeVisible();
  await expect(row).toContainText('Check-up after course 1');
  await expect(row).toContainText('Due today');
  await expect(row).toContainText('Olga Sokolova');
  await expect(row).toContainText('Not called yet');
  await expect(table.getByRole('row', { name: 'Leo Horvat' })).toHaveCount(0);

  // Log a call made yesterday: nobody answered.
  await row.getByRole('button', { name: 'Log a call to the family of Mia Sokolova' }).click();
  const dialog = page.getByRole('dialog', { name: 'Call to the family of Mia Sokolova' });
  await expect(dialog).toBeVisible();
  // Saving without an outcome is refused with a message on the field.
  await dialog.getByRole('button', { name: 'Log call' }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: 'No answer' }).check();
  await fillDate(dialog.getByLabel('Date of the call'), daysFromToday(-1));
  await dialog.getByLabel('Note').fill('Try again after 5 pm');
  await dialog.getByRole('button', { name: 'Log call' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Call to the family of Mia Sokolova logged')).toBeVisible();

  // Stored in main, for this recall item, and shown on the row.
  const contacts = await call<Contact[]>(page, 'recall:contacts', { patientId: childId });
  expect(contacts).toHaveLength(1);
  expect(contacts[0]).toMatchObject({
    contactedOn: daysFromToday(-1),
    outcome: 'no_answer',
    note: 'Try again after 5 pm',
  });
  expect(contacts[0]!.recallId).toEqual(expect.any(Number));
  await expect(row).toContainText('No answer');
  await expect(row).toContainText('Try again after 5 pm');
  await expect(row).not.toContainText('Not called yet');

  // Book from the row: the plan's check-ups, the nearest free times already chosen.
  const book = { name: 'Book follow-ups for Mia Sokolova' };
  await row.getByRole('link', book).or(row.getByRole('button', book)).click();
  await expect(page).toHaveURL(new RegExp(`#/children/${childId}/book$`));
  await expect(page.getByRole('heading', { name: 'Book follow-ups' })).toBeVisible();
  const cards = page.getByRole('list', { name: 'Check-ups of the plan' }).getByRole('listitem');
  await expect(cards.first()).toContainText('Check-up after course 1');
  await expect(cards.first().getByRole('radio', { checked: true })).toBeVisible();
  const count = await cards.count();
  await page.getByRole('button', { name: 'Book all' }).click();
  await expect(page.getByRole('heading', { name: `${count} check-ups booked for Mia Sokolova` })).toBeVisible();
  const booked = await call<{ status: string }[]>(page, 'appointments:patient', { patientId: childId });
  expect(booked.filter((a) => a.status === 'booked')).toHaveLength(count);

  // Booked: the family leaves the list.
  await page.goto(page.url().replace(/#.*$/, '') + '#/recall');
  await expect(page.getByText('Nothing is due')).toBeVisible();
  await expect(page.getByRole('row', { name: 'Mia Sokolova' })).toHaveCount(0);
  const list = await call<{ items: unknown[] }>(page, 'recall:list', { due: 'all' });
  expect(list.items).toHaveLength(0);
});

import { call, seedAssessment, seedChild, seedClinician } from './page-api';
import { expect, test } from './valgo-server';

/*
 * Staff accounts end to end: the first run creates the administrator, who adds a receptionist;
 * the receptionist sees a child's contacts but no clinical data; an idle window locks and keeps
 * what was typed. One server, one browser session (the token's).
 */
test.use({ firstRun: true });

test('first run, a receptionist without clinical data, and an idle lock that keeps typed text', async ({ openApp }) => {
  test.setTimeout(180_000);
  const page = await openApp('#/children');

  await expect(page.getByRole('heading', { name: 'Create the administrator' })).toBeVisible();
  await page.getByLabel(/Full name/).fill('Anna Admin');
  await page.getByLabel(/Username/).fill('anna');
  await page.getByLabel(/Password/).fill('anna-password');
  await page.getByRole('button', { name: 'Create administrator' }).click();
  await expect(page.getByTestId('recovery-code')).toHaveValue(/^[A-Z2-9]{5}(-[A-Z2-9]{5}){3}$/);
  await page.getByLabel('I have written down the recovery code').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();

  // The administrator adds a receptionist in Settings → Staff.
  await page.goto(page.url().replace(/#.*$/, '') + '#/settings/staff');
  const add = page.getByRole('form', { name: 'Add a member of staff' });
  await add.getByLabel('Full name').fill('Rita Desk');
  await add.getByLabel('Username').fill('rita');
  await add.getByLabel('Password').fill('rita-password');
  await add.getByRole('button', { name: 'Add a member of staff' }).click();
  await expect(page.getByRole('list', { name: 'Staff accounts' })).toContainText('Rita Desk');

  const clinician = await seedClinician(page);
  const child = await seedChild(page);
  type Stored = { firstName: string; lastName: string; dateOfBirth: string; sex: string; version: number };
  type StoredGuardian = Record<string, unknown> & { id: number; phoneE164: string | null };
  const { patient } = await call<{ patient: Stored & { guardians: StoredGuardian[] } }>(page, 'patients:record', {
    id: child.id,
  });
  await call(page, 'patients:update', {
    id: child.id,
    version: patient.version,
    patient: {
      firstName: patient.firstName,
      lastName: patient.lastName,
      dateOfBirth: patient.dateOfBirth,
      sex: patient.sex,
      notes: 'Hypermobile joints',
      guardians: patient.guardians.map((g) => {
        const copy: Record<string, unknown> = { ...g };
        delete copy.id;
        delete copy.phoneE164;
        return copy;
      }),
    },
  });
  await seedAssessment(page, {
    patientId: child.id,
    clinicianId: clinician.id,
    assessedOn: '2025-01-10',
    left: 2,
    right: 1,
  });
  await call(page, 'staff:idle-lock:set', { minutes: 1 });

  // Switch user: the receptionist signs in.
  await page.getByRole('button', { name: 'Signed in as Anna Admin' }).click();
  await page.getByRole('menuitem', { name: 'Switch user' }).click();
  await page.getByLabel('Username').fill('rita');
  await page.getByLabel('Password').fill('rita-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Signed in as Rita Desk' })).toBeVisible();

  await page.goto(page.url().replace(/#.*$/, '') + `#/children/${child.id}`);
  await expect(page.getByRole('heading', { name: /Mia/, level: 1 })).toBeVisible();
  await expect(page.getByText('Olga Sokolova')).toBeVisible();
  await expect(page.getByText('Hypermobile joints')).toHaveCount(0);
  await expect(page.getByText(/heel angle/i)).toHaveCount(0);
  expect(await call(page, 'assessments:list', { patientId: child.id }).catch((e: Error) => e.message)).toContain(
    'DENIED',
  );

  // Idle lock: the typed name survives the lock and the unlock.
  await page.goto(page.url().replace(/#.*$/, '') + '#/children/new');
  await page.getByLabel(/First name/).fill('Unsaved');
  const lock = page.getByRole('dialog', { name: 'Valgo is locked' });
  await expect(lock).toBeVisible({ timeout: 100_000 });
  await lock.getByLabel(/Password/).fill('rita-password');
  await lock.getByRole('button', { name: 'Unlock' }).click();
  await expect(lock).toBeHidden();
  await expect(page.getByLabel(/First name/)).toHaveValue('Unsaved');
});

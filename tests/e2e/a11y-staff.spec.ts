import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { call, seedDueChild } from './page-api';
import { E2E_ADMIN, expect, test } from './valgo-server';

/*
 * The screens of staff and safety, as each role sees them: sign-in, the lock, Settings → Staff and
 * Backups, the audit log with its check, erasing a child; then the front desk's view of the same
 * child. Each is scanned with axe (WCAG 2.0/2.1 A and AA; serious and critical findings fail) and
 * photographed at 1366×768 into /tmp/shots.
 */

const SHOTS = '/tmp/shots';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function scan(page: Page, name: string, blocking: string[]): Promise<void> {
  await page.waitForTimeout(400);
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  for (const v of result.violations) {
    for (const node of v.nodes) {
      const line = `${name} | ${v.id} | ${v.impact ?? 'unknown'} | ${node.target.map(String).join(' ')}`;
      console.log(line);
      if (v.impact === 'serious' || v.impact === 'critical') blocking.push(line);
    }
  }
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

const go = (page: Page, hash: string) => page.goto(page.url().replace(/#.*$/, '') + hash);

test.use({ viewport: { width: 1366, height: 768 } });

test('staff and safety screens for the administrator and the front desk', async ({ page, openApp }) => {
  test.setTimeout(240_000);
  fs.mkdirSync(SHOTS, { recursive: true });
  const blocking: string[] = [];
  await openApp('#/children');
  const { childId } = await seedDueChild(page);
  await call(page, 'staff:create', {
    name: 'Carl Clinic',
    username: 'carl',
    role: 'clinician',
    password: 'carl-password',
  });
  await call(page, 'staff:create', {
    name: 'Rita Desk',
    username: 'rita',
    role: 'receptionist',
    password: 'rita-password',
  });

  await go(page, '#/settings/staff');
  const accounts = page.getByRole('list', { name: 'Staff accounts' });
  await expect(accounts).toContainText('Rita Desk');
  await accounts.scrollIntoViewIfNeeded();
  await scan(page, 'en-settings-staff', blocking);

  await go(page, '#/settings/backups');
  await page.getByRole('button', { name: 'Back up now' }).click();
  await page
    .getByRole('button', { name: /^Test restore/ })
    .first()
    .click();
  await expect(page.getByText('Test restore passed')).toBeVisible({ timeout: 30_000 });
  await scan(page, 'en-settings-backups', blocking);

  await go(page, '#/audit');
  await expect(page.getByRole('heading', { name: 'Audit log', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Verify the log' }).click();
  await expect(page.getByRole('status').filter({ hasText: /The log is intact/ })).toBeVisible();
  await scan(page, 'en-audit', blocking);

  await go(page, `#/children/${childId}`);
  await expect(page.getByRole('heading', { name: 'Mia Sokolova', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Erase child…' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await scan(page, 'en-erase-dialog', blocking);
  await page.keyboard.press('Escape');

  // The lock: the same person comes back to where they were.
  await call(page, 'staff:lock', {});
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Valgo is locked' })).toBeVisible();
  await scan(page, 'en-locked', blocking);
  await page.getByLabel(/Password/).fill(E2E_ADMIN.password);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { name: 'Mia Sokolova', level: 1 })).toBeVisible();

  // The front desk signs in on the same computer.
  await call(page, 'staff:sign-out', {});
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Sign in to Valgo' })).toBeVisible();
  await scan(page, 'en-sign-in', blocking);
  await page.getByLabel(/Username/).fill('rita');
  await page.getByLabel(/Password/).fill('rita-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();

  await go(page, `#/children/${childId}`);
  await expect(page.getByRole('heading', { name: 'Mia Sokolova', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Erase child…' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Prepare booklet/ })).toHaveCount(0);
  await scan(page, 'en-child-receptionist', blocking);

  await go(page, '#/settings');
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await expect(page.locator('#settings-staff')).toHaveCount(0);
  await expect(page.locator('#settings-backups')).toHaveCount(0);
  await scan(page, 'en-settings-receptionist', blocking);

  // The clinician: the whole clinical record, none of the administration.
  await call(page, 'staff:sign-out', {});
  await go(page, `#/children/${childId}`);
  await page.reload();
  await page.getByLabel(/Username/).fill('carl');
  await page.getByLabel(/Password/).fill('carl-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Mia Sokolova', level: 1 })).toBeVisible();
  await expect(
    page
      .getByRole('button', { name: /Prepare booklet/ })
      .or(page.getByRole('link', { name: /Prepare booklet/ }))
      .first(),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Erase child…' })).toHaveCount(0);
  await expect(
    page.getByRole('button', { name: 'Audit log' }).or(page.getByRole('link', { name: 'Audit log' })),
  ).toHaveCount(0);
  await scan(page, 'en-child-clinician', blocking);
  await go(page, '#/settings');
  await expect(page.locator('#settings-clinic')).toBeVisible();
  await expect(page.locator('#settings-staff')).toHaveCount(0);
  await expect(page.locator('#settings-backups')).toHaveCount(0);

  expect(blocking, 'serious or critical axe violations').toEqual([]);
});

import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Browser, type Page } from '@playwright/test';
import type { PgCluster } from '../support/pg-cluster';
import { startPracticeServer, type PracticeServer } from '../support/practice-server';
import { call, seedChild, seedClinician } from './page-api';
import type { ValgoServer } from './valgo-server';
import { goTo, openWindow, weekdayAhead, Workstations } from './windows';

/*
 * Issue 13, "Done when": two workstations (two browser-mode servers, each with its own data
 * folder) pointed at one PostgreSQL database. The receptionist signs in at the front desk, the
 * clinician in the treatment room, each with their own database login; a visit booked at the
 * front desk is in the treatment room's diary.
 */

/** What the screens looked like (looked at by hand; not compared). */
const SHOTS = '/tmp/shots';

let practice: PracticeServer;
let cluster: PgCluster;
let DATABASE: string;
let ADMIN: PracticeServer['admin'];
const desks = new Workstations();

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(90_000);
  practice = await startPracticeServer({ appVersion: '0.0.0-e2e' });
  ({ cluster, database: DATABASE, admin: ADMIN } = practice);
});

test.afterAll(async () => {
  await desks.stopAll();
  practice?.stop();
});

const workstation = () => desks.start(practice);

async function openSignIn(browser: Browser, server: ValgoServer): Promise<Page> {
  const page = await openWindow(browser, server);
  await expect(page.getByRole('heading', { name: 'Sign in to Valgo' })).toBeVisible();
  await expect(page.getByText(`Signing in to the practice server 127.0.0.1:${cluster.port}/${DATABASE}`)).toBeVisible();
  // The server keeps the logins: no recovery code to offer.
  await expect(page.getByRole('button', { name: 'Forgot the administrator password?' })).toHaveCount(0);
  return page;
}

async function signIn(page: Page, login: string, password: string): Promise<void> {
  await page.getByLabel('Username').fill(login);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
}

/** Serious and critical axe findings (WCAG 2.0/2.1 A and AA) on the page, or within one part of it. */
async function blockingA11y(page: Page, within?: string): Promise<string[]> {
  const axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  const result = await (within ? axe.include(within) : axe).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map((n) => `${v.id} ${n.target.map(String).join(' ')} ${n.failureSummary ?? ''} ${n.html}`),
    );
}

test('the front desk books on one workstation; the treatment room sees it on the other', async ({ browser }) => {
  test.setTimeout(120_000);
  const [frontDesk, room] = await Promise.all([workstation(), workstation()]);

  // The administrator adds the receptionist and the clinician (their own database logins).
  const front = await openSignIn(browser, frontDesk);
  expect(await blockingA11y(front)).toEqual([]);
  await front.screenshot({ path: `${SHOTS}/server-sign-in.png` });
  await signIn(front, ADMIN.login, ADMIN.password);
  // Settings → Data source names the server in use.
  await goTo(front, '#/settings/data-source');
  const section = front.getByRole('region', { name: 'Data source' });
  await expect(section).toContainText(`Practice server 127.0.0.1:${cluster.port}/${DATABASE}`);
  expect(await blockingA11y(front, '#settings-data-source')).toEqual([]);
  await front.screenshot({ path: `${SHOTS}/server-data-source.png` });
  await call(front, 'staff:create', {
    name: 'Rita Reception',
    username: 'rita',
    role: 'receptionist',
    password: 'rita-password',
  });
  await call(front, 'staff:create', {
    name: 'Clara Clinician',
    username: 'clara',
    role: 'clinician',
    password: 'clara-password',
  });
  const clinician = await seedClinician(front);
  const child = await seedChild(front);
  await call(front, 'staff:sign-out', {});
  await front.reload();

  // The receptionist signs in at the front desk and books a visit.
  await signIn(front, 'rita', 'rita-password');
  // About a month ahead.
  const day = weekdayAhead(30);
  const booked = await call<{ appointment: { id: number } }>(front, 'appointments:create', {
    patientId: child.id,
    clinicianId: clinician.id,
    typeId: 2,
    start: { date: day, time: '10:00' },
  });
  await expect(call(front, 'assessments:list', { patientId: child.id })).rejects.toThrow(/DENIED/);

  // The clinician, at the other workstation, finds it in the diary.
  const treatment = await openSignIn(browser, room);
  await signIn(treatment, 'clara', 'clara-password');
  await goTo(treatment, `#/diary?date=${day}`);
  const block = treatment.locator(`[data-visit="${booked.appointment.id}"]`);
  await expect(block).toHaveAttribute('data-start', '10:00');
  await expect(block).toHaveAccessibleName(/Sokolova, Mia/);
  await treatment.screenshot({ path: `${SHOTS}/server-diary-other-desk.png` });

  // A wrong password at the treatment room's sign-in: refused, nothing else said.
  await call(treatment, 'staff:sign-out', {});
  await treatment.reload();
  await treatment.getByLabel('Username').fill('clara');
  await treatment.getByLabel('Password').fill('not-the-password');
  await treatment.getByRole('button', { name: 'Sign in' }).click();
  await expect(treatment.getByRole('alert')).toContainText('The username or password is not right');
});

test('an administrator backs up the practice server from Settings → Backups', async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await openSignIn(browser, await workstation());
  await signIn(page, ADMIN.login, ADMIN.password);
  await goTo(page, '#/settings/backups');
  const section = page.getByRole('region', { name: 'Practice server backups' });
  await expect(section).toContainText('No server backups in this folder yet.');
  await section.getByRole('button', { name: 'Back up now' }).click();
  const report = page.getByRole('dialog', { name: 'Server backup saved' });
  await expect(report).toContainText('Restore drill passed', { timeout: 60_000 });
  await expect(report).toContainText(/SHA-256: [0-9a-f]{64}/);
  await page.screenshot({ path: `${SHOTS}/server-backup-report.png` });
  await report.getByRole('button', { name: 'Close' }).click();
  await expect(section.getByText('Passed', { exact: true })).toBeVisible();
  expect(await blockingA11y(page, '#settings-backups')).toEqual([]);
  await section.screenshot({ path: `${SHOTS}/server-backups.png` });
});

test('a member deactivated at one desk is signed out at the other at once, and the administrator is told', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const [office, frontDesk] = await Promise.all([workstation(), workstation()]);
  const admin = await openSignIn(browser, office);
  await signIn(admin, ADMIN.login, ADMIN.password);
  await call(admin, 'staff:create', {
    name: 'Lena Leaving',
    username: 'lena',
    role: 'receptionist',
    password: 'lena-password',
  });
  const lena = await openSignIn(browser, frontDesk);
  await signIn(lena, 'lena', 'lena-password');

  await goTo(admin, '#/settings/staff');
  const row = admin
    .getByRole('list', { name: 'Staff accounts' })
    .getByRole('listitem')
    .filter({ hasText: 'Lena Leaving' });
  await row.getByRole('button', { name: 'Deactivate' }).click();
  const confirm = admin.getByRole('dialog', { name: 'Deactivate Lena Leaving?' });
  await confirm.getByRole('button', { name: 'Deactivate' }).click();
  await expect(confirm).toBeHidden();
  await expect(
    admin.getByText('Saved. Lena Leaving was signed out on the other computers at once (computers: 1).'),
  ).toBeVisible();
  await admin.screenshot({ path: `${SHOTS}/server-staff-deactivated.png` });

  // Her window learns it at its next call (the live-update wait or the status check).
  await expect(lena.getByText('Your account was deactivated by an administrator.')).toBeVisible({ timeout: 20_000 });
  await expect(lena.getByRole('heading', { name: 'Sign in to Valgo' })).toBeVisible();
  expect(await blockingA11y(lena)).toEqual([]);
  await lena.screenshot({ path: `${SHOTS}/server-signed-out-deactivated.png` });
});

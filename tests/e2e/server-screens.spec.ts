import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './valgo-server';
import { call, seedChild } from './page-api';
import { goTo, openWindow } from './windows';

/*
 * Two practice-server screens never photographed before, at 1366×768: the first-run bar "Use a
 * practice server instead" with its form (reached and filled by keyboard only), and the notice of
 * a save refused because another window saved the same child first ("Load their version"), in
 * English and Russian. Axe (WCAG 2.0/2.1 A and AA) finds nothing serious or critical on either.
 */

const SHOTS = '/tmp/shots';
test.use({ viewport: { width: 1366, height: 768 } });
test.beforeAll(() => fs.mkdirSync(SHOTS, { recursive: true }));

async function blockingA11y(page: Page): Promise<string[]> {
  // Let transitions settle before judging colours.
  await page.waitForTimeout(400);
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} ${n.target.map(String).join(' ')} ${n.html}`));
}

/** Presses Tab until `target` has the focus (at most `limit` times). */
async function tabTo(page: Page, target: Locator, limit = 15): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

test.describe('first run', () => {
  test.use({ firstRun: true });

  test('the "practice server" bar and its form work by keyboard, with field errors from main', async ({
    page,
    openApp,
  }) => {
    test.setTimeout(90_000);
    await openApp();
    const bar = page.getByRole('complementary', { name: 'Where does this practice keep its data?' });
    await expect(bar).toContainText('Data: this computer only.');
    const offer = bar.getByRole('button', { name: 'Use a practice server instead' });
    expect(await blockingA11y(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/first-run-bar.png` });

    // Tab to the offer, Enter: the server form, its first field next in line.
    await tabTo(page, offer);
    await page.keyboard.press('Enter');
    const form = page.getByRole('form', { name: 'Practice server' });
    await expect(form).toBeVisible();
    const host = form.getByLabel(/Server address/);
    await tabTo(page, host);
    await page.keyboard.type('127.0.0.1');
    await page.keyboard.press('Tab');
    await expect(form.getByLabel(/^Port/)).toBeFocused();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('54x');
    await page.keyboard.press('Tab');
    await page.keyboard.type('practice');
    await page.keyboard.press('Tab');
    await page.keyboard.type('/nowhere/practice-ca.pem');
    // Enter in a field saves: the form's own check puts the focus on the port.
    await page.keyboard.press('Enter');
    await expect(form).toContainText('A port is a number from 1 to 65535.');
    await expect(form.getByLabel(/^Port/)).toBeFocused();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('5432');
    await page.keyboard.press('Enter');
    // Main reads the CA file: nothing there, said on the field, which gets the focus; nothing saved.
    const caFile = form.getByLabel(/CA certificate/);
    await expect(form).toContainText('There is no file at this path that Valgo can read.');
    await expect(caFile).toBeFocused();
    expect(await blockingA11y(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/first-run-server-form.png` });
    expect((await call<{ chosen: unknown }>(page, 'data-source:get', {})).chosen).toBeNull();

    // No CA file (the server on this computer): saved for the next start.
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toContainText('Saved. Close Valgo and open it again to switch.');
    await page.screenshot({ path: `${SHOTS}/first-run-server-saved.png` });
  });
});

test('a save refused because another window saved first offers "Load their version" (EN and RU)', async ({
  page,
  browser,
  server,
  openApp,
}) => {
  test.setTimeout(90_000);
  await openApp('#/children');
  const child = await seedChild(page);
  const other = await openWindow(browser, server, { viewport: { width: 1366, height: 768 } });
  /** The other window saves the child with a new first name. */
  const saveElsewhere = async (firstName: string) => {
    const stored = await call<Record<string, unknown> & { version: number; guardians: Record<string, unknown>[] }>(
      other,
      'patients:get',
      { id: child.id },
    );
    const { firstName: _, id, version, guardians, lastName, middleName, dateOfBirth, sex, notes } = stored;
    await call(other, 'patients:update', {
      id,
      version,
      patient: {
        firstName,
        lastName,
        middleName,
        dateOfBirth,
        sex,
        notes,
        guardians: guardians.map(({ id: _id, phoneE164: _e164, ...g }) => g),
      },
    });
  };

  await goTo(page, `#/children/${child.id}/edit`);
  await expect(page.getByLabel('First name')).toHaveValue('Mia');
  await page.getByLabel('Last name').fill('Typed Here');
  await saveElsewhere('Milena');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const notice = page.getByRole('alert').filter({ hasText: /^Changed by Anna Admin at .+ since you opened it\./ });
  await expect(notice).toBeVisible();
  // Save is at the foot of the form, the notice at its top: it is scrolled into sight.
  await expect(notice).toBeInViewport();
  await expect(notice.getByRole('button', { name: 'Load their version' })).toBeVisible();
  await expect(page.getByLabel('Last name')).toHaveValue('Typed Here');
  expect(await blockingA11y(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/stale-notice.png` });

  // Their version, then the same in Russian (the other window switches the language for all).
  await notice.getByRole('button', { name: 'Load their version' }).click();
  await expect(page.getByLabel('First name')).toHaveValue('Milena');
  await call(other, 'settings:update', { language: 'ru' });
  await page.reload();
  await expect(page.getByLabel('Фамилия')).toHaveValue('Sokolova');
  await page.getByLabel('Фамилия').fill('Набрано здесь');
  await saveElsewhere('Mila');
  await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
  const russian = page.getByRole('alert').filter({ has: page.getByRole('button', { name: 'Загрузить их версию' }) });
  await expect(russian).toBeInViewport();
  expect(await blockingA11y(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/stale-notice-ru.png` });
  await other.close();
});

test('the move to a practice server: the form, refused with field errors, by keyboard', async ({ page, openApp }) => {
  test.setTimeout(90_000);
  await openApp('#/settings/data-source');
  const section = page.getByRole('region', { name: 'Data source' });
  await section.getByRole('button', { name: "Move this computer's records to a practice server…" }).click();
  const form = page.getByRole('form', { name: "Move this computer's records to a practice server" });
  await expect(form).toBeVisible();
  await expect(form.getByLabel("Server owner's password")).toBeVisible();
  expect(await blockingA11y(page)).toEqual([]);
  await form.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/move-to-server-form.png` });
  // Nothing typed: each required field says so, and nothing starts.
  await form.getByRole('button', { name: 'Move the records' }).click();
  await expect(form.getByLabel(/Server address/)).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/move-to-server-refused.png` });
});

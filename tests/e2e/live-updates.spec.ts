import { test, expect, signInAdmin } from './valgo-server';
import { call, seedChild, seedClinician } from './page-api';
import { goTo, openWindow, weekdayAhead } from './windows';

/*
 * Live updates in Chromium over the browser-mode bridge: a second window on the same Valgo shows
 * a visit booked in the first within a second, without a reload (the long-poll `changes:wait`
 * over HTTP); when Valgo stops, the window says "Reconnecting…" and keeps what was typed.
 */

test('a visit booked in one window appears in the other window’s open diary within a second', async ({
  page,
  browser,
  server,
  openApp,
}) => {
  test.setTimeout(90_000);
  await openApp('#/children');
  const clinician = await seedClinician(page);
  const child = await seedChild(page);
  const day = weekdayAhead(7);

  // The window's loop: first where the feed is (`after: null`), then a long wait after that position;
  // the window is open once it waits so.
  const room = await openWindow(browser, server, {
    until: (window) =>
      window.waitForRequest((r) => r.url().includes('changes%3Await') && /"after":\d+/.test(r.postData() ?? '')),
  });
  // Same browser-mode token as the first window, so already signed in (no reload).
  expect(await signInAdmin(room)).toBe(false);
  await goTo(room, `#/diary?date=${day}`);
  await expect(room.getByRole('group', { name: /^Dr Irina Volkova/ })).toBeVisible();

  // The window learns of the booking from main (its pending `changes:wait` answers) ...
  const told = room.waitForResponse(
    async (r) => r.url().includes('changes%3Await') && (await r.text()).includes('"table":"appointments"'),
  );
  const booked = await call<{ appointment: { id: number } }>(page, 'appointments:create', {
    patientId: child.id,
    clinicianId: clinician.id,
    typeId: 2,
    start: { date: day, time: '10:00' },
  });
  // From the moment the booking is stored (the call has answered), not counting the call itself.
  const stored = Date.now();
  await told;
  expect(Date.now() - stored).toBeLessThan(1_000);
  // ... and the open diary reads the day again and draws it (rendering time depends on the machine's load).
  const block = room.locator(`[data-visit="${booked.appointment.id}"]`);
  await expect(block).toBeVisible({ timeout: 3_000 });
  await expect(block).toHaveAccessibleName(/Sokolova, Mia/);
  await room.close();
});

test('when Valgo stops, the window says "Reconnecting…" and keeps what was typed', async ({
  page,
  server,
  openApp,
}) => {
  test.setTimeout(60_000);
  await openApp('#/children');
  const child = await seedChild(page);
  await goTo(page, `#/children/${child.id}/edit`);
  const first = page.getByLabel('First name');
  await expect(first).toHaveValue('Mia');
  await first.fill('Maria');

  await server.stop();
  const banner = page.getByRole('status').filter({ hasText: 'Reconnecting…' });
  await expect(banner).toBeVisible({ timeout: 5_000 });
  // A status line, not a dialog: the form is still there, with what was typed, and still editable.
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(first).toHaveValue('Maria');
  await page.getByLabel('Last name').fill('Sokolova-Novak');
  await expect(page.getByLabel('Last name')).toHaveValue('Sokolova-Novak');
  // Looked at by hand, not compared.
  await page.screenshot({ path: '/tmp/shots/reconnecting.png' });
});

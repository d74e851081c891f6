import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { seedChild, startRealCore } from './real-core';
import { bornAgo, renderRealApp } from './render-app';

/* The admin's audit log screen over the real core: entries, filters, paging and the chain check. */

const rows = () =>
  within(screen.getByRole('table', { name: 'Audit log' }))
    .getAllByRole('row')
    .slice(1);

describe('audit log screen', { timeout: 60_000 }, () => {
  it('lists who opened which child, filters by child and action, and verifies the chain', async () => {
    const rc = await startRealCore();
    const mia = await seedChild(rc, { firstName: 'Mia', lastName: 'Novak', dateOfBirth: bornAgo(5) });
    const lev = await seedChild(rc, { firstName: 'Lev', lastName: 'Orlov', dateOfBirth: bornAgo(6) });
    await rc.call('patients:record', { id: mia.id });
    await rc.call('patients:record', { id: lev.id });
    const { user } = await renderRealApp(rc, '#/children');
    await user.click(await screen.findByRole('link', { name: 'Audit log' }));
    expect(await screen.findByRole('heading', { name: 'Audit log' })).toBeInTheDocument();
    await waitFor(() => expect(rows().length).toBeGreaterThanOrEqual(4));
    expect(screen.getAllByRole('link', { name: `Child #${mia.id}` }).length).toBeGreaterThan(0);

    // The child through the search, by name.
    await user.type(screen.getByRole('combobox', { name: 'Child (name or number)' }), 'Orlov');
    await user.click(await screen.findByRole('option', { name: `Orlov Lev · #${lev.id}` }));
    await waitFor(() => {
      for (const row of rows()) expect(row).toHaveTextContent(`Child #${lev.id}`);
    });
    expect(rows().map((r) => r.textContent)).toEqual(
      expect.arrayContaining([expect.stringContaining('patients:record'), expect.stringContaining('patients:create')]),
    );

    await user.click(screen.getByRole('button', { name: 'Verify the log' }));
    // The verdict is a status of its own (the window's live-update line is another, empty one).
    const verdicts = await screen.findAllByRole('status');
    expect(verdicts.some((v) => /The log is intact: \d+ entries checked/.test(v.textContent ?? ''))).toBe(true);
  });

  it('names the entry changed behind the database’s back', async () => {
    const rc = await startRealCore();
    await seedChild(rc, { firstName: 'Mia', lastName: 'Novak', dateOfBirth: bornAgo(5) });
    const raw = rc.database.sqlite;
    // The recorder writes after each call, in the background: wait for the set-up and the new child.
    const count = () => (raw.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
    await waitFor(() => expect(count()).toBeGreaterThanOrEqual(2));
    raw.exec('DROP TRIGGER audit_log_no_update');
    raw.prepare("UPDATE audit_log SET outcome = 'denied' WHERE id = 2").run();
    const { user } = await renderRealApp(rc, '#/audit');
    await user.click(await screen.findByRole('button', { name: 'Verify the log' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Entry #2 was changed after it was written. Entries before it are intact.',
    );
  });
});

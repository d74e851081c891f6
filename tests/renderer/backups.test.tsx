import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { seedChild, startRealCore } from './real-core';
import { bornAgo, renderRealApp } from './render-app';

describe('Settings → Backups', { timeout: 60_000 }, () => {
  it('backs up now, tests a restore, restores with a report, and refuses a relative folder', async () => {
    const real = await startRealCore();
    await seedChild(real, { firstName: 'Mia', lastName: 'Novak', dateOfBirth: bornAgo(5) });
    const { user } = await renderRealApp(real, '#/settings/backups');
    const section = within((await screen.findByRole('heading', { name: 'Backups' })).closest('section')!);

    await user.click(section.getByRole('button', { name: 'Back up now' }));
    // The automatic backup taken at start, and this one.
    await waitFor(() => expect(section.getAllByRole('row')).toHaveLength(3));
    expect(section.getAllByRole('cell', { name: 'Back up now' })).toHaveLength(1);

    // The newest first: the manual one.
    await user.click(section.getAllByRole('button', { name: /^Test restore of the backup of/ })[0]!);
    const drill = within(await screen.findByRole('dialog', { name: 'Test restore' }));
    expect(await drill.findByText('Test restore passed')).toBeInTheDocument();
    expect(drill.getByRole('rowheader', { name: 'patients' })).toBeInTheDocument();
    await user.click(drill.getByRole('button', { name: 'Close' }));

    await seedChild(real, { firstName: 'Leo', lastName: 'Later', dateOfBirth: bornAgo(4) });
    await user.click((await section.findAllByRole('button', { name: /^Restore the backup of/ }))[0]!);
    const confirm = within(await screen.findByRole('dialog', { name: /^Restore the backup of/ }));
    await user.click(confirm.getByRole('button', { name: 'Restore' }));
    const done = within(await screen.findByRole('dialog', { name: 'Backup restored' }));
    expect(done.getByText(/1 children, 0 visits, 0 booklets/)).toBeInTheDocument();
    const children = await real.call('patients:search', { query: '', limit: 10 });
    expect(JSON.stringify(children)).not.toContain('Later');
    await user.click(done.getByRole('button', { name: 'Close' }));
    expect(await section.findByRole('cell', { name: 'Before a restore' })).toBeInTheDocument();

    const field = section.getByRole('textbox', { name: 'Backup folder' });
    await user.clear(field);
    await user.type(field, 'relative/folder');
    await user.click(section.getByRole('button', { name: 'Save folder' }));
    expect(await section.findByText('Enter a full path, starting with / or a drive letter')).toBeInTheDocument();
  });

  it('is not shown to the front desk (main refuses the channels to anyone but an administrator)', async () => {
    const real = await startRealCore({ role: 'receptionist' });
    await renderRealApp(real, '#/settings');
    expect(await screen.findByRole('heading', { name: 'Settings' })).toBeInTheDocument();
    console.log(screen.getAllByRole('heading').map((h) => h.textContent));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Backups' })).not.toBeInTheDocument());
    expect((await real.core.dispatch('backups:list', {})).ok).toBe(false);
  });
});

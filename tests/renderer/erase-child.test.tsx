import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CallFailed } from '../../renderer/api';
import { seedChild, startRealCore } from './real-core';
import { bornAgo, renderRealApp } from './render-app';

/* Erasing a child (admins) and the whole-record zip, through the whole app over the real core. */

describe('erasing a child', { timeout: 60_000 }, () => {
  it('erases only once the full name is typed, then leaves the record; the audit log keeps the id', async () => {
    const rc = await startRealCore();
    const mia = await seedChild(rc, { firstName: 'Mia', lastName: 'Novak', dateOfBirth: bornAgo(5) });
    const { user } = await renderRealApp(rc, `#/children/${mia.id}`);
    expect(await screen.findByRole('button', { name: 'Export record (zip)' })).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Erase child…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Erase Mia Novak for good?' });
    const erase = within(dialog).getByRole('button', { name: 'Erase for good' });
    const field = within(dialog).getByRole('textbox', { name: 'Child’s full name' });
    expect(erase).toBeDisabled();

    await user.type(field, 'Mia');
    expect(erase).toBeDisabled();
    await user.keyboard('{Enter}');
    expect(within(dialog).getByText('This is not the child’s full name.')).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(rc.callsTo('patients:erase')).toHaveLength(0);

    // Cancel keeps the child.
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect((await rc.call('patients:get', { id: mia.id })).id).toBe(mia.id);

    await user.click(screen.getByRole('button', { name: 'Erase child…' }));
    const again = await screen.findByRole('dialog', { name: 'Erase Mia Novak for good?' });
    await user.type(within(again).getByRole('textbox', { name: 'Child’s full name' }), ' mia  novak ');
    await user.click(within(again).getByRole('button', { name: 'Erase for good' }));
    expect(await screen.findByText('Mia Novak was erased.')).toBeInTheDocument();
    expect(rc.callsTo('patients:erase')).toEqual([{ id: mia.id, confirmName: ' mia  novak ' }]);
    await waitFor(() => expect(window.location.hash).toBe('#/children'));
    await expect(rc.call('patients:get', { id: mia.id })).rejects.toBeInstanceOf(CallFailed);

    const log = await rc.call('audit:list', { patientId: mia.id });
    // Written by the erase itself, in its transaction; the reads before and after are there too.
    expect(log.items.filter((e) => e.action === 'erase')).toEqual([
      expect.objectContaining({ patientId: mia.id, userName: 'Anna Admin', userRole: 'admin', outcome: 'ok' }),
    ]);
    expect(log.items.some((e) => e.action === 'read' && e.channel === 'patients:record')).toBe(true);
    expect(JSON.stringify(log)).not.toMatch(/Mia|Novak/);
    expect(await rc.call('audit:verify', {})).toMatchObject({ ok: true });
  });

  it('shows the front desk neither the zip nor the erase', async () => {
    const rc = await startRealCore({ role: 'receptionist' });
    const mia = await seedChild(rc, { firstName: 'Mia', lastName: 'Novak', dateOfBirth: bornAgo(5) });
    await renderRealApp(rc, `#/children/${mia.id}`);
    expect(await screen.findByRole('heading', { name: 'Mia Novak' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Erase child…' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Export record (zip)' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Audit log' })).toBeNull();
    await expect(rc.call('patients:erase', { id: mia.id, confirmName: 'Mia Novak' })).rejects.toMatchObject({
      error: { code: 'DENIED' },
    });
  });
});

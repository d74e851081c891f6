import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { localToday } from '../../shared/contract';
import { addDays } from '../../shared/calendar';
import { bornAgo, renderRealApp } from './render-app';
import { desktopDouble, seedChild, seedClinician, seedHours, startRealCore } from './real-core';

/*
 * The card needs the clinic phone: main refuses it without one, and "Print card" answers that
 * refusal with a dialog asking for the number, then prints (the desktop app, real core).
 */

async function miaWithAVisit() {
  const desktop = desktopDouble();
  const real = await startRealCore({ mode: 'electron', desktop });
  const irina = await seedClinician(real);
  await seedHours(real, irina);
  const mia = await seedChild(real, { firstName: 'Mia', lastName: 'Sokolova', dateOfBirth: bornAgo(4) });
  const type = (await real.call('appointment-types:list', {})).find((t) => t.code === 'follow_up')!;
  await real.call('appointments:create', {
    patientId: mia.id,
    clinicianId: irina.id,
    typeId: type.id,
    start: { date: addDays(localToday(), 10), time: '10:00' },
  });
  return { real, desktop, mia };
}

describe('the clinic phone before the first card', { timeout: 60_000 }, () => {
  it('asks for the missing clinic phone, saves it, then prints', async () => {
    const { real, desktop, mia } = await miaWithAVisit();
    const { user } = await renderRealApp(real, `#/children/${mia.id}`);
    await user.click(await screen.findByRole('button', { name: 'Print card' }));

    const dialog = await screen.findByRole('dialog', { name: 'Add the clinic phone' });
    const field = screen.getByRole('textbox', { name: 'Clinic phone' });
    expect(field).toHaveFocus();
    await user.type(field, '12');
    await user.click(screen.getByRole('button', { name: 'Save and print' }));
    expect(await screen.findByText('Enter at least 5 digits')).toBeInTheDocument();
    expect(desktop.handed).toHaveLength(0);

    await user.clear(field);
    await user.type(field, '+7 495 765-43-21');
    await user.click(screen.getByRole('button', { name: 'Save and print' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    await waitFor(() => expect(desktop.handed.map((h) => h.action)).toEqual(['print']));
    expect((await real.call('settings:get', {})).clinicPhone).toBe('+7 495 765-43-21');
    expect(await screen.findByText('Sent to the printer')).toBeInTheDocument();
    // Main was asked twice: refused, then printed with the saved number.
    expect(real.callsTo('appointments:card')).toHaveLength(2);

    // The next card prints straight away.
    await user.click(screen.getByRole('button', { name: 'Print card' }));
    await waitFor(() => expect(desktop.handed).toHaveLength(2));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('prints nothing and says nothing when the dialog is cancelled', async () => {
    const { real, desktop, mia } = await miaWithAVisit();
    const { user } = await renderRealApp(real, `#/children/${mia.id}`);
    await user.click(await screen.findByRole('button', { name: 'Print card' }));
    await screen.findByRole('dialog', { name: 'Add the clinic phone' });
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('button', { name: 'Print card' })).toBeEnabled());
    expect(desktop.handed).toHaveLength(0);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect((await real.call('settings:get', {})).clinicPhone).toBe('');
  });
});

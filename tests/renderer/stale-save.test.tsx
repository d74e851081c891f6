import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Patient } from '../../shared/contract';
import { seedChild, startRealCore, type RealCore } from './real-core';
import { bornAgo, renderRealApp } from './render-app';

/*
 * Two desks, one child: while the form is open here, a second desk (another session, another
 * member of staff) saves the same child through the real core. Saving here is refused with who
 * changed it and when; what was typed stays on screen; "Load their version" shows theirs.
 */

const DESK_B = 'desk-b';

/** Boris, signed in on a second session of the same core. */
async function secondDesk(rc: RealCore) {
  await rc.call('staff:create', {
    name: 'Boris Ivanov',
    username: 'boris',
    role: 'clinician',
    password: 'boris-pass1',
  });
  const signIn = await rc.core.dispatch('staff:sign-in', { username: 'boris', password: 'boris-pass1' }, DESK_B);
  expect(signIn.ok).toBe(true);
  return async (child: Patient, change: Partial<Patient>) => {
    const { id, version, guardians, firstName, middleName, lastName, dateOfBirth, sex, notes } = child;
    const patient = {
      firstName,
      middleName,
      lastName,
      dateOfBirth,
      sex,
      notes,
      guardians: guardians.map(({ id: _, phoneE164: __, ...g }) => g),
      ...change,
    };
    const answer = await rc.core.dispatch('patients:update', { id, version, patient }, DESK_B);
    expect(answer.ok).toBe(true);
  };
}

const field = (label: string) => screen.getByLabelText<HTMLInputElement>(label);

describe('a save based on an older version', { timeout: 60_000 }, () => {
  it('is refused naming who changed the child, keeps what was typed, and loads their version on request', async () => {
    const rc = await startRealCore();
    const saveOnDeskB = await secondDesk(rc);
    const child = await seedChild(rc, { firstName: 'Mia', lastName: 'Sokolova', dateOfBirth: bornAgo(4) });
    const { user } = await renderRealApp(rc, `#/children/${child.id}/edit`);
    await waitFor(() => expect(field('First name')).toHaveValue('Mia'));

    await user.clear(field('Last name'));
    await user.type(field('Last name'), 'Typed Here');
    await saveOnDeskB(child, { firstName: 'Milena' });
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const notice = await screen.findByText(/^Changed by Boris Ivanov at .+ since you opened it\./);
    expect(notice.closest('[role="alert"]')).not.toBeNull();
    // What was typed is still there, and nothing of it was stored.
    expect(field('Last name')).toHaveValue('Typed Here');
    expect(field('First name')).toHaveValue('Mia');
    const stored = await rc.call('patients:get', { id: child.id });
    expect([stored.firstName, stored.lastName, stored.version]).toEqual(['Milena', 'Sokolova', 2]);
    expect(rc.callsTo('patients:update')).toEqual([expect.objectContaining({ id: child.id, version: 1 })]);

    await user.click(screen.getByRole('button', { name: 'Load their version' }));
    await waitFor(() => expect(field('First name')).toHaveValue('Milena'));
    expect(field('Last name')).toHaveValue('Sokolova');
    expect(screen.queryByText(/^Changed by Boris Ivanov/)).not.toBeInTheDocument();

    // Based on their version, the change goes through.
    await user.clear(field('Last name'));
    await user.type(field('Last name'), 'Typed Again');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await rc.call('patients:get', { id: child.id })).lastName).toBe('Typed Again'));
    const after = await rc.call('patients:get', { id: child.id });
    expect([after.firstName, after.version]).toEqual(['Milena', 3]);
  });
});

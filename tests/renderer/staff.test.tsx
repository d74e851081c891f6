import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../renderer/App';
import { seedAssessment, seedChild, seedClinician, startRealCore, type RealCore } from './real-core';
import { bornAgo } from './render-app';

/* Sign-in, first run, the lock and roles, over the real core (one session: 'default'). */

function renderApp(real: RealCore, hash = '#/children') {
  window.history.replaceState(null, '', hash);
  const user = userEvent.setup({ delay: null });
  render(<App api={real.api} />);
  return user;
}

describe('staff sign-in', { timeout: 60_000 }, () => {
  it('creates the administrator on first run and shows the recovery code once, acknowledged', async () => {
    const real = await startRealCore({ role: null });
    const user = renderApp(real);
    expect(await screen.findByRole('heading', { name: 'Create the administrator' })).toBeInTheDocument();
    await user.type(screen.getByLabelText(/Full name/), 'Anna Admin');
    await user.type(screen.getByLabelText(/Username/), 'anna');
    await user.type(screen.getByLabelText(/Password/), 'short');
    await user.click(screen.getByRole('button', { name: 'Create administrator' }));
    expect(await screen.findByText('At least 8 characters')).toBeInTheDocument();
    await user.clear(screen.getByLabelText(/Password/));
    await user.type(screen.getByLabelText(/Password/), 'anna-password');
    await user.click(screen.getByRole('button', { name: 'Create administrator' }));
    const code = await screen.findByTestId('recovery-code');
    expect((code as HTMLInputElement).value).toMatch(/^[A-Z2-9]{5}(-[A-Z2-9]{5}){3}$/);
    const go = screen.getByRole('button', { name: 'Continue' });
    expect(go).toBeDisabled();
    await user.click(screen.getByLabelText('I have written down the recovery code'));
    await user.click(go);
    expect(await screen.findByRole('navigation')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Signed in as Anna Admin' })).toBeInTheDocument();
  });

  it('signs out from the user menu, refuses a wrong password, and signs back in', async () => {
    const real = await startRealCore();
    const user = renderApp(real);
    await user.click(await screen.findByRole('button', { name: 'Signed in as Anna Admin' }));
    await user.click(screen.getByRole('menuitem', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { name: 'Sign in to Valgo' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Username'), 'admin');
    await user.type(screen.getByLabelText('Password'), 'wrong-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The username or password is not right');
    await user.type(screen.getByLabelText('Password'), 'admin-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('navigation')).toBeInTheDocument();
  });

  it('sets a new administrator password with the recovery code, then shows the next code', async () => {
    const real = await startRealCore({ role: null });
    const { recoveryCode } = await real.call('staff:setup', {
      name: 'Anna',
      username: 'anna',
      password: 'old-password',
    });
    await real.call('staff:sign-out', {});
    const user = renderApp(real);
    await user.click(await screen.findByRole('button', { name: 'Forgot the administrator password?' }));
    await user.type(screen.getByLabelText('Username'), 'anna');
    await user.type(screen.getByLabelText('Recovery code'), 'WRONG-CODE');
    await user.type(screen.getByLabelText('New password'), 'new-password');
    await user.click(screen.getByRole('button', { name: 'Set new password' }));
    expect(await screen.findByText('This recovery code does not match')).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Recovery code'));
    await user.type(screen.getByLabelText('Recovery code'), recoveryCode);
    await user.click(screen.getByRole('button', { name: 'Set new password' }));
    const next = await screen.findByTestId('recovery-code');
    expect((next as HTMLInputElement).value).not.toBe(recoveryCode);
    await user.click(screen.getByLabelText('I have written down the recovery code'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.type(await screen.findByLabelText('Username'), 'anna');
    await user.type(screen.getByLabelText('Password'), 'new-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('navigation')).toBeInTheDocument();
  });

  it('keeps what was typed behind the lock and resumes after unlocking as the same user', async () => {
    const real = await startRealCore();
    const user = renderApp(real, '#/children/new');
    const first = await screen.findByLabelText(/First name/);
    await user.type(first, 'Unsaved');
    await user.click(screen.getByRole('button', { name: 'Signed in as Anna Admin' }));
    await user.click(screen.getByRole('menuitem', { name: 'Lock now' }));
    const lock = await screen.findByRole('dialog', { name: 'Valgo is locked' });
    expect(await real.call('staff:status', {})).toMatchObject({ locked: true });
    await user.type(within(lock).getByLabelText(/Password/), 'nope-nope');
    await user.click(within(lock).getByRole('button', { name: 'Unlock' }));
    expect(await within(lock).findByText('The password is not right')).toBeInTheDocument();
    await user.type(within(lock).getByLabelText(/Password/), 'admin-password');
    await user.click(within(lock).getByRole('button', { name: 'Unlock' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Valgo is locked' })).toBeNull());
    expect(screen.getByLabelText(/First name/)).toHaveValue('Unsaved');
  });

  it('shows a receptionist the contacts and visits of a child, never the notes or assessments', async () => {
    const real = await startRealCore();
    const clinician = await seedClinician(real);
    const child = await seedChild(real, { firstName: 'Mia', lastName: 'Sokolova', dateOfBirth: bornAgo(5) });
    await real.call('patients:update', {
      id: child.id,
      version: child.version,
      patient: { ...child, notes: 'Hypermobile; anxious at visits' },
    });
    await seedAssessment(real, child, clinician);
    await real.call('staff:create', {
      name: 'Rita Desk',
      username: 'rita',
      role: 'receptionist',
      password: 'rita-password',
    });
    await real.call('staff:sign-in', { username: 'rita', password: 'rita-password' });
    renderApp(real, `#/children/${child.id}`);
    expect(await screen.findByRole('heading', { name: /Mia/ })).toBeInTheDocument();
    expect(screen.getByText('Olga Sokolova')).toBeInTheDocument();
    expect(screen.queryByText(/Hypermobile/)).toBeNull();
    expect(screen.queryByRole('link', { name: /Record assessment/ })).toBeNull();
    expect(screen.queryByRole('heading', { name: /heel angle/i })).toBeNull();
    window.location.hash = `#/children/${child.id}/booklet`;
    expect(await screen.findByText('Not available for your role')).toBeInTheDocument();
  });
});

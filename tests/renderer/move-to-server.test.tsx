import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../renderer/App';
import { signInToServer } from '../../electron/services/server/login';
import { setupPracticeServer } from '../../electron/services/server/setup';
import { startPgCluster, type PgCluster } from '../support/pg-cluster';
import { requirePasswords } from '../support/pg-password-auth';
import { seedChild, startRealCore, type RealCore } from './real-core';

/*
 * Settings → Data source → "Move this computer's records to a practice server" (issue 13 §6):
 * the form's checks, main's refusals on their fields, and the move itself through the real
 * handler into a throwaway PostgreSQL cluster that asks staff logins for their passwords.
 */

let cluster: PgCluster;

beforeAll(async () => {
  cluster = await startPgCluster();
  try {
    await requirePasswords(cluster);
  } catch (error) {
    cluster.stop();
    throw error;
  }
}, 60_000);

afterAll(() => cluster?.stop());

async function openMoveForm(real: RealCore) {
  window.history.replaceState(null, '', '#/settings/data-source');
  const user = userEvent.setup({ delay: null });
  render(<App api={real.api} />);
  await user.click(
    await screen.findByRole(
      'button',
      { name: "Move this computer's records to a practice server…" },
      { timeout: 10_000 },
    ),
  );
  const form = await screen.findByRole('form', { name: "Move this computer's records to a practice server" });
  return { user, form };
}

async function fillServer(user: ReturnType<typeof userEvent.setup>, form: HTMLElement, database: string) {
  const inForm = within(form);
  await user.type(inForm.getByLabelText(/Server address/), cluster.host);
  const port = inForm.getByLabelText(/Port/);
  await user.clear(port);
  await user.type(port, String(cluster.port));
  await user.type(inForm.getByLabelText(/Database/), database);
  await user.type(inForm.getByLabelText(/Server owner's login/), cluster.user);
  await user.click(inForm.getByRole('combobox', { name: /Administrator who signs in first/ }));
  await user.click(await screen.findByRole('option', { name: 'Anna Admin (admin)' }));
}

describe('moving this computer’s records to a practice server', { timeout: 180_000 }, () => {
  it('checks the form, and shows main’s refusals on the fields they concern; nothing is moved', async () => {
    const real = await startRealCore();
    const { user, form } = await openMoveForm(real);
    const inForm = within(form);
    await user.click(inForm.getByRole('button', { name: 'Move the records' }));
    expect(await inForm.findAllByText('Fill this in')).not.toHaveLength(0);
    expect(real.callsTo('data-source:move')).toHaveLength(0);

    await fillServer(user, form, 'postgres');
    await user.type(inForm.getByLabelText('Their new server password'), 'short');
    await user.type(inForm.getByLabelText('New server password again'), 'shorter');
    await user.click(inForm.getByRole('button', { name: 'Move the records' }));
    expect(await inForm.findByText('The two passwords differ.')).toBeInTheDocument();
    expect(inForm.getByText('At least 8 characters')).toBeInTheDocument();
    expect(real.callsTo('data-source:move')).toHaveLength(0);

    // A database that was not set up for a move: main refuses it on its field.
    await user.clear(inForm.getByLabelText('Their new server password'));
    await user.type(inForm.getByLabelText('Their new server password'), 'server pass 1');
    await user.clear(inForm.getByLabelText('New server password again'));
    await user.type(inForm.getByLabelText('New server password again'), 'server pass 1');
    await user.click(inForm.getByRole('button', { name: 'Move the records' }));
    expect(
      await inForm.findByText('This database was not set up for a move (server:setup with --for-move).'),
    ).toBeInTheDocument();
    expect(real.callsTo('data-source:move')).toHaveLength(1);
    // The owner's password was never kept anywhere the window can read.
    expect(await real.call('data-source:get', {})).toMatchObject({ chosen: null, active: { kind: 'local' } });
  });

  it('moves the records with progress, reports every table and the logins, and switches to the server', async () => {
    await setupPracticeServer({
      superuser: { connectionString: cluster.url },
      database: 'desk_move',
      admin: null,
      appVersion: '0.0.0-test',
    });
    const real = await startRealCore();
    await seedChild(real, { firstName: 'Mia', lastName: 'Novak', dateOfBirth: '2019-05-06' });
    const { user, form } = await openMoveForm(real);
    const inForm = within(form);
    await fillServer(user, form, 'desk_move');
    await user.type(inForm.getByLabelText('Their new server password'), 'server pass 1');
    await user.type(inForm.getByLabelText('New server password again'), 'server pass 1');
    await user.click(inForm.getByRole('button', { name: 'Move the records' }));
    // The window keeps working while main moves: the progress is shown.
    expect(await screen.findByText('Moving… the window keeps working; do not close Valgo.')).toBeInTheDocument();

    expect(await screen.findByText('The move is complete and verified.', {}, { timeout: 120_000 })).toBeInTheDocument();
    const patients = screen.getByRole('row', { name: /^patients/ });
    expect(patients).toHaveTextContent('patients11matches');
    expect(screen.getByText('admin: made for admin, with the new password')).toBeInTheDocument();
    expect(screen.getByText(/Audit chain on the server: intact/)).toBeInTheDocument();

    // The moved administrator signs in to the server with the new password.
    const session = await signInToServer(
      { host: cluster.host, port: cluster.port, database: 'desk_move', caFile: null },
      'admin',
      'server pass 1',
    );
    try {
      expect(session.user).toMatchObject({ name: 'Anna Admin', role: 'admin' });
      const rows = await session.db.selectFrom('patients').select('last_name').execute();
      expect(rows).toEqual([{ last_name: 'Novak' }]);
    } finally {
      await session.close();
    }

    await user.click(screen.getByRole('button', { name: 'Use this server from the next start' }));
    expect(await screen.findByText('Saved. Close Valgo and open it again to switch.')).toBeInTheDocument();
    expect(await real.call('data-source:get', {})).toMatchObject({
      chosen: { kind: 'server', host: cluster.host, port: cluster.port, database: 'desk_move', caFile: null },
      active: { kind: 'local' },
    });
  });
});

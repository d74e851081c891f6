import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCore, type Core } from '../../electron/core';
import { writeDataSource } from '../../electron/data-source';
import { setupPracticeServer } from '../../electron/services/server/setup';
import { App } from '../../renderer/App';
import { createApi } from '../../renderer/api';
import { startPgCluster, type PgCluster } from '../support/pg-cluster';
import { requirePasswords } from '../support/pg-password-auth';

/*
 * A dismissed member of staff on a practice-server workstation (migration 15): the administrator
 * deactivates them at another workstation (another core on the same server); the window they
 * work in goes to the sign-in screen, saying why, without an error in between.
 */

let cluster: PgCluster;
const cores: Core[] = [];
const dirs: string[] = [];

async function workstation(): Promise<Core> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'valgo-cutoff-desk-'));
  dirs.push(dataDir);
  writeDataSource(dataDir, {
    kind: 'server',
    host: '127.0.0.1',
    caFile: null,
    port: cluster.port,
    database: 'practice',
  });
  const core = await startCore({ dataDir, mode: 'browser', version: '0.0.0-test' });
  cores.push(core);
  return core;
}

async function must(core: Core, channel: string, input: unknown) {
  const answer = await core.dispatch(channel, input);
  if (!answer.ok) throw new Error(`${channel}: ${answer.error.message}`);
  return answer.value as { id: number };
}

beforeAll(async () => {
  cluster = await startPgCluster();
  await requirePasswords(cluster);
  await setupPracticeServer({
    superuser: { connectionString: cluster.url },
    database: 'practice',
    admin: { login: 'anna', name: 'Anna Admin', password: 'anna-password' },
    appVersion: '0.0.0-test',
  });
}, 60_000);

afterAll(async () => {
  for (const core of cores) await core.close();
  cluster?.stop();
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe('a member of staff deactivated at another workstation', { timeout: 60_000 }, () => {
  it('is signed out at once, and the sign-in screen says the administrator deactivated the account', async () => {
    const office = await workstation();
    await must(office, 'staff:sign-in', { username: 'anna', password: 'anna-password' });
    const vera = await must(office, 'staff:create', {
      name: 'Vera Desk',
      username: 'vera',
      role: 'receptionist',
      password: 'vera-password',
    });
    const frontDesk = await workstation();
    await must(frontDesk, 'staff:sign-in', { username: 'vera', password: 'vera-password' });

    window.history.replaceState(null, '', '#/children');
    const api = createApi((channel, input) => frontDesk.dispatch(channel, JSON.parse(JSON.stringify(input ?? {}))));
    render(<App api={api} />);
    expect(await screen.findByRole('button', { name: /Vera Desk/ }, { timeout: 10_000 })).toBeInTheDocument();

    await must(office, 'staff:update', { id: vera.id, active: false });
    expect(
      await screen.findByText('Your account was deactivated by an administrator.', {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.queryByText(/cannot be reached|went wrong/i)).not.toBeInTheDocument();
  });

  it('tells the administrator on how many computers the member was signed out', async () => {
    const office = await workstation();
    await must(office, 'staff:sign-in', { username: 'anna', password: 'anna-password' });
    await must(office, 'staff:create', {
      name: 'Olga Desk',
      username: 'olga',
      role: 'receptionist',
      password: 'olga-password',
    });
    const frontDesk = await workstation();
    await must(frontDesk, 'staff:sign-in', { username: 'olga', password: 'olga-password' });

    window.history.replaceState(null, '', '#/settings/staff');
    const api = createApi((channel, input) => office.dispatch(channel, JSON.parse(JSON.stringify(input ?? {}))));
    render(<App api={api} />);
    const user = userEvent.setup();
    const list = await screen.findByRole('list', { name: 'Staff accounts' }, { timeout: 10_000 });
    const olga = within(list).getByText('Olga Desk').closest('li')!;
    await user.click(within(olga as HTMLElement).getByRole('button', { name: 'Deactivate' }));
    const confirm = within(await screen.findByRole('dialog', { name: 'Deactivate Olga Desk?' }));
    await user.click(confirm.getByRole('button', { name: 'Deactivate' }));
    expect(
      await screen.findByText(
        'Saved. Olga Desk was signed out on the other computers at once (computers: 1).',
        {},
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    // And the front desk was in fact signed out, for that reason.
    const status = await frontDesk.dispatch('staff:status', {});
    expect(status.ok && status.value).toMatchObject({ user: null, signedOutReason: 'deactivated' });
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startCore, type Core } from '../../electron/core';
import { writeDataSource } from '../../electron/data-source';
import { setupPracticeServer } from '../../electron/services/server/setup';
import { App } from '../../renderer/App';
import { createApi } from '../../renderer/api';
import { startPgCluster, type PgCluster } from '../support/pg-cluster';
import { requirePasswords } from '../support/pg-password-auth';

/*
 * Settings → Backups on a practice-server workstation, against the real server core on a
 * throwaway PostgreSQL cluster, signed in with the administrator's own login: what to install
 * when the tools are missing, the progress while "Back up now" runs, its report, the folder's
 * list with the verdict, and a restore drill from the list.
 */

let cluster: PgCluster;
let core: Core;
const dirs: string[] = [];
const tempDir = (prefix: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};

beforeAll(async () => {
  cluster = await startPgCluster();
  await requirePasswords(cluster);
  await setupPracticeServer({
    superuser: { connectionString: cluster.url },
    database: 'practice',
    admin: { login: 'anna', name: 'Anna Admin', password: 'anna-password' },
    appVersion: '0.0.0-test',
  });
  const dataDir = tempDir('valgo-desk-');
  writeDataSource(dataDir, {
    kind: 'server',
    host: '127.0.0.1',
    caFile: null,
    port: cluster.port,
    database: 'practice',
  });
  core = await startCore({ dataDir, mode: 'browser', version: '0.0.0-test' });
  const signedIn = await core.dispatch('staff:sign-in', { username: 'anna', password: 'anna-password' });
  if (!signedIn.ok) throw new Error(signedIn.error.message);
}, 60_000);

afterEach(() => {
  delete process.env.VALGO_PG_BIN;
});

afterAll(async () => {
  await core?.close();
  cluster?.stop();
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

async function renderSettings() {
  window.history.replaceState(null, '', '#/settings/backups');
  const api = createApi((channel, input) => core.dispatch(channel, JSON.parse(JSON.stringify(input ?? {}))));
  const user = userEvent.setup({ delay: null });
  const view = render(<App api={api} />);
  const heading = await screen.findByRole('heading', { name: 'Practice server backups' }, { timeout: 10_000 });
  return { user, view, section: within(heading.closest('section')!) };
}

describe('Settings → Backups on a practice-server workstation', { timeout: 60_000 }, () => {
  it('says which package to install instead of the buttons when the tools are missing', async () => {
    process.env.VALGO_PG_BIN = tempDir('valgo-nobin-');
    const { section, view } = await renderSettings();
    const alert = await section.findByRole('alert');
    expect(alert).toHaveTextContent('PostgreSQL’s client tools are needed');
    expect(alert).toHaveTextContent('sudo apt-get install postgresql-client-15');
    expect(section.getByText('pg_dump: not installed')).toBeInTheDocument();
    expect(section.queryByRole('button', { name: 'Back up now' })).not.toBeInTheDocument();
    // The file backups of "This computer only" are not offered on a server workstation.
    expect(screen.queryByRole('heading', { name: 'Backups', level: 2 })).not.toBeInTheDocument();
    view.unmount();
  });

  it('backs up with progress, reports size, checksum and row counts, lists the verdict and drills', async () => {
    const { section, user } = await renderSettings();
    expect(await section.findByText(/^Server: PostgreSQL 15/)).toBeInTheDocument();
    expect(section.getByText(/^pg_dump 1\d/)).toBeInTheDocument();
    expect(await section.findByText('No server backups in this folder yet.')).toBeInTheDocument();

    await user.click(section.getByRole('button', { name: 'Back up now' }));
    // Running: the button says so and a progress bar with the current step shows.
    expect(await section.findByRole('button', { name: 'Backing up…' })).toBeDisabled();
    expect(section.getByRole('progressbar', { name: 'Backing up…' })).toBeInTheDocument();

    const report = within(await screen.findByRole('dialog', { name: 'Server backup saved' }, { timeout: 30_000 }));
    expect(report.getByText(/^SHA-256: [0-9a-f]{64}$/)).toBeInTheDocument();
    expect(report.getByText(/^Size: \d+ KB$/)).toBeInTheDocument();
    expect(report.getByText(/saved without their passwords/)).toBeInTheDocument();
    expect(report.getByText(/^Restore drill passed/)).toBeInTheDocument();
    const staffRow = report.getByRole('rowheader', { name: 'staff' }).closest('tr')!;
    expect(
      within(staffRow)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1', '1']);
    await user.click(report.getByRole('button', { name: 'Close' }));

    const row = (await section.findByRole('button', { name: /^Restore drill of the backup of/ })).closest('tr')!;
    expect(within(row).getByText('Passed')).toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: /^Restore drill of the backup of/ }));
    expect(await section.findByRole('progressbar', { name: 'Test-restoring…' })).toBeInTheDocument();
    const drill = within(await screen.findByRole('dialog', { name: 'Restore drill' }, { timeout: 30_000 }));
    expect(drill.getByText(/^Restore drill passed/)).toBeInTheDocument();
    expect(drill.getByRole('rowheader', { name: 'patients' })).toBeInTheDocument();
    await user.click(drill.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(section.getByRole('button', { name: 'Back up now' })).toBeEnabled());
  });
});

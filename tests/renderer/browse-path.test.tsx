import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { PathRequest } from '../../electron/desktop-actions';
import { App } from '../../renderer/App';
import { desktopDouble, startRealCore, type RealCore } from './real-core';
import { renderRealApp } from './render-app';

/*
 * "Browse…" beside the path fields, over the real core. The system dialog is the only double:
 * it answers what the user would pick; main's checks on save are the real ones.
 */

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'valgo-browse-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** The desktop app's actions with a system dialog that answers `picks` in turn (null: Cancel). */
function desktopWithDialog(picks: (string | null)[]) {
  const asked: PathRequest[] = [];
  const desktop = {
    ...desktopDouble(),
    async choosePath(request: PathRequest) {
      asked.push(request);
      return picks.shift() ?? null;
    },
  };
  return { desktop, asked };
}

function renderFirstRun(real: RealCore) {
  window.history.replaceState(null, '', '#/children');
  const user = userEvent.setup({ delay: null });
  render(<App api={real.api} />);
  return user;
}

const pem = path.resolve('tests/fixtures/practice-ca.pem');

describe('Browse… for a path', { timeout: 60_000 }, () => {
  it('first run: the dialog fills the CA field, and saving still runs main’s certificate check', async () => {
    const notPem = path.join(tempDir(), 'practice-ca.crt');
    fs.writeFileSync(notPem, 'not a certificate\n');
    const { desktop, asked } = desktopWithDialog([null, notPem, pem]);
    const real = await startRealCore({ role: null, mode: 'electron', desktop });
    const user = renderFirstRun(real);
    await user.click(await screen.findByRole('button', { name: 'Use a practice server instead' }));
    await user.type(await screen.findByLabelText(/Server address/), 'db.practice.example');
    await user.type(screen.getByLabelText(/Database/), 'practice');
    const field = screen.getByRole('textbox', { name: /CA certificate/ });
    await user.type(field, 'half/typed');

    // Keyboard reachable: Tab from the field lands on the button, Enter opens the dialog.
    const browse = screen.getByRole('button', { name: 'Browse for the CA certificate file' });
    expect(browse).toHaveTextContent('Browse…');
    await user.tab();
    expect(browse).toHaveFocus();
    await user.keyboard('{Enter}');
    // Cancelled: the field keeps what was typed.
    await waitFor(() => expect(asked).toHaveLength(1));
    expect(asked[0]).toEqual({ kind: 'caFile', title: "Choose the practice's CA certificate file" });
    expect(field).toHaveValue('half/typed');

    await user.click(browse);
    await waitFor(() => expect(field).toHaveValue(notPem));
    await user.click(screen.getByRole('button', { name: 'Use this server' }));
    expect(
      await screen.findByText('This file holds no PEM certificate (-----BEGIN CERTIFICATE-----).'),
    ).toBeInTheDocument();
    expect(field).toHaveFocus();
    expect((await real.call('data-source:get', {})).chosen).toBeNull();

    // The next dialog starts at the path in the field.
    await user.click(browse);
    expect(asked[2]).toMatchObject({ kind: 'caFile', defaultPath: notPem });
    await waitFor(() => expect(field).toHaveValue(pem));
    await user.click(screen.getByRole('button', { name: 'Use this server' }));
    expect(await screen.findByText('Saved. Close Valgo and open it again to switch.')).toBeInTheDocument();
    expect((await real.call('data-source:get', {})).chosen).toMatchObject({ kind: 'server', caFile: pem });
  });

  it('Settings → Backups: the dialog fills the folder, and saving checks it as typed', async () => {
    const chosen = path.join(tempDir(), 'usb', 'valgo-backups');
    // What the dialog chose is gone by the time of the save (a file stands there now).
    const gone = path.join(tempDir(), 'valgo-backups');
    fs.writeFileSync(gone, '');
    const { desktop, asked } = desktopWithDialog([gone, chosen]);
    const real = await startRealCore({ mode: 'electron', desktop });
    const { user } = await renderRealApp(real, '#/settings/backups');
    const section = within((await screen.findByRole('heading', { name: 'Backups' })).closest('section')!);
    // Keyed by the saved folder: the field is made again once the settings arrive, and after a save.
    const field = () => section.getByRole('textbox', { name: 'Backup folder' });
    const before = (await real.call('backups:settings:get', {})).folder;
    await waitFor(() => expect(field()).toHaveValue(before));

    const browse = section.getByRole('button', { name: 'Browse for the backup folder' });
    await user.click(browse);
    expect(asked[0]).toEqual({ kind: 'folder', title: 'Choose the backup folder', defaultPath: before });
    await waitFor(() => expect(field()).toHaveValue(gone));
    await user.click(section.getByRole('button', { name: 'Save folder' }));
    expect(await section.findByText('Valgo cannot write to this folder')).toBeInTheDocument();
    expect((await real.call('backups:settings:get', {})).folder).toBe(before);

    await user.click(browse);
    await waitFor(() => expect(field()).toHaveValue(chosen));
    await user.click(section.getByRole('button', { name: 'Save folder' }));
    await waitFor(async () => expect((await real.call('backups:settings:get', {})).folder).toBe(chosen));
    // Main made the folder, private to this account.
    expect(fs.statSync(chosen).isDirectory()).toBe(true);
    if (process.platform !== 'win32') expect(fs.statSync(chosen).mode & 0o777).toBe(0o700);
  });

  it('browser mode has no system dialog: the fields only, as before', async () => {
    const real = await startRealCore({ role: null });
    const user = renderFirstRun(real);
    await user.click(await screen.findByRole('button', { name: 'Use a practice server instead' }));
    expect(await screen.findByRole('textbox', { name: /CA certificate/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Browse/ })).not.toBeInTheDocument();

    const admin = await startRealCore();
    await renderRealApp(admin, '#/settings/backups');
    const section = within((await screen.findByRole('heading', { name: 'Backups' })).closest('section')!);
    expect(section.getByRole('textbox', { name: 'Backup folder' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Browse/ })).not.toBeInTheDocument();
    // And main refuses the channel outright.
    expect(await admin.core.dispatch('desktop:choose-path', { kind: 'folder', title: 'F' })).toMatchObject({
      ok: false,
    });
  });
});

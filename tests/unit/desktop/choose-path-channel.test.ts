import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startCore, type Core } from '../../../electron/core';
import type { DesktopActions, PathRequest } from '../../../electron/desktop-actions';

/*
 * `desktop:choose-path` over the real core: main asks the system dialog (the only double here)
 * and answers its path; who may open it; browser mode has no dialog.
 */

const cores: Core[] = [];
const dirs: string[] = [];

afterEach(async () => {
  await Promise.all(cores.splice(0).map((c) => c.close()));
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function dialogDouble(answer: string | null) {
  const choosePath = vi.fn(async (_request: PathRequest) => answer);
  const desktop: DesktopActions = {
    savePdf: async () => null,
    openPdf: async () => undefined,
    printPdf: async () => false,
    choosePath,
  };
  return { desktop, choosePath };
}

async function core(desktop?: DesktopActions): Promise<Core> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'valgo-choose-'));
  dirs.push(dataDir);
  const started = await startCore({
    dataDir,
    mode: desktop ? 'electron' : 'browser',
    version: '0.0.0-test',
    ...(desktop ? { desktop } : {}),
  });
  cores.push(started);
  return started;
}

async function must(c: Core, channel: string, input: unknown, session?: string) {
  const answer = await c.dispatch(channel, input, session);
  if (!answer.ok) throw new Error(`${channel}: ${JSON.stringify(answer.error)}`);
  return answer.value;
}

const pem = path.resolve('tests/fixtures/practice-ca.pem');

describe('desktop:choose-path', () => {
  it('answers the path the dialog chose, or null when it was cancelled', async () => {
    const chosen = dialogDouble(pem);
    const c = await core(chosen.desktop);
    await must(c, 'staff:setup', { name: 'Anna Admin', username: 'admin', password: 'admin-password' });
    const start = path.dirname(pem);
    expect(await must(c, 'desktop:choose-path', { kind: 'caFile', title: ' Choose ', defaultPath: start })).toEqual({
      path: pem,
    });
    expect(chosen.choosePath).toHaveBeenCalledWith({ kind: 'caFile', title: 'Choose', defaultPath: start });
    // An empty field sends an empty start: the dialog gets none.
    await must(c, 'desktop:choose-path', { kind: 'folder', title: 'Folder', defaultPath: '' });
    expect(chosen.choosePath).toHaveBeenLastCalledWith({ kind: 'folder', title: 'Folder' });

    const cancelled = dialogDouble(null);
    const c2 = await core(cancelled.desktop);
    await must(c2, 'staff:setup', { name: 'Anna Admin', username: 'admin', password: 'admin-password' });
    expect(await must(c2, 'desktop:choose-path', { kind: 'folder', title: 'Folder' })).toEqual({ path: null });
  });

  it('opens at first run for anyone, then for the administrator only', async () => {
    const { desktop, choosePath } = dialogDouble(pem);
    const c = await core(desktop);
    // Before any account exists (the first-run server form).
    expect(await must(c, 'desktop:choose-path', { kind: 'caFile', title: 'CA' }, 'first')).toEqual({ path: pem });
    await must(c, 'staff:setup', { name: 'Anna Admin', username: 'admin', password: 'admin-password' }, 'admin');
    expect(await c.dispatch('desktop:choose-path', { kind: 'caFile', title: 'CA' }, 'first')).toMatchObject({
      ok: false,
      error: { code: 'SIGNED_OUT' },
    });
    await must(
      c,
      'staff:create',
      { name: 'Rita', username: 'rita', role: 'receptionist', password: 'rita-password' },
      'admin',
    );
    await must(c, 'staff:sign-in', { username: 'rita', password: 'rita-password' }, 'desk');
    expect(await c.dispatch('desktop:choose-path', { kind: 'folder', title: 'F' }, 'desk')).toMatchObject({
      ok: false,
      error: { code: 'DENIED' },
    });
    expect(choosePath).toHaveBeenCalledTimes(1);
  });

  it('refuses bad input naming the field, and has no dialog in browser mode', async () => {
    const { desktop, choosePath } = dialogDouble(pem);
    const c = await core(desktop);
    expect(await c.dispatch('desktop:choose-path', { kind: 'file', title: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [expect.objectContaining({ path: 'kind' })] },
    });
    expect(await c.dispatch('desktop:choose-path', { kind: 'folder', title: '' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [expect.objectContaining({ path: 'title' })] },
    });
    expect(choosePath).not.toHaveBeenCalled();

    const browser = await core();
    const answer = await browser.dispatch('desktop:choose-path', { kind: 'folder', title: 'F' });
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringMatching(/desktop app/) },
    });
  });
});

import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startCore, type Core } from '../../../electron/core';
import type { DesktopActions, PathRequest } from '../../../electron/desktop-actions';
import { startPracticeServer, type PracticeServer } from '../../support/practice-server';

/*
 * "Browse…" on a practice-server workstation (Settings → Data source, server backups folder):
 * `desktop:choose-path` runs on the signed-in administrator's desk, and only theirs.
 */

let server: PracticeServer;
let core: Core;
const chosen = path.resolve('tests/fixtures');
const choosePath = vi.fn(async (_request: PathRequest) => chosen);

beforeAll(async () => {
  server = await startPracticeServer();
  const desktop: DesktopActions = {
    savePdf: async () => null,
    openPdf: async () => undefined,
    printPdf: async () => false,
    choosePath,
  };
  core = await startCore({ dataDir: server.deskFolder(), mode: 'electron', version: '0.0.0-test', desktop });
}, 60_000);

afterAll(async () => {
  await core?.close();
  server?.stop();
});

describe('choosing a path on a server workstation', () => {
  it('opens the dialog for the signed-in administrator only', async () => {
    const request = { kind: 'folder', title: 'Choose the backup folder' };
    expect(await core.dispatch('desktop:choose-path', request, 'admin')).toMatchObject({
      ok: false,
      error: { code: 'SIGNED_OUT' },
    });
    const { admin } = server;
    const signIn = await core.dispatch('staff:sign-in', { username: admin.login, password: admin.password }, 'admin');
    expect(signIn.ok).toBe(true);
    expect(await core.dispatch('desktop:choose-path', request, 'admin')).toEqual({ ok: true, value: { path: chosen } });
    expect(choosePath).toHaveBeenCalledWith(request);

    const staff = { name: 'Rita Reception', username: 'rita', role: 'receptionist', password: 'rita-password' };
    expect((await core.dispatch('staff:create', staff, 'admin')).ok).toBe(true);
    expect((await core.dispatch('staff:sign-in', { username: 'rita', password: 'rita-password' }, 'desk')).ok).toBe(
      true,
    );
    expect(await core.dispatch('desktop:choose-path', request, 'desk')).toMatchObject({
      ok: false,
      error: { code: 'DENIED' },
    });
    expect(choosePath).toHaveBeenCalledTimes(1);
  });
});

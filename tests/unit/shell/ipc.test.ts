import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import type { Dispatch } from '../../../electron/dispatch';

const electron = vi.hoisted(() => ({ ipcMain: { handle: vi.fn() } }));
vi.mock('electron', () => electron);

import { registerInvokeHandler } from '../../../electron/shell/ipc';

type InvokeHandler = (event: unknown, channel: unknown, input: unknown) => Promise<unknown>;

const OUR_CONTENTS_ID = 7;

function ourWindow(destroyed = false) {
  return { isDestroyed: () => destroyed, webContents: { id: OUR_CONTENTS_ID } } as unknown as BrowserWindow;
}

function eventFrom({ id = OUR_CONTENTS_ID, url = 'app://valgo/index.html', parent = null as unknown, frame = true }) {
  return { sender: { id }, senderFrame: frame ? { url, parent } : null };
}

function setup(window: BrowserWindow | null = ourWindow()) {
  electron.ipcMain.handle.mockClear();
  const dispatch = vi.fn<Dispatch>(async () => ({ ok: true, value: 'answer' }));
  registerInvokeHandler(dispatch, () => window);
  expect(electron.ipcMain.handle).toHaveBeenCalledTimes(1);
  const [channel, handler] = electron.ipcMain.handle.mock.calls[0]! as [string, InvokeHandler];
  return { channel, handler, dispatch };
}

const FORBIDDEN = { ok: false, error: { code: 'FORBIDDEN', message: expect.any(String) } };

beforeEach(() => vi.spyOn(console, 'error').mockImplementation(() => undefined));

describe('valgo:invoke', () => {
  it('registers exactly one handler, on valgo:invoke', () => {
    expect(setup().channel).toBe('valgo:invoke');
  });

  it('passes calls from our window to dispatch and returns its envelope', async () => {
    const { handler, dispatch } = setup();
    const input = { query: 'Ann' };
    await expect(handler(eventFrom({}), 'patients:search', input)).resolves.toEqual({ ok: true, value: 'answer' });
    // One session per window: the sign-in and the idle lock belong to this window.
    expect(dispatch).toHaveBeenCalledWith('patients:search', input, `window:${OUR_CONTENTS_ID}`);
  });

  it('accepts any page of our origin', async () => {
    const { handler, dispatch } = setup();
    await handler(eventFrom({ url: 'app://valgo/index.html#/patients/3' }), 'app:info', {});
    expect(dispatch).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['another webContents', eventFrom({ id: OUR_CONTENTS_ID + 1 })],
    ['a remote page', eventFrom({ url: 'https://example.com/' })],
    ['a file: page', eventFrom({ url: 'file:///home/user/evil.html' })],
    ['another app:// host', eventFrom({ url: 'app://other/index.html' })],
    ['a look-alike host', eventFrom({ url: 'app://valgo.evil/index.html' })],
    ['a subframe of our page', eventFrom({ parent: { url: 'app://valgo/index.html' } })],
    ['a frame that has gone', eventFrom({ frame: false })],
  ])('refuses %s with FORBIDDEN, without dispatching', async (_name, event) => {
    const { handler, dispatch } = setup();
    await expect(handler(event, 'app:info', {})).resolves.toEqual(FORBIDDEN);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses everything when the window is gone or destroyed', async () => {
    for (const window of [null, ourWindow(true)]) {
      const { handler, dispatch } = setup(window);
      await expect(handler(eventFrom({}), 'app:info', {})).resolves.toEqual(FORBIDDEN);
      expect(dispatch).not.toHaveBeenCalled();
    }
  });

  it('answers a non-text channel name with UNKNOWN_CHANNEL', async () => {
    const { handler, dispatch } = setup();
    await expect(handler(eventFrom({}), { toString: () => 'app:info' }, {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('turns a dispatch failure into an INTERNAL envelope instead of rejecting', async () => {
    const { handler, dispatch } = setup();
    dispatch.mockRejectedValueOnce(new Error('/secret/path/valgo.sqlite3 is locked'));
    const answer = await handler(eventFrom({}), 'app:info', {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(answer)).not.toContain('/secret/path');
  });
});

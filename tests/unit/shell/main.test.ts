import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { version } from '../../../package.json';

/*
 * electron/main.ts only wires; this checks the wiring: that each shell module is applied to the
 * real Electron objects, before 'ready' where Electron requires it, and that a failed start
 * ends in an error box. Electron and the core are replaced by recording fakes.
 */

type Listener = (...args: unknown[]) => unknown;

const h = vi.hoisted(() => {
  const listeners = new Map<string, Listener[]>();
  const windows: Array<Record<string, unknown> & { options: unknown }> = [];
  let resolveReady: () => void = () => undefined;
  const core = {
    dispatch: vi.fn(async () => ({ ok: true, value: 'dispatched' })),
    info: { version: '0.0.0', dataDir: '/data/Valgo', schemaVersion: 1, mode: 'electron' },
    close: vi.fn(async () => undefined),
  };
  class FakeWindow {
    webContents = { id: 41 };
    loadURL = vi.fn(async () => undefined);
    once = vi.fn();
    on = vi.fn();
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    isMinimized = vi.fn(() => false);
    isDestroyed = vi.fn(() => false);
    constructor(public options: unknown) {
      windows.push(this as unknown as Record<string, unknown> & { options: unknown });
    }
  }
  const electron = {
    app: {
      isPackaged: false,
      commandLine: { getSwitchValue: vi.fn(() => '') },
      setPath: vi.fn(),
      getPath: vi.fn(() => '/data/Valgo'),
      enableSandbox: vi.fn(),
      requestSingleInstanceLock: vi.fn(() => true),
      quit: vi.fn(),
      exit: vi.fn(),
      on: vi.fn((event: string, listener: Listener) => {
        listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      }),
      whenReady: vi.fn(() => new Promise<void>((resolve) => (resolveReady = resolve))),
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
    shell: { openExternal: vi.fn(async () => undefined) },
    dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn(async () => ({ response: 0 })) },
    Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
    BrowserWindow: FakeWindow,
    ipcMain: { handle: vi.fn() },
    utilityProcess: { fork: vi.fn() },
  };
  return {
    electron,
    core,
    windows,
    listeners,
    ready: () => resolveReady(),
    forgetReady: () => {
      resolveReady = () => undefined;
    },
    startCore: vi.fn(async (_options: unknown): Promise<unknown> => core),
  };
});

vi.mock('electron', () => h.electron);
vi.mock('../../../electron/core', () => ({ startCore: h.startCore }));

const emit = (event: string, ...args: unknown[]) => (h.listeners.get(event) ?? []).map((l) => l(...args));

async function loadMain({ ready = true } = {}) {
  vi.resetModules();
  await import('../../../electron/main');
  if (ready) h.ready();
}

beforeEach(() => {
  vi.clearAllMocks();
  h.listeners.clear();
  h.windows.length = 0;
  // A module loaded by an earlier test must never see 'ready'.
  h.forgetReady();
  h.electron.app.isPackaged = false;
  h.electron.app.requestSingleInstanceLock.mockReturnValue(true);
  h.startCore.mockImplementation(async () => h.core);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

describe('before ready', () => {
  it('registers the app scheme, sandbox and the lock before waiting for ready', async () => {
    await loadMain({ ready: false });
    const { app, protocol } = h.electron;
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(app.enableSandbox).toHaveBeenCalled();
    expect(app.requestSingleInstanceLock).toHaveBeenCalled();
    const whenReadyOrder = app.whenReady.mock.invocationCallOrder[0]!;
    expect(protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]).toBeLessThan(whenReadyOrder);
    expect(app.enableSandbox.mock.invocationCallOrder[0]).toBeLessThan(whenReadyOrder);
    expect(h.startCore).not.toHaveBeenCalled();
    expect(h.windows).toHaveLength(0);
  });

  it('applies --user-data-dir before taking the lock (the lock lives in that folder)', async () => {
    h.electron.app.commandLine.getSwitchValue.mockReturnValueOnce('/tmp/valgo-test');
    await loadMain({ ready: false });
    expect(h.electron.app.setPath).toHaveBeenCalledWith('userData', path.resolve('/tmp/valgo-test'));
    expect(h.electron.app.setPath.mock.invocationCallOrder[0]).toBeLessThan(
      h.electron.app.requestSingleInstanceLock.mock.invocationCallOrder[0]!,
    );
  });

  it('a second instance quits and starts nothing', async () => {
    h.electron.app.requestSingleInstanceLock.mockReturnValue(false);
    await loadMain();
    expect(h.electron.app.quit).toHaveBeenCalled();
    expect(h.electron.app.whenReady).not.toHaveBeenCalled();
    expect(h.startCore).not.toHaveBeenCalled();
  });
});

describe('after ready', () => {
  it('starts the core on the userData folder in electron mode with the package version', async () => {
    await loadMain();
    await vi.waitFor(() => expect(h.windows).toHaveLength(1));
    expect(h.startCore).toHaveBeenCalledWith({
      dataDir: '/data/Valgo',
      mode: 'electron',
      version,
      // Print / save / open for booklets; fonts from the npm package while not packaged.
      desktop: expect.objectContaining({ printPdf: expect.any(Function), savePdf: expect.any(Function) }),
      fontsDir: undefined,
      // Booklets render in Electron utility processes (no child_process.fork with runAsNode off).
      spawnRenderer: expect.any(Function),
    });
    expect(h.electron.app.getPath).toHaveBeenCalledWith('userData');
  });

  it('opens one sandboxed window with the built preload and loads app://valgo/index.html', async () => {
    await loadMain();
    await vi.waitFor(() => expect(h.windows).toHaveLength(1));
    const window = h.windows[0]!;
    const prefs = (window.options as { webPreferences: Record<string, unknown> }).webPreferences;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(prefs.allowRunningInsecureContent).not.toBe(true);
    expect(path.isAbsolute(prefs.preload as string)).toBe(true);
    expect(prefs.preload).toMatch(/[\\/]preload[\\/]preload\.cjs$/);
    expect(window.loadURL).toHaveBeenCalledWith('app://valgo/index.html');
  });

  it('serves app://, denies permissions, handles IPC and sets the menu before the window opens', async () => {
    await loadMain();
    await vi.waitFor(() => expect(h.windows).toHaveLength(1));
    const { protocol, session, ipcMain, Menu } = h.electron;
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledWith(expect.any(Function));
    expect(session.defaultSession.setPermissionCheckHandler).toHaveBeenCalledWith(expect.any(Function));
    expect(ipcMain.handle).toHaveBeenCalledWith('valgo:invoke', expect.any(Function));
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    const served = protocol.handle.mock.calls[0]![1] as (request: Request) => Promise<Response>;
    const response = await served(new Request('app://valgo/..%2f..%2fpackage.json'));
    expect(response.status).toBe(404);
    expect(response.headers.get('Content-Security-Policy')).toContain("default-src 'self'");
  });

  it('IPC from the window it opened reaches dispatch', async () => {
    await loadMain();
    await vi.waitFor(() => expect(h.windows).toHaveLength(1));
    const handler = h.electron.ipcMain.handle.mock.calls[0]![1] as Listener;
    const event = { sender: { id: 41 }, senderFrame: { url: 'app://valgo/index.html', parent: null } };
    await expect(handler(event, 'app:info', {})).resolves.toEqual({ ok: true, value: 'dispatched' });
    const stranger = { sender: { id: 99 }, senderFrame: { url: 'app://valgo/index.html', parent: null } };
    await expect(handler(stranger, 'app:info', {})).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('guards every webContents that is created', async () => {
    await loadMain();
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    emit('web-contents-created', {}, contents);
    const events = contents.on.mock.calls.map(([name]) => name);
    expect(events).toEqual(expect.arrayContaining(['will-navigate', 'will-attach-webview']));
    const openHandler = contents.setWindowOpenHandler.mock.calls[0]![0] as Listener;
    expect(openHandler({ url: 'https://valgo.app/help' })).toEqual({ action: 'deny' });
    expect(h.electron.shell.openExternal).toHaveBeenCalledWith('https://valgo.app/help');
    expect(openHandler({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(h.electron.shell.openExternal).toHaveBeenCalledTimes(1);
  });

  it('development builds get developer tools in the menu; packaged builds do not', async () => {
    const roles = () => {
      const template = h.electron.Menu.buildFromTemplate.mock.calls.at(-1)![0] as MenuItemConstructorOptions[];
      return JSON.stringify(template);
    };
    await loadMain();
    await vi.waitFor(() => expect(h.electron.Menu.setApplicationMenu).toHaveBeenCalled());
    expect(roles()).toContain('toggleDevTools');

    vi.clearAllMocks();
    h.electron.app.isPackaged = true;
    Object.assign(process, { resourcesPath: '/opt/Valgo/resources' });
    await loadMain();
    await vi.waitFor(() => expect(h.electron.Menu.setApplicationMenu).toHaveBeenCalled());
    expect(roles()).not.toContain('toggleDevTools');
    // Packaged builds read the booklet fonts from resources/fonts.
    expect(h.startCore).toHaveBeenCalledWith(expect.objectContaining({ fontsDir: '/opt/Valgo/resources/fonts' }));
  });

  it('a second start brings the window forward', async () => {
    await loadMain();
    await vi.waitFor(() => expect(h.windows).toHaveLength(1));
    emit('second-instance');
    expect(h.windows[0]!.focus).toHaveBeenCalled();
  });

  it('closes the database before quitting and quits when the window closes', async () => {
    await loadMain();
    await vi.waitFor(() => expect(h.windows).toHaveLength(1));
    emit('window-all-closed');
    expect(h.electron.app.quit).toHaveBeenCalled();
    const event = { preventDefault: vi.fn() };
    emit('will-quit', event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(h.core.close).toHaveBeenCalledTimes(1);
  });
});

describe('startup failure', () => {
  it('a database from a newer Valgo is shown in an error box and the app exits', async () => {
    h.startCore.mockImplementationOnce(async () => {
      // The class from the module main.ts loaded (each test loads main.ts afresh).
      const { DatabaseTooNewError } = await import('../../../electron/db/migrate');
      throw new DatabaseTooNewError(7, 1);
    });
    await loadMain();
    await vi.waitFor(() => expect(h.electron.app.exit).toHaveBeenCalledWith(1));
    expect(h.electron.dialog.showErrorBox).toHaveBeenCalledWith(
      'Valgo needs updating',
      expect.stringContaining('/data/Valgo'),
    );
    expect(h.windows).toHaveLength(0);
  });

  it('a failure after the core started closes the database too', async () => {
    h.electron.protocol.handle.mockImplementationOnce(() => {
      throw new Error('scheme already handled');
    });
    await loadMain();
    await vi.waitFor(() => expect(h.electron.app.exit).toHaveBeenCalledWith(1));
    expect(h.core.close).toHaveBeenCalledTimes(1);
    expect(h.electron.dialog.showErrorBox).toHaveBeenCalledWith(
      'Valgo could not start',
      expect.stringContaining('scheme already handled'),
    );
  });
});

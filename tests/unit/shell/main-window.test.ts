import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';
import { mainWindowOptions, openMainWindow, type WindowConstructor } from '../../../electron/shell/main-window';

const PRELOAD = '/app/out/preload/preload.cjs';

describe('main window options', () => {
  it('isolates and sandboxes the renderer, with no Node', () => {
    const prefs = mainWindowOptions(PRELOAD).webPreferences!;
    expect(prefs.preload).toBe(PRELOAD);
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webviewTag).toBe(false);
  });

  it('keeps web security on and insecure content off', () => {
    const prefs = mainWindowOptions(PRELOAD).webPreferences!;
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).not.toBe(true);
    expect(prefs.experimentalFeatures).not.toBe(true);
    expect(prefs.enableBlinkFeatures).toBeUndefined();
  });

  it('starts hidden until the page is ready', () => {
    expect(mainWindowOptions(PRELOAD).show).toBe(false);
    expect(mainWindowOptions(PRELOAD).title).toBe('Valgo');
  });
});

describe('openMainWindow', () => {
  function fakeWindowClass(loadResult: Promise<void> = Promise.resolve()) {
    const created: Array<{
      options: BrowserWindowConstructorOptions;
      loadURL: ReturnType<typeof vi.fn>;
      show: ReturnType<typeof vi.fn>;
      once: ReturnType<typeof vi.fn>;
    }> = [];
    class FakeWindow {
      loadURL = vi.fn(() => loadResult);
      show = vi.fn();
      once = vi.fn();
      constructor(public options: BrowserWindowConstructorOptions) {
        created.push(this);
      }
    }
    return { WindowClass: FakeWindow as unknown as WindowConstructor, created };
  }

  it('creates one window with the secure options and loads the URL', () => {
    const { WindowClass, created } = fakeWindowClass();
    openMainWindow(WindowClass, PRELOAD, 'app://valgo/index.html');
    expect(created).toHaveLength(1);
    expect(created[0]!.options).toEqual(mainWindowOptions(PRELOAD));
    expect(created[0]!.loadURL).toHaveBeenCalledWith('app://valgo/index.html');
  });

  it('shows the window on ready-to-show, not before', () => {
    const { WindowClass, created } = fakeWindowClass();
    openMainWindow(WindowClass, PRELOAD, 'app://valgo/index.html');
    const window = created[0]!;
    expect(window.show).not.toHaveBeenCalled();
    const [event, listener] = window.once.mock.calls[0]! as [string, () => void];
    expect(event).toBe('ready-to-show');
    listener();
    expect(window.show).toHaveBeenCalledTimes(1);
  });

  it('logs a failed load instead of leaving an unhandled rejection', async () => {
    const failure = new Error('ERR_FILE_NOT_FOUND');
    const { WindowClass } = fakeWindowClass(Promise.reject(failure));
    const logError = vi.fn();
    openMainWindow(WindowClass, PRELOAD, 'app://valgo/index.html', logError);
    await vi.waitFor(() => expect(logError).toHaveBeenCalledWith(failure));
  });
});

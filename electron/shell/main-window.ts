import type { BrowserWindow, BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/**
 * The renderer's powers, in one place. The page gets no Node, runs in Chromium's sandbox with its
 * own JavaScript world separate from the preload, and reaches main only through `window.valgo`.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    // A file dropped on the window must not replace the app with that file.
    navigateOnDragDrop: false,
    safeDialogs: true,
  };
}

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    title: 'Valgo',
    width: 1280,
    height: 860,
    minWidth: 960,
    minHeight: 640,
    backgroundColor: '#ffffff',
    // Shown on 'ready-to-show' so the window never flashes empty.
    show: false,
    webPreferences: secureWebPreferences(preloadPath),
  };
}

export type WindowConstructor = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

/** Creates the one window and loads `url` into it. */
export function openMainWindow(
  BrowserWindowClass: WindowConstructor,
  preloadPath: string,
  url: string,
  logError: (error: unknown) => void = (error) => console.error('[valgo] the window could not load:', error),
): BrowserWindow {
  const window = new BrowserWindowClass(mainWindowOptions(preloadPath));
  window.once('ready-to-show', () => window.show());
  window.loadURL(url).catch(logError);
  return window;
}

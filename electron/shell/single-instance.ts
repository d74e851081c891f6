/*
 * One Valgo per data folder: two processes writing the same SQLite file would fight over locks
 * (busy errors mid-save) and each would keep its own idea of what is on screen. Starting Valgo
 * again brings the running window forward instead.
 */

/** The part of Electron's `app` used here. */
export interface SingleInstanceApp {
  requestSingleInstanceLock(): boolean;
  quit(): void;
  on(event: 'second-instance', listener: () => void): unknown;
}

/** The part of `BrowserWindow` needed to bring it forward. */
export interface RaisableWindow {
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

/**
 * Returns true when this process is the one Valgo; otherwise asks the app to quit and returns
 * false, and the caller must not start anything.
 */
export function claimSingleInstance(app: SingleInstanceApp, getWindow: () => RaisableWindow | null): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    const window = getWindow();
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });
  return true;
}

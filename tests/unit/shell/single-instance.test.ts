import { describe, expect, it, vi } from 'vitest';
import { claimSingleInstance, type RaisableWindow } from '../../../electron/shell/single-instance';

function fakeApp(gotLock: boolean) {
  const listeners = new Map<string, () => void>();
  return {
    requestSingleInstanceLock: vi.fn(() => gotLock),
    quit: vi.fn(),
    on: vi.fn((event: string, listener: () => void) => listeners.set(event, listener)),
    secondInstance: () => listeners.get('second-instance')!(),
    listeners,
  };
}

function fakeWindow(minimized: boolean) {
  return { isMinimized: vi.fn(() => minimized), restore: vi.fn(), show: vi.fn(), focus: vi.fn() };
}

describe('claimSingleInstance', () => {
  it('quits and reports false when another Valgo holds the lock', () => {
    const app = fakeApp(false);
    expect(claimSingleInstance(app, () => null)).toBe(false);
    expect(app.requestSingleInstanceLock).toHaveBeenCalledTimes(1);
    expect(app.quit).toHaveBeenCalledTimes(1);
    expect(app.listeners.has('second-instance')).toBe(false);
  });

  it('keeps running and listens for a second start when it holds the lock', () => {
    const app = fakeApp(true);
    expect(claimSingleInstance(app, () => null)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    expect(app.listeners.has('second-instance')).toBe(true);
  });

  it('a second start restores a minimized window and focuses it', () => {
    const app = fakeApp(true);
    const window = fakeWindow(true);
    claimSingleInstance(app, () => window as RaisableWindow);
    app.secondInstance();
    expect(window.restore).toHaveBeenCalledTimes(1);
    expect(window.show).toHaveBeenCalledTimes(1);
    expect(window.focus).toHaveBeenCalledTimes(1);
    expect(app.quit).not.toHaveBeenCalled();
  });

  it('a second start focuses a visible window without restoring it', () => {
    const app = fakeApp(true);
    const window = fakeWindow(false);
    claimSingleInstance(app, () => window as RaisableWindow);
    app.secondInstance();
    expect(window.restore).not.toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalledTimes(1);
  });

  it('a second start before the window exists does nothing', () => {
    const app = fakeApp(true);
    claimSingleInstance(app, () => null);
    expect(() => app.secondInstance()).not.toThrow();
  });
});

import { describe, expect, it, vi } from 'vitest';
import { closeBeforeQuit, runAtExit } from '../../../electron/shell/quit-cleanup';

function fakeApp() {
  let listener: ((event: { preventDefault(): void }) => void) | undefined;
  const app = {
    on: vi.fn((_event: 'will-quit', l: typeof listener) => {
      listener = l;
    }),
    quit: vi.fn(),
  };
  const willQuit = () => {
    const event = { preventDefault: vi.fn() };
    listener!(event);
    return event;
  };
  return { app, willQuit };
}

describe('closeBeforeQuit', () => {
  it('holds the quit until the database is closed, then quits', async () => {
    const { app, willQuit } = fakeApp();
    let finishClose!: () => void;
    const close = vi.fn(() => new Promise<void>((resolve) => (finishClose = resolve)));
    closeBeforeQuit(app, close);
    expect(app.on).toHaveBeenCalledWith('will-quit', expect.any(Function));

    expect(willQuit().preventDefault).toHaveBeenCalled();
    expect(close).toHaveBeenCalledTimes(1);
    expect(app.quit).not.toHaveBeenCalled();

    // A second quit request while closing waits too and does not close twice.
    expect(willQuit().preventDefault).toHaveBeenCalled();
    expect(close).toHaveBeenCalledTimes(1);

    finishClose();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1));

    // The quit that follows goes through.
    expect(willQuit().preventDefault).not.toHaveBeenCalled();
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('still quits when closing fails, and logs why', async () => {
    const { app, willQuit } = fakeApp();
    const failure = new Error('database is locked');
    const logError = vi.fn();
    closeBeforeQuit(app, () => Promise.reject(failure), logError);
    willQuit();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1));
    expect(logError).toHaveBeenCalledWith(failure);
  });
});

describe('runAtExit', () => {
  it('runs the task once, when the process exits, and logs a failure instead of throwing', () => {
    const listeners: (() => void)[] = [];
    const proc = { once: (_event: 'exit', l: () => void) => listeners.push(l) };
    const task = vi.fn();
    runAtExit(task, proc);
    expect(task).not.toHaveBeenCalled();
    listeners.forEach((l) => l());
    expect(task).toHaveBeenCalledTimes(1);

    const failure = new Error('busy');
    const logError = vi.fn();
    runAtExit(
      () => {
        throw failure;
      },
      proc,
      logError,
    );
    expect(() => listeners[1]!()).not.toThrow();
    expect(logError).toHaveBeenCalledWith(failure);
  });
});

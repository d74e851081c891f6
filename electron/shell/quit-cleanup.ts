/*
 * The database must be closed before the process ends: closing checkpoints the WAL into the main
 * file, so the data folder is a single, complete file a backup or a copy can rely on. Electron
 * does not wait for promises on quit, so the first 'will-quit' is held back until closing ends.
 */

export interface QuitApp {
  on(event: 'will-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  quit(): void;
}

/** Runs `close` once when the app quits, then lets the quit go on (even if closing failed). */
export function closeBeforeQuit(
  app: QuitApp,
  close: () => Promise<void>,
  logError: (error: unknown) => void = (error) => console.error('[valgo] closing the database failed:', error),
): void {
  let state: 'open' | 'closing' | 'closed' = 'open';
  app.on('will-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    close()
      .catch(logError)
      .finally(() => {
        state = 'closed';
        app.quit();
      });
  });
}

/** The part of `process` runAtExit needs. */
export interface ExitEmitter {
  once(event: 'exit', listener: () => void): unknown;
}

/**
 * Runs a synchronous `task` as the process ends, however Valgo quits (menu, last window closed,
 * app.exit). Used for what must not outlive the run, such as the private temp folder of PDFs.
 */
export function runAtExit(
  task: () => void,
  proc: ExitEmitter = process,
  logError: (error: unknown) => void = (error) => console.error('[valgo] clean-up at exit failed:', error),
): void {
  proc.once('exit', () => {
    try {
      task();
    } catch (error) {
      logError(error);
    }
  });
}

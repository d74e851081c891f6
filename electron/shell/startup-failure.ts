import { DatabaseTooNewError } from '../db/migrate';

/*
 * If Valgo cannot start (the data was written by a newer version, the data folder is not
 * writable, the database is damaged...), the person at the front desk must see why in a dialog.
 * A main-process crash would only close the app, or never show a window at all.
 */

export interface StartupFailureMessage {
  title: string;
  content: string;
}

/** The words for the error box: specific where we know the cause, the raw message otherwise. */
export function startupFailureMessage(error: unknown, dataDir?: string): StartupFailureMessage {
  const where = dataDir ? `\n\nData folder: ${dataDir}` : '';
  if (error instanceof DatabaseTooNewError) {
    return { title: 'Valgo needs updating', content: `${error.message}${where}` };
  }
  const reason = error instanceof Error ? error.message : String(error);
  return {
    title: 'Valgo could not start',
    content: `Valgo could not open its data, so it will close. Nothing was changed.\n\n${reason}${where}`,
  };
}

/** The parts of Electron's `dialog` and `app` used here. */
export interface FailureReporting {
  dialog: { showErrorBox(title: string, content: string): void };
  app: { exit(exitCode?: number): void };
  log?: (error: unknown) => void;
}

/**
 * Shows the error box (it blocks until dismissed) and ends the process with code 1, so scripts
 * and the launcher see a failure too. `exit` rather than `quit`: there is nothing to save and no
 * window whose close handlers should run.
 */
export function reportStartupFailure(error: unknown, { dialog, app, log }: FailureReporting, dataDir?: string): void {
  (log ?? ((e: unknown) => console.error('[valgo] startup failed:', e)))(error);
  const { title, content } = startupFailureMessage(error, dataDir);
  dialog.showErrorBox(title, content);
  app.exit(1);
}

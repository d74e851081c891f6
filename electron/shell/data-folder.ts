import path from 'node:path';

/*
 * Where the database lives: Electron's userData folder (~/.config/Valgo, %APPDATA%\Valgo,
 * ~/Library/Application Support/Valgo: the same folder browser mode uses, see ../data-dir.ts).
 * `--user-data-dir=DIR` moves it, for tests and for trying Valgo on a copy of a practice's data.
 */

export interface DataFolderApp {
  commandLine: { getSwitchValue(name: string): string };
  setPath(name: 'userData', path: string): void;
}

/**
 * Applies `--user-data-dir` before anything reads the folder: the single-instance lock and
 * Chromium's own storage live there too, so a test instance never collides with a running Valgo.
 */
export function applyDataFolderSwitch(app: DataFolderApp): void {
  const requested = app.commandLine.getSwitchValue('user-data-dir');
  if (requested) app.setPath('userData', path.resolve(requested));
}

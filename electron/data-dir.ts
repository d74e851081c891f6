import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The folder Electron's `app.getPath('userData')` gives for productName "Valgo", computed without
 * Electron so browser mode and the Electron app share one database on the same machine.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Valgo');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Valgo');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Valgo');
}

/** The data folder and the backup folder: this user only (the umask does not decide). */
export const PRIVATE_DIR_MODE = 0o700;
/** The database, its WAL and shared-memory files, backups and their manifests. */
export const PRIVATE_FILE_MODE = 0o600;

/** Creates `dir` (and parents) if missing and makes it private to this user. */
export function ensurePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  fs.chmodSync(dir, PRIVATE_DIR_MODE);
}

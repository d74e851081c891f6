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

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/*
 * Where PDFs handed to the system viewer or printer wait (plain Node, unit-tested): a folder of
 * this run's own, made with mkdtemp (random name, mode 0700: only this user can list or read it),
 * random file names (no child's name shows in a temp listing), each file removed when its use
 * ends and the whole folder when Valgo quits. Folders left by a run that crashed are removed by
 * the next one.
 */

export interface PrivateTemp {
  /** Writes `bytes` to a new file with a random name (and `extension`); returns its path. */
  write(bytes: Buffer, extension: string): Promise<string>;
  /** Removes a file written here (never anything else); a file still open elsewhere stays until quit. */
  remove(file: string): Promise<void>;
  /** Removes the folder and everything in it. Synchronous: it runs as the process exits. */
  removeAllSync(): void;
}

const NAME_TAIL = /^[A-Za-z0-9]{6}$/;

/** A private folder `<prefix>-XXXXXX`, made on first use (e.g. prefix `<system temp>/valgo`). */
export function createPrivateTemp(prefix: string): PrivateTemp {
  let folder: Promise<string> | null = null;
  let made: string | null = null;
  const ensure = (): Promise<string> => {
    folder ??= (async () => {
      const dir = await fs.promises.mkdtemp(`${prefix}-`);
      // mkdtemp already makes it 0700 on POSIX; said again so no umask or platform can widen it.
      await fs.promises.chmod(dir, 0o700);
      made = dir;
      return dir;
    })().catch((error: unknown) => {
      folder = null;
      throw error;
    });
    return folder;
  };
  return {
    async write(bytes, extension) {
      const dir = await ensure();
      const file = path.join(dir, `${crypto.randomBytes(16).toString('hex')}${extension.replace(/[^.a-z0-9]/gi, '')}`);
      await fs.promises.writeFile(file, bytes, { mode: 0o600, flag: 'wx' });
      return file;
    },
    async remove(file) {
      if (!made || path.dirname(file) !== made) return;
      // On Windows a viewer may still hold it open: then it goes at quit with the folder.
      await fs.promises.rm(file, { force: true }).catch(() => undefined);
    },
    removeAllSync() {
      const dir = made;
      folder = null;
      made = null;
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Removes `<prefix>-XXXXXX` folders older than `maxAgeMs` that belong to this user (left by a
 * run that crashed); other users' folders and anything else in the temp folder are left alone.
 */
export async function removeStaleFolders(prefix: string, maxAgeMs: number, now = Date.now()): Promise<string[]> {
  const parent = path.dirname(prefix);
  const start = `${path.basename(prefix)}-`;
  let names: string[];
  try {
    names = await fs.promises.readdir(parent);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(start) || !NAME_TAIL.test(name.slice(start.length))) continue;
    const dir = path.join(parent, name);
    try {
      const stat = await fs.promises.lstat(dir);
      if (!stat.isDirectory()) continue;
      if (typeof process.getuid === 'function' && stat.uid !== process.getuid()) continue;
      if (now - stat.mtimeMs < maxAgeMs) continue;
      await fs.promises.rm(dir, { recursive: true, force: true });
      removed.push(dir);
    } catch {
      // Not ours to remove, or gone meanwhile.
    }
  }
  return removed;
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { chooseBackupFolder } from '../../../electron/services/backups/files';

/* The backup folder chosen in Settings, as both the file backups and the server backups keep it. */

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'valgo-folder-'));
  dirs.push(d);
  return d;
}

describe('chooseBackupFolder', () => {
  it('creates a new folder private to this user and remembers it', () => {
    const dir = tempDir();
    const settings = path.join(dir, 'backups.json');
    const chosen = chooseBackupFolder(path.join(dir, 'nested', 'backups'), path.join(dir, 'default'), settings);
    expect(chosen).toBe(path.join(dir, 'nested', 'backups'));
    if (process.platform !== 'win32') expect(fs.statSync(chosen).mode & 0o777).toBe(0o700);
    expect(JSON.parse(fs.readFileSync(settings, 'utf8'))).toEqual({ folder: chosen });
    // Null: back to the default folder.
    expect(chooseBackupFolder(null, path.join(dir, 'default'), settings)).toBe(path.join(dir, 'default'));
    expect(JSON.parse(fs.readFileSync(settings, 'utf8'))).toEqual({ folder: path.join(dir, 'default') });
  });

  it('refuses a folder it cannot create, on the folder field, and remembers nothing', () => {
    const dir = tempDir();
    const settings = path.join(dir, 'backups.json');
    const file = path.join(dir, 'a-file');
    fs.writeFileSync(file, 'not a folder');
    // Even root cannot make a folder inside a regular file.
    expect(() => chooseBackupFolder(path.join(file, 'backups'), path.join(dir, 'default'), settings)).toThrow(
      expect.objectContaining({ code: 'VALIDATION', issues: [{ path: 'folder', message: 'folderNotWritable' }] }),
    );
    expect(fs.existsSync(settings)).toBe(false);
  });
});

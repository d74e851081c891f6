import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { openDatabase, type OpenDb } from '../../electron/db/open';
import { migrate } from '../../electron/db/migrate';

const opened: OpenDb[] = [];
const dirs: string[] = [];

/** A fresh temp folder, removed after the test. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'valgo-test-'));
  dirs.push(dir);
  return dir;
}

/** A migrated database in a real file (WAL and all), closed after the test. */
export async function freshDb(dir = tempDir()): Promise<OpenDb> {
  const handle = openDatabase(dir);
  opened.push(handle);
  await migrate(handle.db, handle.sqlite, { backupDir: path.join(dir, 'backups') });
  return handle;
}

afterEach(async () => {
  for (const h of opened.splice(0)) {
    if (h.sqlite.open) await h.close();
  }
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

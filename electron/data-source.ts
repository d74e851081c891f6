import fs from 'node:fs';
import path from 'node:path';
import { DataSource } from '../shared/contract';

/*
 * data-source.json in the data folder: which database this workstation uses. Written 0600 (only
 * the account that runs Valgo reads it), and it holds an address only, never a password. A file
 * that is missing means no choice was made yet (first run): the embedded SQLite file is used.
 * A file that cannot be read or parsed falls back to the SQLite file as well, and says why, so a
 * damaged file never keeps the app from starting.
 */

export const DATA_SOURCE_FILE = 'data-source.json';

export const LOCAL: DataSource = { kind: 'local' };

export interface DataSourceFile {
  /** null: nothing chosen yet (or the file was unreadable; see `problem`). */
  chosen: DataSource | null;
  problem: string | null;
}

export function readDataSource(dataDir: string): DataSourceFile {
  const file = path.join(dataDir, DATA_SOURCE_FILE);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { chosen: null, problem: null };
    return { chosen: null, problem: `${file} could not be read: ${(error as Error).message}` };
  }
  try {
    const parsed = DataSource.safeParse(JSON.parse(text));
    if (parsed.success) return { chosen: parsed.data, problem: null };
    return { chosen: null, problem: `${file} does not describe a data source; using this computer's database.` };
  } catch {
    return { chosen: null, problem: `${file} is not valid JSON; using this computer's database.` };
  }
}

/** Writes the choice atomically (temp file + rename), readable by this account only, into an existing data folder. */
export function writeDataSource(dataDir: string, source: DataSource): void {
  const checked = DataSource.parse(source);
  // Only the address: the schema's keys, nothing else that might ride along.
  const stored =
    checked.kind === 'local'
      ? { kind: 'local' }
      : {
          kind: 'server',
          host: checked.host,
          port: checked.port,
          database: checked.database,
          caFile: checked.caFile,
        };
  const file = path.join(dataDir, DATA_SOURCE_FILE);
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, `${JSON.stringify(stored, null, 2)}\n`, { mode: 0o600 });
  fs.chmodSync(temp, 0o600);
  fs.renameSync(temp, file);
}

/** Two sources name the same database. */
export function sameSource(a: DataSource, b: DataSource): boolean {
  if (a.kind === 'local' || b.kind === 'local') return a.kind === b.kind;
  return a.host === b.host && a.port === b.port && a.database === b.database && a.caFile === b.caFile;
}

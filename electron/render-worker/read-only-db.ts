import fs from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from '../db/schema';

/*
 * A render worker's own connections to the database main has open: read-only (the worker never
 * writes), one per file, kept open between previews (opening parses the schema). In WAL mode a
 * reader sees every transaction main committed before the read began and never blocks main's
 * writes. A restore puts another file at the same path: a connection to a replaced file (another
 * inode) is reopened, and `release` closes every connection once the jobs using it are done, so
 * the restore can replace and delete the files (Windows refuses while a handle is open).
 */

interface Entry {
  db: Kysely<Database>;
  inode: number;
  users: number;
  /** Released or replaced: closes when the last job using it is done. */
  stale: boolean;
  closed: Promise<void> | null;
}

export class ReadOnlyDatabases {
  private readonly open = new Map<string, Entry>();
  private readonly closing = new Set<Entry>();

  /** Runs `use` on a read-only connection to `file`; the connection stays open for the next job. */
  async with<T>(file: string, use: (db: Kysely<Database>) => Promise<T>): Promise<T> {
    const entry = this.entryFor(file);
    entry.users++;
    try {
      return await use(entry.db);
    } finally {
      entry.users--;
      if (entry.stale && entry.users === 0) void this.close(entry);
    }
  }

  /** Closes every connection once idle; resolves when all are closed. */
  async release(): Promise<void> {
    for (const entry of this.open.values()) {
      entry.stale = true;
      if (entry.users === 0) void this.close(entry);
      else this.closing.add(entry);
    }
    this.open.clear();
    await Promise.all([...this.closing].map((e) => this.whenClosed(e)));
  }

  get size(): number {
    return this.open.size;
  }

  private entryFor(file: string): Entry {
    const inode = fs.statSync(file).ino;
    const current = this.open.get(file);
    if (current && current.inode === inode) return current;
    if (current) {
      // The file was replaced (a restore): finish with the old one, read the new one.
      current.stale = true;
      this.open.delete(file);
      if (current.users === 0) void this.close(current);
      else this.closing.add(current);
    }
    const sqlite = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    const entry: Entry = {
      db: new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) }),
      inode,
      users: 0,
      stale: false,
      closed: null,
    };
    this.open.set(file, entry);
    return entry;
  }

  private close(entry: Entry): Promise<void> {
    entry.closed ??= entry.db.destroy().finally(() => this.closing.delete(entry));
    return entry.closed;
  }

  /** Resolves once `entry` is closed (after its last user). */
  private async whenClosed(entry: Entry): Promise<void> {
    while (!entry.closed) await new Promise((resolve) => setTimeout(resolve, 5));
    await entry.closed;
  }
}

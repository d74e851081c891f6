import { createHash } from 'node:crypto';
import { createDispatch, type CallContext, type Dispatch, type Handlers } from '../../../electron/dispatch';
import { createHandlers } from '../../../electron/handlers';
import { ChangeFeed } from '../../../electron/services/changes/feed';
import { Sessions } from '../../../electron/services/staff/sessions';
import { staffGate } from '../../../electron/services/staff/gate';
import type { StaffUser } from '../../../shared/contract';
import { freshDb } from '../test-db';
import { invalidValues } from './invariants';

/*
 * The real dispatch and handlers over a migrated SQLite file, as electron/core.ts wires them
 * (session gate included), with every handler wrapped: before it runs, the parsed input it
 * receives is checked against the boundary's promises (invariants.ts).
 */

export const ADMIN_SESSION = 'fuzz-admin';

export interface Harness {
  dispatch: Dispatch;
  /** Calls on the admin's session; the admin is signed in again first if a call ended it. */
  call(channel: string, input: unknown): Promise<{ ok: boolean; code?: string; value?: unknown }>;
  /** Inputs that reached a handler although they break a promise, with what was wrong. */
  violations: { channel: string; problems: string[] }[];
  /** Errors that reached dispatch's log (every INTERNAL answer has one). */
  internal: { channel: string; error: unknown }[];
  /** A digest of every table's rows: equal digests, equal data. */
  fingerprint(): string;
  /** Rows changed on this connection so far (SQLite total_changes). */
  changes(): number;
  admin: StaffUser;
}

export async function startHarness(): Promise<Harness> {
  const { db, sqlite } = await freshDb();
  const sessions = new Sessions();
  const info = { version: '0.0.0-fuzz', dataDir: '/nonexistent', schemaVersion: 0, mode: 'browser' as const };
  // A short wait: an accepted `changes:wait` with nothing new answers after 50 ms, not 25 s.
  const real = createHandlers({ db, info, sessions, changes: new ChangeFeed(db, { timeoutMs: 50 }) });
  const violations: Harness['violations'] = [];
  const internal: Harness['internal'] = [];
  const wrapped = {} as Record<string, (input: unknown, ctx: CallContext) => Promise<unknown>>;
  for (const [channel, handler] of Object.entries(real)) {
    const run = handler as (input: unknown, ctx: CallContext) => Promise<unknown>;
    wrapped[channel] = (input, ctx) => {
      const problems = invalidValues(channel, input);
      if (problems.length) violations.push({ channel, problems });
      return run(input, ctx);
    };
  }
  const dispatch = createDispatch(wrapped as Handlers, {
    gate: staffGate(sessions),
    logError: (channel, error) => internal.push({ channel, error }),
  });
  const setup = await dispatch(
    'staff:setup',
    { name: 'Fuzz Admin', username: 'fuzzadmin', password: 'fuzz-admin-password' },
    ADMIN_SESSION,
  );
  if (!setup.ok) throw new Error(`staff:setup: ${setup.error.message}`);
  const admin = sessions.peek(ADMIN_SESSION).user;
  if (!admin) throw new Error('staff:setup signed nobody in');

  const tables = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")
    .pluck()
    .all() as string[];
  const withoutRowid = new Set(
    sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%WITHOUT ROWID%'")
      .pluck()
      .all() as string[],
  );
  const dumps = tables.map((t) =>
    sqlite.prepare(`SELECT * FROM "${t.replace(/"/g, '""')}" ORDER BY ${withoutRowid.has(t) ? '1' : 'rowid'}`),
  );
  const totalChanges = sqlite.prepare('SELECT total_changes()').pluck();

  return {
    dispatch,
    admin,
    violations,
    internal,
    async call(channel, input) {
      const state = sessions.peek(ADMIN_SESSION);
      if (state.user?.id !== admin.id || state.user.role !== 'admin' || state.locked) {
        sessions.signIn(ADMIN_SESSION, admin);
      }
      const answer = await dispatch(channel, input, ADMIN_SESSION);
      return answer.ok ? { ok: true, value: answer.value } : { ok: false, code: answer.error.code };
    },
    fingerprint() {
      const hash = createHash('sha256');
      dumps.forEach((stmt, i) => {
        hash.update(`\u0001${tables[i]!}\u0002`);
        for (const row of stmt.raw().all() as unknown[][]) {
          for (const value of row) {
            if (Buffer.isBuffer(value)) hash.update(value);
            else hash.update(value === null ? '\u0003' : `${typeof value}:${String(value)}`);
            hash.update('\u0004');
          }
        }
      });
      return hash.digest('hex');
    },
    changes: () => totalChanges.get() as number,
  };
}

import type { Kysely } from 'kysely';
import type { StaffUser } from '../../../shared/contract';
import type { Database } from '../../db/schema';
import { appendAudit, type AuditFields } from './chain';
import { auditEntryFor, type AuditCallEvent, type AuditRecorder } from './recorder';

/*
 * The app's audit trail on a practice server (electron/server-core.ts): the same rules as on one
 * computer (rules.ts, recorder.ts), each entry appended through the pool of the window that made
 * the call, so the server stamps it with that member of staff's own login (SESSION_USER) and the
 * database's grants allow exactly that append (grants.ts: INSERT, and reading the newest id and
 * hash to chain it). Sign-ins (and unlocks), sign-outs, locks and the calls the gate refuses a
 * signed-in role are recorded.
 *
 * A sign-in that fails has no pool to write with: an unauthenticated desk cannot write to the
 * server, by design. PostgreSQL's own server log covers those (authentication failures are always
 * logged; `log_connections = on` adds every attempt with its login and address; see the README).
 */

export interface ServerAuditRecorder extends AuditRecorder {
  /**
   * Records a sign-out or a lock through the session's pool before the pool closes, after every
   * entry of that session queued earlier; resolves when written (or given up, logged).
   */
  beforeClose(session: string, channel: 'staff:sign-out' | 'staff:lock', user: StaffUser | null): Promise<void>;
}

/** Recorded by the staff handlers before their pool closes (beforeClose), not after the call. */
const RECORDED_BEFORE_CLOSE = new Set(['staff:sign-out', 'staff:lock']);

/** A lock is not a line on one computer (rules.ts); on the server it ends the desk's connection. */
function lockEntry(user: StaffUser, at: string): AuditFields {
  return {
    at,
    userId: user.id,
    userName: user.name,
    userRole: user.role,
    channel: 'staff:lock',
    action: 'other',
    patientId: null,
    recordKind: 'staff',
    recordId: user.id,
    outcome: 'ok',
  };
}

/** A session's open pool and whose login it is. */
export interface SessionPool {
  db: Kysely<Database>;
  user: StaffUser;
}

export function createServerAuditRecorder(
  /** The session's open pool, if it has one (signed in and not locked). */
  poolOf: (session: string) => SessionPool | undefined,
  logError: (error: unknown) => void = (error) => console.error('[audit]', error),
): ServerAuditRecorder {
  let queue: Promise<void> = Promise.resolve();
  /**
   * The pool is looked up when the entry's turn comes (a password change or a second sign-in opens
   * a new one), and used only while it is still the entry's user's: no login writes another's line.
   */
  const append = (session: string, entry: AuditFields): Promise<void> => {
    const write = async () => {
      const pool = poolOf(session);
      if (pool && (entry.userId === null || pool.user.id === entry.userId)) await appendAudit(pool.db, entry);
    };
    // Each step ends resolved (a failure is logged), so one failed write never stops the next.
    queue = queue.then(write).then(() => undefined, logError);
    return queue;
  };
  const record = (event: AuditCallEvent) => {
    const { session } = event;
    if (session === undefined) return;
    if (event.outcome === 'ok' && RECORDED_BEFORE_CLOSE.has(event.channel)) return;
    const entry = auditEntryFor(event);
    // No pool: signed out, locked, or a sign-in the server refused (see above).
    if (entry && poolOf(session)) void append(session, entry);
  };
  const beforeClose: ServerAuditRecorder['beforeClose'] = (session, channel, user) => {
    if (!poolOf(session) || !user) return queue;
    const at = new Date().toISOString();
    const entry =
      channel === 'staff:lock' ? lockEntry(user, at) : auditEntryFor({ channel, input: {}, user, outcome: 'ok', at });
    return entry ? append(session, entry) : queue;
  };
  return Object.assign(record, {
    flush: () => queue,
    beforeClose,
  });
}

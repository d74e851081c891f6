import type { Kysely } from 'kysely';
import { isChannel, type AuditOutcome, type Channel, type Role } from '../../../shared/contract';
import type { Database } from '../../db/schema';
import { appendAudit, type AuditFields } from './chain';
import { AUDIT_RULES, type AuditRule, type From } from './rules';

/** What dispatch reports after each call (its `onCall` event), as the recorder reads it. */
export interface AuditCallEvent {
  channel: string;
  /** Parsed input, or the raw input when it was refused. */
  input: unknown;
  output?: unknown;
  user: { id: number; name: string; role: Role } | null;
  outcome: AuditOutcome;
  /** ISO instant. */
  at: string;
  /** The calling window; only the server recorder needs it. */
  session?: string;
}

/** dispatch's `onCall`: records in the background, in call order. */
export interface AuditRecorder {
  (event: AuditCallEvent): void;
  /** Resolves once every event reported so far is stored (tests, shutdown). */
  flush(): Promise<void>;
}

/** Channels whose service writes its own entry inside its transaction (only the other outcomes come here). */
const WRITTEN_BY_SERVICE: ReadonlySet<Channel> = new Set<Channel>(['patients:erase']);

function idAt(value: unknown, path: string | readonly string[]): number | null {
  let at = value;
  for (const key of typeof path === 'string' ? [path] : path) {
    if (typeof at !== 'object' || at === null || Array.isArray(at)) return null;
    at = (at as Record<string, unknown>)[key];
  }
  return typeof at === 'number' && Number.isSafeInteger(at) ? at : null;
}

function read(from: From<Channel> | undefined, event: AuditCallEvent): number | null {
  if (!from) return null;
  return 'in' in from ? idAt(event.input, from.in) : idAt(event.output, from.out);
}

function signedInUser(event: AuditCallEvent): AuditCallEvent['user'] {
  if (event.user) return event.user;
  const user = (event.output as { user?: unknown } | undefined)?.user;
  if (typeof user !== 'object' || user === null) return null;
  const { id, name, role } = user as Record<string, unknown>;
  return typeof id === 'number' &&
    typeof name === 'string' &&
    (role === 'admin' || role === 'clinician' || role === 'receptionist')
    ? { id, name, role }
    : null;
}

/**
 * The entry one call makes, or null when it is not logged: unknown channels (dispatch refuses
 * them before any rule applies), calls of 'none' channels unless a role was denied, and a successful erase
 * (its service logged it).
 */
export function auditEntryFor(event: AuditCallEvent): AuditFields | null {
  if (!isChannel(event.channel)) return null;
  const rule = AUDIT_RULES[event.channel] as AuditRule<Channel>;
  // A role refused a channel: always worth a line. Calls made while signed out or locked are not.
  const roleDenied = event.outcome === 'denied' && event.user !== null;
  if (rule.action === 'none' && !roleDenied) return null;
  if (event.outcome === 'ok' && WRITTEN_BY_SERVICE.has(event.channel)) return null;
  const logged = rule.action === 'none' ? null : rule;
  const user = signedInUser(event);
  return {
    // One format (UTC, milliseconds) so the time filters compare text with text.
    at: new Date(event.at).toISOString(),
    userId: user?.id ?? null,
    userName: user?.name ?? null,
    userRole: user?.role ?? null,
    channel: event.channel,
    action: logged?.action ?? 'other',
    patientId: read(logged?.patient, event),
    recordKind: logged?.record?.kind ?? null,
    recordId: read(logged?.record?.id, event),
    outcome: event.outcome,
  };
}

/** The function dispatch calls after every call: maps it to an entry and appends it to the chain. */
export function createAuditRecorder(
  db: Kysely<Database>,
  logError: (error: unknown) => void = (error) => console.error('[audit]', error),
): AuditRecorder {
  let queue: Promise<void> = Promise.resolve();
  const record = (event: AuditCallEvent) => {
    const entry = auditEntryFor(event);
    if (!entry) return;
    // Each step ends resolved (a failure is logged), so one failed write never stops the next.
    queue = queue.then(() => appendAudit(db, entry)).then(() => undefined, logError);
  };
  return Object.assign(record, { flush: () => queue });
}

import { sql, type Kysely } from 'kysely';
import type { Channel, StaffUser } from '../../../shared/contract';
import type { CallContext, Handlers } from '../../dispatch';
import type { Database } from '../../db/schema';
import { AppError } from '../errors';
import { ChangeFeed, type Doorbell } from '../changes/feed';
import { isTlsFailure, isUnreachable } from '../data-source/probe';

/*
 * Server mode (issue 13 §2): each signed-in window ("desk session") talks to the practice server
 * through its own pool, opened with that member of staff's own database login, so the server's
 * grants and its audit triggers (SESSION_USER) see who is working. Nothing connects before
 * sign-in. A pool is closed on sign-out, when the window locks (by hand or idle) and at quit;
 * unlocking signs in to the server again with the password typed on the lock screen.
 */

export interface ServerHandle {
  db: Kysely<Database>;
  user: StaffUser;
  close(): Promise<void>;
  /** LISTEN/NOTIFY with the same login (live updates); without it the desk's feed polls. */
  doorbell?: () => Doorbell;
}

interface Desk extends ServerHandle {
  handlers: Handlers;
  feed: ChangeFeed;
}

/** Why the server ended a window's sign-in (staff:status tells the sign-in screen). */
export type SignedOutReason = 'deactivated' | 'passwordReset';

/**
 * The server refused this login a new connection: 28000, not permitted to log in (NOLOGIN: the
 * account was deactivated), or 28P01, the password no longer matches (an administrator reset it,
 * or it was changed at another desk). Null for anything else.
 */
export function signedOutReason(error: unknown): SignedOutReason | null {
  const code = (error as { code?: string } | null)?.code;
  return code === '28000' ? 'deactivated' : code === '28P01' ? 'passwordReset' : null;
}

const SIGNED_OUT_MESSAGES: Record<SignedOutReason, string> = {
  deactivated: 'Your account was deactivated by an administrator.',
  passwordReset:
    'Your password was reset by an administrator (or changed at another workstation); sign in with the new one.',
};

/**
 * The server ended the connection under a running call (57P01: pg_terminate_backend, or a shut
 * down). The server said so itself, so it was reachable: connecting again answers quickly.
 */
const connectionEnded = (error: unknown) => (error as { code?: string } | null)?.code === '57P01';

/** A failed call on the server as the answer staff should see (never an internal error). */
export function serverFailure(error: unknown, where: string): unknown {
  if (error instanceof AppError) return error;
  const code = (error as { code?: string } | null)?.code ?? '';
  if (code === '42501') return new AppError('DENIED', 'Your role does not allow this.');
  // The server no longer takes this login's password (changed elsewhere) or the login (deactivated).
  const reason = signedOutReason(error);
  if (reason) return new AppError('SIGNED_OUT', SIGNED_OUT_MESSAGES[reason]);
  // 57P01..57P03: the server was shut down or this connection ended; 08xxx: connection exceptions.
  if (isUnreachable(error) || /^(57P0[1-3]|08...)$/.test(code)) {
    return new AppError(
      'CONFLICT',
      `The practice server at ${where} cannot be reached right now; nothing was saved. Check the network and try again.`,
    );
  }
  if (isTlsFailure(error)) {
    return new AppError(
      'CONFLICT',
      `The practice server at ${where} did not prove its identity with the practice's CA certificate; ask the administrator.`,
    );
  }
  return error;
}

export class ServerDesks {
  private readonly desks = new Map<string, Desk>();
  /** The login each session signed in with: kept while locked, so unlocking can sign in again. */
  private readonly logins = new Map<string, string>();
  /** Why the server ended a session's sign-in, until that window signs in again. */
  private readonly reasons = new Map<string, SignedOutReason>();

  constructor(
    private readonly build: (db: Kysely<Database>, changes: ChangeFeed) => Handlers,
    /** "host:port/database", for messages. */
    readonly where: string,
  ) {}

  get(session: string): Desk | undefined {
    return this.desks.get(session);
  }

  login(session: string): string | undefined {
    return this.logins.get(session);
  }

  /** Why this window was signed out by the server (deactivated, password reset), if it was. */
  reason(session: string): SignedOutReason | undefined {
    return this.reasons.get(session);
  }

  /**
   * The server refused this session's login (`error`, as signedOutReason reads it, or a
   * connection it ended, after which connecting again is refused): the reason is kept for the
   * sign-in screen and the desk's pool and login go. The caller signs the window out of
   * Sessions. False when it is no such refusal.
   */
  async cutOff(session: string, error: unknown): Promise<boolean> {
    const desk = this.desks.get(session);
    const reason = signedOutReason(desk && connectionEnded(error) ? await refusedLogin(desk.db) : error);
    if (!reason) return false;
    this.reasons.set(session, reason);
    await this.end(session);
    return true;
  }

  /**
   * An administrator at this workstation deactivated `login` or reset its password: its windows
   * here (but `except`, the caller's) end with the reason, as the server ends them elsewhere.
   * Answers those sessions, for the caller to sign out of Sessions.
   */
  async endLogin(login: string, reason: SignedOutReason, except?: string): Promise<string[]> {
    const ended = [...this.logins]
      .filter(([session, l]) => session !== except && l.toLowerCase() === login.toLowerCase())
      .map(([session]) => session);
    for (const session of ended) {
      this.reasons.set(session, reason);
      await this.end(session);
    }
    return ended;
  }

  /** The session's own pool from now on (an older one of the same session is closed). */
  async open(session: string, login: string, handle: ServerHandle): Promise<void> {
    await this.closePool(session);
    this.reasons.delete(session);
    const feed = new ChangeFeed(handle.db, handle.doorbell ? { doorbell: handle.doorbell() } : {});
    this.desks.set(session, { ...handle, feed, handlers: this.build(handle.db, feed) });
    this.logins.set(session, login);
  }

  /** Closes the pool but remembers the login (a lock). */
  async closePool(session: string): Promise<void> {
    const desk = this.desks.get(session);
    if (!desk) return;
    this.desks.delete(session);
    await desk.feed.close().catch(() => {});
    await desk.close().catch(() => {});
  }

  /** Sign-out: the pool and the login go. */
  async end(session: string): Promise<void> {
    this.logins.delete(session);
    await this.closePool(session);
  }

  sessions(): string[] {
    return [...this.desks.keys()];
  }

  async closeAll(): Promise<void> {
    const all = [...this.desks.keys()];
    this.logins.clear();
    await Promise.all(all.map((session) => this.closePool(session)));
  }

  /** Runs a channel on the caller's own pool; failures the network causes become clear refusals. */
  async call(channel: Channel, input: unknown, ctx: CallContext): Promise<unknown> {
    const desk = this.desks.get(ctx.session);
    if (!desk) throw new AppError('SIGNED_OUT', 'Please sign in first.');
    const handler = desk.handlers[channel] as (input: unknown, ctx: CallContext) => Promise<unknown>;
    try {
      return await handler(input, ctx);
    } catch (error) {
      // Its connection ended under the call: if the server now refuses the login itself (the
      // admin deactivated it or reset its password, and ended its sessions), say that instead.
      const refusal = connectionEnded(error) ? await refusedLogin(desk.db) : null;
      const failure = refusal ?? error;
      if (signedOutReason(failure)) this.reasons.set(ctx.session, signedOutReason(failure)!);
      throw serverFailure(failure, this.where);
    }
  }
}

/** Connects again through the pool: the server's refusal of the login (28000, 28P01), or null. */
async function refusedLogin(db: Kysely<Database>): Promise<unknown> {
  // The pool may first hand out idle connections the server ended too, before it noticed.
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await sql`SELECT 1`.execute(db);
      return null;
    } catch (error) {
      if (signedOutReason(error)) return error;
      const dead = connectionEnded(error) || /Connection terminated/i.test((error as Error | null)?.message ?? '');
      if (!dead) return null;
    }
  }
  return null;
}

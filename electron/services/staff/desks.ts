import type { Kysely } from 'kysely';
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

/** A failed call on the server as the answer staff should see (never an internal error). */
export function serverFailure(error: unknown, where: string): unknown {
  if (error instanceof AppError) return error;
  const code = (error as { code?: string } | null)?.code ?? '';
  if (code === '42501') return new AppError('DENIED', 'Your role does not allow this.');
  // The server no longer takes this login's password (changed elsewhere) or the login (deactivated).
  if (code === '28P01' || code === '28000') {
    return new AppError('SIGNED_OUT', 'Your sign-in on the practice server has ended; please sign in again.');
  }
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

  /** The session's own pool from now on (an older one of the same session is closed). */
  async open(session: string, login: string, handle: ServerHandle): Promise<void> {
    await this.closePool(session);
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
      throw serverFailure(error, this.where);
    }
  }
}

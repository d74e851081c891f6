import type { Kysely } from 'kysely';
import type { ChangesWaitResult } from '../../../shared/contract';
import { engineOf } from '../../db/engine';
import type { Database } from '../../db/schema';
import { AppError } from '../errors';
import { PositionPoller } from './poller';
import { feedPosition, pruneChanges, readChanges } from './read';

/*
 * The change feed: `wait(after)` answers with the changes after `after` as soon as there are
 * any, or with none at the timeout. What wakes it:
 *
 * - a doorbell (PostgreSQL LISTEN, pg-doorbell.ts), rung on every notification and on every
 *   reconnect, so a desk catches up after the connection dropped;
 * - else a poll of the log every `pollMs` while someone waits (SQLite: other windows and other
 *   processes on the same file are seen within a quarter of a second; an idle feed runs nothing).
 *   On SQLite one poller (poller.ts) reads the position once per tick for all waiting windows.
 *
 * The doorbell only says "look"; what is delivered always comes from the log, read after the
 * caller's own position, so a lost or duplicated notification changes nothing.
 */

export interface Doorbell {
  /** Calls `ring` on every notification and after every reconnect; returns the unsubscribe. */
  subscribe(ring: () => void): () => void;
  /** Listening now (notifications arrive); while false the feed polls. */
  readonly live: boolean;
  close(): Promise<void>;
}

export interface ChangeFeedOptions {
  doorbell?: Doorbell;
  /** Poll interval without a live doorbell. */
  pollMs?: number;
  /** Safety poll with a live doorbell. */
  livePollMs?: number;
  /** Re-read interval while committed changes wait behind an older transaction (PostgreSQL). */
  pendingPollMs?: number;
  /** How long `wait` holds a call with nothing to say. */
  timeoutMs?: number;
  /** Entries older than this many days are pruned (at most every `pruneEveryMs`). */
  keepDays?: number;
  pruneEveryMs?: number;
}

const DEFAULTS = {
  pollMs: 250,
  livePollMs: 5_000,
  pendingPollMs: 50,
  timeoutMs: 25_000,
  keepDays: 30,
  pruneEveryMs: 6 * 3_600_000,
};

export class ChangeFeed {
  private readonly options: typeof DEFAULTS;
  private readonly doorbell: Doorbell | undefined;
  private readonly unsubscribe: () => void;
  private readonly sleepers = new Set<() => void>();
  /** SQLite: the one poll shared by every waiting call (null on PostgreSQL). */
  readonly poller: PositionPoller | null;
  /** The waiting calls of each session (`cancel` answers them). */
  private readonly bySession = new Map<string, Set<AbortController>>();
  private rings = 0;
  private closed = false;
  private lastPrune = 0;

  constructor(
    private readonly db: Kysely<Database>,
    options: ChangeFeedOptions = {},
  ) {
    const { doorbell, ...rest } = options;
    this.options = { ...DEFAULTS, ...rest };
    this.doorbell = doorbell;
    this.unsubscribe = doorbell?.subscribe(() => this.ring()) ?? (() => {});
    this.poller = engineOf(db) === 'sqlite' ? new PositionPoller(() => feedPosition(db), this.options.pollMs) : null;
  }

  /** `wait` on behalf of one session (a window, a browser credential), so `cancel` can answer it. */
  async waitFor(session: string, after: number | null): Promise<ChangesWaitResult> {
    const controller = new AbortController();
    const calls = this.bySession.get(session) ?? new Set<AbortController>();
    calls.add(controller);
    this.bySession.set(session, calls);
    try {
      return await this.wait(after, this.options.timeoutMs, controller.signal);
    } finally {
      calls.delete(controller);
      if (calls.size === 0 && this.bySession.get(session) === calls) this.bySession.delete(session);
    }
  }

  /** Answers the session's waiting calls now (its window closed, it signed out): they stop polling. */
  cancel(session: string): void {
    for (const controller of this.bySession.get(session) ?? []) controller.abort();
    this.bySession.delete(session);
  }

  /** The changes after `after` (null: none, just the current position), waiting up to `timeoutMs`. */
  async wait(
    after: number | null,
    timeoutMs = this.options.timeoutMs,
    signal?: AbortSignal,
  ): Promise<ChangesWaitResult> {
    // Shutting down: a refusal (the window retries after a pause), never a read of a closing database.
    if (this.closed) throw new AppError('CONFLICT', 'Valgo is closing; live updates have stopped.');
    this.maybePrune();
    if (after === null) return { lastId: await feedPosition(this.db), changes: [], reset: false };
    const deadline = Date.now() + timeoutMs;
    let position = after;
    for (;;) {
      const seen = this.rings;
      // SQLite: the log's counter before the read. Ids up to it that the read does not return are
      // gone (pruned, erased), so the shared poll wakes this call only when the counter moves on.
      const mark = this.poller ? await feedPosition(this.db) : 0;
      const batch = await readChanges(this.db, position);
      if (batch.changes.length > 0 || batch.reset) {
        return { lastId: batch.lastId, changes: batch.changes, reset: batch.reset };
      }
      position = batch.lastId;
      const left = deadline - Date.now();
      if (left <= 0 || this.closed || signal?.aborted) return { lastId: position, changes: [], reset: false };
      if (this.poller) {
        if (this.rings !== seen) continue;
        await this.poller.until(mark, left, signal);
        if (this.closed || signal?.aborted) return { lastId: position, changes: [], reset: false };
        continue;
      }
      const interval = batch.pending
        ? this.options.pendingPollMs
        : this.doorbell?.live
          ? this.options.livePollMs
          : this.options.pollMs;
      await this.sleep(Math.min(left, interval), seen, signal);
      if (this.closed || signal?.aborted) return { lastId: position, changes: [], reset: false };
    }
  }

  /** Wakes every waiting call (they read the log again). */
  ring(): void {
    this.rings++;
    for (const wake of [...this.sleepers]) wake();
    this.poller?.wakeAll();
  }

  /** Answers every waiting call (with what it has) and stops the doorbell. */
  async close(): Promise<void> {
    this.closed = true;
    this.unsubscribe();
    this.ring();
    await this.doorbell?.close();
  }

  /** Sleeps `ms`, or less if the doorbell rang since `seen` (also when it rang before we got here). */
  private sleep(ms: number, seen: number, signal?: AbortSignal): Promise<void> {
    if (this.rings !== seen || this.closed || signal?.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.sleepers.delete(wake);
        signal?.removeEventListener('abort', wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      signal?.addEventListener('abort', wake, { once: true });
      this.sleepers.add(wake);
    });
  }

  /** Cheap housekeeping on the way in: at most once per `pruneEveryMs`, never failing a call. */
  private maybePrune(): void {
    const now = Date.now();
    if (now - this.lastPrune < this.options.pruneEveryMs) return;
    this.lastPrune = now;
    pruneChanges(this.db, this.options.keepDays).catch(() => {
      // A dropped connection leaves it to the next call.
    });
  }
}

import type { Query, QueryClient, QueryCacheNotifyEvent } from '@tanstack/react-query';

/*
 * This window's own writes, read again once. A write made through useApiMutation marks stale and
 * re-reads what it changed (renderer/data/hooks.ts); its change-log entries then come back through
 * the live-update feed, which would read the same things a second time.
 *
 * So every read is stamped with a feed position it is known to include. Before a write's own
 * re-reads start, the window asks main where the feed is now (`changes:wait` with `after: null`,
 * answered at once, after the write committed): every read that starts afterwards includes every
 * change up to that position (an id on SQLite, a transaction horizon on PostgreSQL: either way,
 * what is at or below it was committed before the read). A feed answer's own position counts the
 * same way. A batch of changes whose position is at or below a read's stamp is already in that
 * read: the read is not fetched again. Another desk's change after the stamp still refreshes it,
 * as does everything for reads the write did not re-read.
 */

export class ReadStamps {
  /** The highest position every read starting now is known to include; null: none known yet. */
  private known: number | null = null;
  /** Reads in flight: the position known when they started. */
  private readonly started = new Map<string, number>();
  /** Reads with data: the position their data is known to include. */
  private readonly stamps = new Map<string, number>();
  private readonly unsubscribe: () => void;

  constructor(client: QueryClient) {
    this.unsubscribe = client.getQueryCache().subscribe((event) => this.onEvent(event));
  }

  /** Every read that starts from now on includes the changes up to `position`. */
  reached(position: number): void {
    if (this.known === null || position > this.known) this.known = position;
  }

  /** The feed started again (the log was replaced, or the line was down): nothing is known. */
  forget(position: number | null): void {
    this.known = position;
    this.started.clear();
    this.stamps.clear();
  }

  /** True when the read's data already includes every change up to `position`. */
  includes(query: Query, position: number): boolean {
    const stamp = this.stamps.get(query.queryHash);
    return stamp !== undefined && stamp >= position;
  }

  dispose(): void {
    this.unsubscribe();
  }

  private onEvent(event: QueryCacheNotifyEvent): void {
    const hash = event.query.queryHash;
    if (event.type === 'removed') {
      this.started.delete(hash);
      this.stamps.delete(hash);
      return;
    }
    if (event.type !== 'updated') return;
    const { action } = event;
    if (action.type === 'fetch') {
      if (this.known === null) this.started.delete(hash);
      else this.started.set(hash, this.known);
    } else if (action.type === 'success') {
      // Data set by hand (not fetched) carries no stamp.
      const stamp = action.manual ? undefined : this.started.get(hash);
      this.started.delete(hash);
      if (stamp === undefined) this.stamps.delete(hash);
      else this.stamps.set(hash, stamp);
    } else if (action.type === 'error') {
      // A failed or cancelled read keeps its old data, and that data's stamp.
      this.started.delete(hash);
    }
  }
}

/**
 * Runs `probe` (where the feed is now) after each successful write and before the write's own
 * re-reads: the mutation cache's onSuccess runs before the mutation's own (TanStack Query v5),
 * and the write is not settled until both have. Returns the undo.
 */
export function probeAfterWrites(client: QueryClient, probe: () => Promise<void>): () => void {
  const cache = client.getMutationCache();
  const previous = cache.config;
  const ours = {
    ...previous,
    onSuccess: async (...args: Parameters<NonNullable<typeof previous.onSuccess>>) => {
      await previous.onSuccess?.(...args);
      await probe();
    },
  };
  cache.config = ours;
  return () => {
    if (cache.config === ours) cache.config = previous;
  };
}

/** Resolves once no write of this window is in flight, or after `maxMs`. */
export function writesSettled(client: QueryClient, maxMs: number): Promise<void> {
  if (client.isMutating() === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    };
    const timer = setTimeout(done, maxMs);
    const unsubscribe = client.getMutationCache().subscribe(() => {
      if (client.isMutating() === 0) done();
    });
  });
}

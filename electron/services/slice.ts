import { performance } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * Synchronous work cut into slices: `pause` hands the event loop back (a macrotask turn, so
 * timers, I/O and the other windows' calls run) once `budgetMs` have passed since the loop last
 * had it. Long work in the app's main process (the move to a server, rebuilding the search index,
 * verifying the audit chain) would otherwise hold the loop, and every window, for as long as it
 * takes: better-sqlite3 reads and hashing are synchronous.
 */
export class Slice {
  private since = performance.now();
  constructor(private readonly budgetMs = 20) {}
  /** The slice is used up (checked without an await: a hot loop pays for `pause` only when due). */
  due(): boolean {
    return performance.now() - this.since >= this.budgetMs;
  }
  async pause(): Promise<void> {
    if (!this.due()) return;
    await nextTurn();
    this.since = performance.now();
  }
  /** The loop just had its turn (an await that went to the server). */
  resume(): void {
    this.since = performance.now();
  }
}

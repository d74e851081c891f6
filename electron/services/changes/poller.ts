/*
 * One poll of the change log for every waiting window (SQLite). Each waiter registers the
 * position it has seen; while at least one waits, a single timer reads the current position
 * every `intervalMs` and wakes every waiter whose position differs (a new change, or a log that
 * went back after a restore). N windows waiting cost one query per tick, not N; with nobody
 * waiting the timer stops and nothing runs.
 *
 * A waiter leaves on its own timeout, when its signal aborts (the window was closed or asked
 * again) or when `wakeAll` runs (a doorbell, the feed closing): the poller never holds on to it.
 */

interface Waiter {
  position: number;
  wake(): void;
}

export class PositionPoller {
  private readonly waiters = new Set<Waiter>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private ticking = false;

  constructor(
    /** The current position (one query). */
    private readonly read: () => Promise<number>,
    private readonly intervalMs: number,
  ) {}

  /** Waiters registered now. */
  get waiting(): number {
    return this.waiters.size;
  }

  /** True while a tick is scheduled or reading. */
  get running(): boolean {
    return this.timer !== null || this.ticking;
  }

  /** Resolves when the position is no longer `position`, after `ms`, or on abort or `wakeAll`. */
  until(position: number, ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const waiter: Waiter = {
        position,
        wake: () => {
          clearTimeout(timeout);
          signal?.removeEventListener('abort', waiter.wake);
          this.waiters.delete(waiter);
          resolve();
        },
      };
      const timeout = setTimeout(waiter.wake, ms);
      signal?.addEventListener('abort', waiter.wake, { once: true });
      this.waiters.add(waiter);
      this.schedule();
    });
  }

  /** Wakes every waiter (they read the log again). */
  wakeAll(): void {
    for (const waiter of [...this.waiters]) waiter.wake();
  }

  private schedule(): void {
    if (this.timer || this.ticking || this.waiters.size === 0) return;
    this.timer = setTimeout(() => void this.tick(), this.intervalMs);
    // An idle wait never keeps the process alive (each waiter's own timeout does the answering).
    this.timer.unref?.();
  }

  private async tick(): Promise<void> {
    this.timer = null;
    if (this.waiters.size === 0) return;
    this.ticking = true;
    try {
      const now = await this.read();
      for (const waiter of [...this.waiters]) if (waiter.position !== now) waiter.wake();
    } catch {
      // A busy or closing database: the next tick tries again; every waiter still times out.
    } finally {
      this.ticking = false;
    }
    this.schedule();
  }
}

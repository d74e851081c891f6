import pg from 'pg';
import type { Doorbell } from './feed';

/*
 * The PostgreSQL doorbell: one dedicated connection LISTENing on `valgo_changes` (the change
 * log's triggers notify it with an id, keys only). When the connection drops (server restart,
 * network, pg_terminate_backend) it reconnects with backoff; every (re)connect rings, so the
 * feed re-reads the log from each caller's own position and nothing written meanwhile is missed.
 */

export const CHANGES_CHANNEL = 'valgo_changes';

export interface PgDoorbellOptions {
  /** First reconnect delay; doubles up to `maxDelayMs`. */
  minDelayMs?: number;
  maxDelayMs?: number;
}

export class PgDoorbell implements Doorbell {
  private readonly listeners = new Set<() => void>();
  private client: pg.Client | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private attempt = 0;
  private stopped = false;
  private connecting: Promise<void> | null = null;
  private readonly minDelayMs: number;
  private readonly maxDelayMs: number;

  constructor(
    private readonly config: pg.ClientConfig,
    options: PgDoorbellOptions = {},
  ) {
    this.minDelayMs = options.minDelayMs ?? 100;
    this.maxDelayMs = options.maxDelayMs ?? 5_000;
  }

  get live(): boolean {
    return this.client !== null;
  }

  /** The listening connection's server process id (tests terminate it); null while not listening. */
  get pid(): number | null {
    return (this.client as (pg.Client & { processID?: number }) | null)?.processID ?? null;
  }

  /** Connects (and keeps reconnecting); resolves after the first attempt, listening or not. */
  start(): Promise<void> {
    this.connecting ??= this.connect();
    return this.connecting;
  }

  subscribe(ring: () => void): () => void {
    this.listeners.add(ring);
    return () => this.listeners.delete(ring);
  }

  async close(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }

  private ring(): void {
    for (const ring of [...this.listeners]) ring();
  }

  private async connect(): Promise<void> {
    const client = new pg.Client(this.config);
    let gone = false;
    const drop = () => {
      if (gone) return;
      gone = true;
      if (this.client === client) this.client = null;
      client.end().catch(() => {});
      this.ring();
      this.reconnectLater();
    };
    client.on('error', drop);
    client.on('end', drop);
    client.on('notification', (message) => {
      if (message.channel === CHANGES_CHANNEL) this.ring();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGES_CHANNEL}`);
    } catch {
      drop();
      return;
    }
    if (gone) return;
    if (this.stopped) {
      gone = true;
      await client.end().catch(() => {});
      return;
    }
    this.client = client;
    this.attempt = 0;
    // Back (or there for the first time): whatever was written while nobody listened is read now.
    this.ring();
  }

  private reconnectLater(): void {
    if (this.stopped || this.timer) return;
    const delay = Math.min(this.maxDelayMs, this.minDelayMs * 2 ** this.attempt);
    this.attempt++;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.connect();
    }, delay);
    this.timer.unref?.();
  }
}

/** A feed doorbell for a practice server, listening from now on. */
export function startPgDoorbell(config: pg.ClientConfig, options?: PgDoorbellOptions): PgDoorbell {
  const doorbell = new PgDoorbell(config, options);
  void doorbell.start();
  return doorbell;
}

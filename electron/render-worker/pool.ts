import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { locateWorker, workerSpec, type WorkerEntry } from './locate';
import type { BookletJob, FromWorker, RenderedPdf, ToWorker } from './protocol';
import { fromFailure, renderJob } from './render-job';

/*
 * Booklet rendering off main's event loop (architecture §4): a small pool of worker threads, each
 * rendering one job at a time. Main keeps composing (database, plan); only the pure render goes
 * to a worker. A job with a key (e.g. the preview of one child's booklet) supersedes a queued job
 * with the same key, which is then rejected with SupersededError without being rendered.
 */

export interface BookletRenderer {
  render(job: BookletJob, options?: { key?: string }): Promise<RenderedPdf>;
}

export class SupersededError extends Error {
  override readonly name = 'SupersededError';
  constructor(readonly key: string) {
    super(`A newer render for ${key} was asked for before this one started.`);
  }
}

export class PoolClosedError extends Error {
  override readonly name = 'PoolClosedError';
  constructor() {
    super('The render pool is closed.');
  }
}

export interface RenderPoolOptions {
  /** Worker threads; default: one fewer than the cores, at least 1, at most 2. */
  size?: number;
  /** The worker entry; default: the built one next to the bundle (none: render in-process). */
  entry?: WorkerEntry;
  fontsDir?: string;
  /** Start the workers now (fonts parsed before the first booklet) instead of on first use. */
  warm?: boolean;
  log?: (line: string) => void;
}

interface Queued {
  job: BookletJob;
  key: string | undefined;
  resolve(value: RenderedPdf): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  current: (Queued & { id: number }) | null;
}

let told = false;
/** The in-process notice, once per process (tests start many cores). */
function logOnce(line: string): void {
  if (told) return;
  told = true;
  console.warn(line);
}

/** Worker deaths after which the pool stops starting workers. */
const MAX_CRASHES = 2;

export const defaultPoolSize = () => Math.min(2, Math.max(1, os.availableParallelism() - 1));

export class RenderPool implements BookletRenderer {
  readonly mode: 'worker' | 'in-process';
  readonly size: number;
  /** Jobs a worker (or main, in-process) actually rendered: superseded ones never count. */
  rendered = 0;
  private readonly slots: Slot[] = [];
  private readonly queue: Queued[] = [];
  private readonly entry: WorkerEntry;
  private nextId = 1;
  private closed = false;
  /** Workers that died; after two, jobs render on the main thread (slower, but every booklet prints). */
  private crashes = 0;

  constructor(private readonly options: RenderPoolOptions = {}) {
    this.entry = options.entry ?? locateWorker();
    this.size = Math.max(1, options.size ?? defaultPoolSize());
    const log = options.log ?? logOnce;
    if (this.entry.kind === 'absent') {
      this.mode = 'in-process';
      log(`[render] no render worker at ${this.entry.looked.join(' or ')}: rendering PDFs on the main thread`);
    } else {
      this.mode = 'worker';
      if (options.warm) while (this.slots.length < this.size) this.spawn();
    }
  }

  render(job: BookletJob, { key }: { key?: string } = {}): Promise<RenderedPdf> {
    if (this.closed) return Promise.reject(new PoolClosedError());
    if (this.mode === 'in-process' || this.crashes >= MAX_CRASHES) {
      this.rendered++;
      return renderJob({ ...this.fonts(), ...job });
    }
    return new Promise<RenderedPdf>((resolve, reject) => {
      if (key !== undefined) {
        const older = this.queue.findIndex((q) => q.key === key);
        if (older >= 0) this.queue.splice(older, 1)[0]!.reject(new SupersededError(key));
      }
      this.queue.push({ job, key, resolve, reject });
      this.pump();
    });
  }

  /** Worker threads running now. */
  get threads(): number {
    return this.slots.length;
  }

  /** Jobs waiting for a worker. */
  get queued(): number {
    return this.queue.length;
  }

  /** Rejects what is queued, lets nothing new in and ends the workers. */
  async close(): Promise<void> {
    this.closed = true;
    for (const q of this.queue.splice(0)) q.reject(new PoolClosedError());
    const slots = this.slots.splice(0);
    for (const s of slots) s.current?.reject(new PoolClosedError());
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private fonts(): Pick<BookletJob, 'fontsDir'> {
    return this.options.fontsDir ? { fontsDir: this.options.fontsDir } : {};
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => s.current === null);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const next = this.queue.shift()!;
      const current = { ...next, id: this.nextId++ };
      slot.current = current;
      // A busy worker keeps the process alive; an idle one does not (nothing hangs on exit).
      slot.worker.ref();
      const message: ToWorker = { id: current.id, job: { ...this.fonts(), ...next.job } };
      try {
        slot.worker.postMessage(message);
      } catch (error) {
        // Not cloneable: a programming error in the job, reported as such.
        slot.current = null;
        slot.worker.unref();
        current.reject(error instanceof Error ? error : new Error(String(error)));
      }
    }
  }

  private spawn(): Slot {
    const spec = workerSpec(this.entry as Exclude<WorkerEntry, { kind: 'absent' }>);
    const worker = new Worker(spec.script, { eval: spec.eval, workerData: this.fonts() });
    worker.unref();
    const slot: Slot = { worker, current: null };
    worker.on('message', (message: FromWorker) => {
      if ('ready' in message) return;
      const current = slot.current;
      if (!current || current.id !== message.id) return;
      slot.current = null;
      worker.unref();
      if (message.ok) {
        this.rendered++;
        const bytes = Buffer.from(message.bytes.buffer, message.bytes.byteOffset, message.bytes.byteLength);
        current.resolve({ bytes, pages: message.pages, sha256: message.sha256 });
      } else {
        if (message.failure.kind !== 'internal') this.rendered++;
        current.reject(fromFailure(message.failure));
      }
      this.pump();
    });
    const lost = (error: Error) => {
      const index = this.slots.indexOf(slot);
      if (index < 0) return;
      this.slots.splice(index, 1);
      const current = slot.current;
      slot.current = null;
      if (this.closed) {
        current?.reject(error);
        return;
      }
      // A worker that dies (out of memory, a missing file in a broken install) must not lose the
      // booklet: its job renders here instead, and after two deaths every job does.
      this.crashes++;
      (this.options.log ?? console.warn)(
        `[render] the render worker stopped (${error.message}); rendering on the main thread`,
      );
      if (current) {
        this.rendered++;
        renderJob({ ...this.fonts(), ...current.job }).then(current.resolve, current.reject);
      }
      if (this.crashes >= MAX_CRASHES) {
        for (const q of this.queue.splice(0)) this.render(q.job).then(q.resolve, q.reject);
      } else this.pump();
    };
    worker.on('error', (error) => lost(error));
    worker.on('exit', (code) => lost(new Error(`The render worker stopped (exit code ${code}).`)));
    this.slots.push(slot);
    return slot;
  }
}

import os from 'node:os';
import { locateWorker, workerSpec, type WorkerEntry } from './locate';
import type { PreviewResult } from '../../shared/contract';
import { previewFromWire } from './protocol';
import type { BookletJob, FromWorker, PreviewJob, RenderedPdf, Task, ToWorker } from './protocol';
import { ReadOnlyDatabases } from './read-only-db';
import { forkRenderProcess, type RenderProcess, type SpawnRenderProcess } from './process';
import { fromFailure } from './render-job';
import { runTask, type TaskOutcome } from './tasks';

/*
 * Booklet rendering off main's event loop (architecture §4): a small pool of render processes
 * (forked Node processes at a lower priority, see worker.ts), each running one task at a time. A render task gets a booklet main composed (issue, reissue: main
 * stores what it composed); a preview task is the whole preview, composed in the worker from the
 * database file on a read-only connection, so main only forwards ids. A task with a key (the
 * preview of one child's booklet) supersedes a queued task with the same key, which is then
 * rejected with SupersededError without being run.
 */

export interface BookletRenderer {
  render(job: BookletJob, options?: { key?: string }): Promise<RenderedPdf>;
  /** Composes and renders a preview from the database file (see PreviewJob). */
  preview?(job: PreviewJob, options?: { key?: string }): Promise<PreviewResult>;
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
  /** Render processes; default: one fewer than the cores, at least 1, at most 2. */
  size?: number;
  /** The worker entry; default: the built one next to the bundle (none: render in-process). */
  entry?: WorkerEntry;
  fontsDir?: string;
  /** Start the workers now (fonts parsed before the first booklet) instead of on first use. */
  warm?: boolean;
  /** How a render process is started: child_process.fork, or Electron's utilityProcess in the app. */
  spawn?: SpawnRenderProcess;
  log?: (line: string) => void;
}

interface Queued {
  task: Task;
  key: string | undefined;
  resolve(value: TaskOutcome): void;
  reject(error: Error): void;
}

interface Slot {
  worker: RenderProcess;
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
  /** Main's own read-only connections, for previews run here (no worker, or after two deaths). */
  private readonly local = new ReadOnlyDatabases();
  /** Workers' answers to `release`, by message id. */
  private readonly releasing = new Map<number, { slot: Slot; resolve(): void }>();
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

  async render(job: BookletJob, options: { key?: string } = {}): Promise<RenderedPdf> {
    const outcome = await this.run({ kind: 'render', job }, options.key);
    if (outcome.kind !== 'render') throw new Error('The render worker answered a render with a preview.');
    return outcome.pdf;
  }

  async preview(job: PreviewJob, options: { key?: string } = {}): Promise<PreviewResult> {
    const outcome = await this.run({ kind: 'preview', job }, options.key);
    if (outcome.kind !== 'preview') throw new Error('The render worker answered a preview with a render.');
    return outcome.preview;
  }

  /**
   * Closes every read-only connection to the database (the workers' and main's own) once the
   * tasks using them are done; the next preview opens the file afresh. A restore calls this
   * before it replaces the file.
   */
  async release(): Promise<void> {
    const asked = this.slots.map(
      (slot) =>
        new Promise<void>((resolve) => {
          const id = this.nextId++;
          this.releasing.set(id, { slot, resolve });
          slot.worker.send({ id, release: true } satisfies ToWorker);
        }),
    );
    await Promise.all([...asked, this.local.release()]);
  }

  private run(task: Task, key: string | undefined): Promise<TaskOutcome> {
    if (this.closed) return Promise.reject(new PoolClosedError());
    if (this.mode === 'in-process' || this.crashes >= MAX_CRASHES) return this.runHere(task);
    return new Promise<TaskOutcome>((resolve, reject) => {
      if (key !== undefined) {
        const older = this.queue.findIndex((q) => q.key === key);
        if (older >= 0) this.queue.splice(older, 1)[0]!.reject(new SupersededError(key));
      }
      this.queue.push({ task, key, resolve, reject });
      this.pump();
    });
  }

  /** On main's thread: slower for the event loop, but every booklet prints. */
  private runHere(task: Task): Promise<TaskOutcome> {
    this.rendered++;
    return runTask(this.withFonts(task), this.local);
  }

  /** Render processes running now. */
  get processes(): number {
    return this.slots.length;
  }

  /** The render processes' ids (to watch them, or their priority, from outside). */
  pids(): number[] {
    return this.slots.flatMap((s) => (s.worker.pid === undefined ? [] : [s.worker.pid]));
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
    for (const r of this.releasing.values()) r.resolve();
    this.releasing.clear();
    await Promise.all([...slots.map((s) => s.worker.stop()), this.local.release()]);
  }

  private fonts(): Pick<BookletJob, 'fontsDir'> {
    return this.options.fontsDir ? { fontsDir: this.options.fontsDir } : {};
  }

  private withFonts(task: Task): Task {
    return task.kind === 'render'
      ? { kind: 'render', job: { ...this.fonts(), ...task.job } }
      : { kind: 'preview', job: { ...this.fonts(), ...task.job } };
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => s.current === null);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const next = this.queue.shift()!;
      const current = { ...next, id: this.nextId++ };
      slot.current = current;
      // A busy worker keeps main alive; an idle one does not (nothing hangs on exit).
      slot.worker.hold(true);
      const message: ToWorker = { id: current.id, task: this.withFonts(next.task) };
      try {
        slot.worker.send(message);
      } catch (error) {
        // Not serializable: a programming error in the job, reported as such.
        slot.current = null;
        slot.worker.hold(false);
        current.reject(error instanceof Error ? error : new Error(String(error)));
      }
    }
  }

  private spawn(): Slot {
    const spec = workerSpec(this.entry as Exclude<WorkerEntry, { kind: 'absent' }>);
    const worker = (this.options.spawn ?? forkRenderProcess)({
      ...spec,
      env: { ...process.env, ...(this.options.fontsDir ? { VALGO_FONTS_DIR: this.options.fontsDir } : {}) },
    });
    worker.hold(false);
    const slot: Slot = { worker, current: null };
    worker.onMessage((message: FromWorker) => {
      if ('ready' in message) return;
      if ('released' in message) {
        this.releasing.get(message.id)?.resolve();
        this.releasing.delete(message.id);
        return;
      }
      const current = slot.current;
      if (!current || current.id !== message.id) return;
      slot.current = null;
      worker.hold(false);
      if (message.ok && message.kind === 'render') {
        this.rendered++;
        const bytes = Buffer.from(message.bytes.buffer, message.bytes.byteOffset, message.bytes.byteLength);
        current.resolve({ kind: 'render', pdf: { bytes, pages: message.pages, sha256: message.sha256 } });
      } else if (message.ok) {
        this.rendered++;
        current.resolve({ kind: 'preview', preview: previewFromWire(message.preview) });
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
      // A dead worker holds no connection: a release waiting for it is done.
      for (const [id, r] of this.releasing) {
        if (r.slot !== slot) continue;
        r.resolve();
        this.releasing.delete(id);
      }
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
      if (current) this.runHere(current.task).then(current.resolve, current.reject);
      if (this.crashes >= MAX_CRASHES) {
        for (const q of this.queue.splice(0)) this.runHere(q.task).then(q.resolve, q.reject);
      } else this.pump();
    };
    worker.onExit((reason) => lost(new Error(`The render process stopped (${reason}).`)));
    this.slots.push(slot);
    return slot;
  }
}

import fs from 'node:fs';
import os from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { loadFonts } from '../pdf/kit/fonts';
import type { FromWorker, ToWorker } from './protocol';
import { ReadOnlyDatabases } from './read-only-db';
import { toFailure } from './render-job';
import { runTask } from './tasks';

/*
 * A render worker's entry (built as out/main/render-worker.js, next to main.js). It loads the
 * renderer and parses the fonts once, says it is ready, then runs one task at a time: a render
 * (main composed the booklet) or a whole preview (composed here from the database file on a
 * read-only connection). PDF bytes are transferred back; an error goes back as data.
 */

export { renderJob } from './render-job';

/** How far a render thread steps back for main (nice 0–19: 19 yields most). */
export const RENDER_NICENESS = 10;

/**
 * Where the OS allows it, this thread runs at a lower priority than main's: when the cores are
 * short (two cores, a render per core), main's event loop (a search typed at the front desk, the
 * next keystroke's answer) is scheduled first and the render takes what is left. Linux only: there
 * a thread has a priority of its own (setpriority on its thread id, which /proc/thread-self names);
 * elsewhere the priority is the process's, and that is left alone.
 */
export function lowerThreadPriority(niceness = RENDER_NICENESS): boolean {
  if (process.platform !== 'linux') return false;
  try {
    const tid = Number(/task\/(\d+)$/.exec(fs.readlinkSync('/proc/thread-self'))?.[1]);
    if (!Number.isInteger(tid) || tid === process.pid) return false;
    os.setPriority(tid, Math.max(os.getPriority(tid), niceness));
    return true;
  } catch {
    // No /proc, or not allowed: the render runs at main's priority, as before.
    return false;
  }
}

const port = parentPort;
if (port) {
  const { fontsDir } = (workerData ?? {}) as { fontsDir?: string };
  const databases = new ReadOnlyDatabases();
  lowerThreadPriority();
  loadFonts(fontsDir);
  port.on('message', (message: ToWorker) => {
    if ('release' in message) {
      void databases.release().then(() => port.postMessage({ id: message.id, released: true } satisfies FromWorker));
      return;
    }
    void runTask(message.task, databases).then(
      (outcome) => {
        if (outcome.kind === 'preview') {
          port.postMessage({
            id: message.id,
            ok: true,
            kind: 'preview',
            preview: outcome.preview,
          } satisfies FromWorker);
          return;
        }
        const { bytes, pages, sha256 } = outcome.pdf;
        // Transfer the whole buffer; a pooled slice is copied into one of its own first.
        const own =
          bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
        const reply: FromWorker = { id: message.id, ok: true, kind: 'render', bytes: own, pages, sha256 };
        port.postMessage(reply, [own.buffer as ArrayBuffer]);
      },
      (error: unknown) =>
        port.postMessage({ id: message.id, ok: false, failure: toFailure(error) } satisfies FromWorker),
    );
  });
  port.postMessage({ ready: true } satisfies FromWorker);
}

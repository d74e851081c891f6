import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { loadFonts } from '../pdf/kit/fonts';
import { previewToWire, type FromWorker, type ToWorker } from './protocol';
import { ReadOnlyDatabases } from './read-only-db';
import { toFailure } from './render-job';
import { runTask } from './tasks';

/*
 * The render process's entry (built as out/main/render-worker.js, next to main.js; forked by the
 * pool, in Electron as a Node process). It steps back behind main, parses the fonts once, says it
 * is ready, then runs one task at a time: a render (main composed the booklet) or a whole preview
 * (composed here from the database file on a read-only connection). Answers, errors included, go
 * back as data over the IPC channel. When main goes away (the channel closes), it ends too.
 */

export { renderJob } from './render-job';

/** How far the render process steps back for main (nice 0–19: 19 yields most). */
export const RENDER_NICENESS = 10;

/**
 * Lowers this whole process below main's priority, so when the cores are short (two cores, a
 * preview running) main's event loop — the next keystroke's search — is scheduled first and the
 * render takes what is left. A separate process is what makes this possible: its garbage
 * collector and compiler threads are its own, not shared with main (worker threads share them).
 * Linux gives each thread its own priority, so every thread already running is lowered (threads
 * started later inherit it); on Windows and macOS the call sets the process's priority.
 * Returns the number of threads (Linux) or 1 when lowered, 0 when the OS refused.
 */
export function lowerProcessPriority(niceness = RENDER_NICENESS): number {
  const lower = (id: number) => {
    try {
      os.setPriority(id, Math.max(os.getPriority(id), niceness));
      return 1;
    } catch {
      // Not allowed (or the thread just ended): it keeps main's priority, as before.
      return 0;
    }
  };
  if (process.platform !== 'linux') return lower(0);
  let tasks: string[];
  try {
    tasks = fs.readdirSync('/proc/self/task');
  } catch {
    return lower(0);
  }
  const lowered = tasks.reduce((n, tid) => n + lower(Number(tid)), 0);
  runOnlyWhenIdle();
  return lowered;
}

/**
 * Linux: moves every thread of this process to SCHED_IDLE as well (util-linux's chrt; Node has no
 * call for it). A niced thread still keeps a core for its time slice when main wakes up; an idle-
 * class thread gives the core up at once, so a keystroke's search no longer waits behind a page
 * being laid out (search p99 under four previews measured 0.5-1 ms lower). On an otherwise idle
 * machine the render still has a whole core. Without chrt the niceness above is what applies.
 */
function runOnlyWhenIdle(): boolean {
  try {
    execFileSync('chrt', ['--idle', '--all-tasks', '--pid', '0', String(process.pid)], {
      stdio: 'ignore',
      timeout: 2000,
    });
    return true;
  } catch {
    return false;
  }
}

/** Electron's utility process: messages come and go through process.parentPort. */
interface ParentPort {
  on(event: 'message', listener: (event: { data: ToWorker }) => void): void;
  postMessage(message: FromWorker): void;
}

/** The parent's channel: Electron's utility-process port, or Node's IPC channel when forked. */
function parentChannel(): {
  reply(message: FromWorker): void;
  onMessage(listener: (m: ToWorker) => void): void;
} | null {
  const port = (process as { parentPort?: ParentPort }).parentPort;
  if (port) {
    return {
      reply: (message) => port.postMessage(message),
      onMessage: (listener) => port.on('message', (event) => listener(event.data)),
    };
  }
  const send = process.send?.bind(process);
  if (!send) return null;
  return {
    reply: (message) => {
      if (process.connected) send(message);
    },
    onMessage: (listener) => process.on('message', (message: ToWorker) => listener(message)),
  };
}

const parent = parentChannel();
if (parent) {
  const fontsDir = process.env.VALGO_FONTS_DIR || undefined;
  const databases = new ReadOnlyDatabases();
  const { reply } = parent;
  lowerProcessPriority();
  loadFonts(fontsDir);
  parent.onMessage((message) => {
    if ('release' in message) {
      void databases.release().then(() => reply({ id: message.id, released: true }));
      return;
    }
    void runTask(message.task, databases).then(
      (outcome) => {
        if (outcome.kind === 'preview') {
          reply({ id: message.id, ok: true, kind: 'preview', preview: previewToWire(outcome.preview) });
          return;
        }
        const { bytes, pages, sha256 } = outcome.pdf;
        reply({ id: message.id, ok: true, kind: 'render', bytes, pages, sha256 });
      },
      (error: unknown) => reply({ id: message.id, ok: false, failure: toFailure(error) }),
    );
  });
  // Forked by Node: main closed the channel (it quit, or crashed), so nothing more will be asked.
  // (Electron ends its utility processes with the app.)
  process.on('disconnect', () => {
    void databases.release().finally(() => process.exit(0));
  });
  reply({ ready: true });
}

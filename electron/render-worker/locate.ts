import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/*
 * Where the render process's entry is. In the built app this module sits in out/main/ or
 * out/main/chunks/, and the entry is out/main/render-worker.js next to main.js and bridge.js.
 * Run from sources (vitest, tsx) there is no built entry: main renders in-process and says so,
 * unless the caller asks for sourceWorker(), worker.ts run through tsx.
 */

export type WorkerEntry =
  | { kind: 'built'; file: string }
  | { kind: 'source'; file: string; tsxApi: string }
  | { kind: 'absent'; looked: string[] };

export const BUILT_WORKER = 'render-worker.js';

/** The built worker next to the bundle; absent when running from sources (which main then says). */
export function locateWorker(moduleUrl: string = import.meta.url): WorkerEntry {
  const here = path.dirname(fileURLToPath(moduleUrl));
  const looked = [path.join(here, BUILT_WORKER), path.join(here, '..', BUILT_WORKER)];
  const file = looked.find((f) => fs.existsSync(f));
  return file ? { kind: 'built', file } : { kind: 'absent', looked };
}

/**
 * The worker from sources, run through tsx: for tests of the pool itself (and development), so
 * they run the real worker code without a build. Null without tsx or the sources.
 */
export function sourceWorker(moduleUrl: string = import.meta.url): WorkerEntry | null {
  const here = path.dirname(fileURLToPath(moduleUrl));
  const file = path.join(here, 'worker.ts');
  try {
    // tsx's ES module loader, by file URL (a bare `--import tsx` would resolve from the cwd).
    const tsxApi = path.join(path.dirname(createRequire(moduleUrl).resolve('tsx/package.json')), 'dist', 'loader.mjs');
    return fs.existsSync(file) && fs.existsSync(tsxApi) ? { kind: 'source', file, tsxApi } : null;
  } catch {
    return null;
  }
}

/** What to fork for an entry: the script and the Node options it needs. */
export function workerSpec(entry: Exclude<WorkerEntry, { kind: 'absent' }>): { script: string; execArgv: string[] } {
  if (entry.kind === 'built') return { script: entry.file, execArgv: [] };
  return { script: entry.file, execArgv: ['--import', pathToFileURL(entry.tsxApi).href] };
}

import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/*
 * Where the render worker's entry is. In the built app this module sits in out/main/ or
 * out/main/chunks/, and the worker is out/main/render-worker.js next to main.js and bridge.js.
 * Run from sources (vitest, tsx) there is no built worker: main renders in-process and says so,
 * unless the caller asks for sourceWorker(), worker.ts loaded through tsx.
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
 * The worker from sources, loaded through tsx: for tests of the pool itself (and development),
 * so they run the real worker code without a build. Null without tsx or the sources.
 */
export function sourceWorker(moduleUrl: string = import.meta.url): WorkerEntry | null {
  const here = path.dirname(fileURLToPath(moduleUrl));
  const file = path.join(here, 'worker.ts');
  try {
    // The ES module build of tsx's API (its CommonJS one resolves its hooks from the wrong folder).
    const tsxApi = path.join(path.dirname(createRequire(moduleUrl).resolve('tsx/esm/api')), 'index.mjs');
    return fs.existsSync(file) && fs.existsSync(tsxApi) ? { kind: 'source', file, tsxApi } : null;
  } catch {
    return null;
  }
}

/** The Worker constructor's first argument and options for an entry. */
export function workerSpec(entry: Exclude<WorkerEntry, { kind: 'absent' }>): { script: string | URL; eval: boolean } {
  if (entry.kind === 'built') return { script: pathToFileURL(entry.file), eval: false };
  // Node 20 does not apply `--import tsx` to a worker's own entry; register tsx's hooks first.
  const [api, file] = [entry.tsxApi, entry.file].map((f) => JSON.stringify(pathToFileURL(f).href));
  const code = `import(${api}).then((tsx) => { tsx.register(); return import(${file}); });`;
  return { script: code, eval: true };
}

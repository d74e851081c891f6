import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { sourceWorker, workerSpec, type WorkerEntry } from '../../../electron/render-worker/locate';
import type { FromWorker } from '../../../electron/render-worker/protocol';

/*
 * The render entry as Electron's utility process runs it: there the parent's messages arrive on
 * process.parentPort as { data } events and answers go out with parentPort.postMessage. No
 * Electron binary exists here, so a preload gives a forked Node process exactly that port (over
 * Node's own channel) before the real entry (worker.ts through tsx) starts.
 */

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const PARENT_PORT = `
process.parentPort = {
  on(event, listener) { if (event === 'message') process.on('message', (data) => listener({ data })); },
  postMessage(message) { process.send({ viaParentPort: message }); },
};
`;

describe('render entry in a utility process', () => {
  it('answers on process.parentPort, unwrapping the event data', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'valgo-utility-'));
    dirs.push(dir);
    const preload = path.join(dir, 'parent-port.mjs');
    fs.writeFileSync(preload, PARENT_PORT);
    const spec = workerSpec(sourceWorker() as Exclude<WorkerEntry, { kind: 'absent' }>);
    const child = fork(spec.script, [], {
      execArgv: [...spec.execArgv, '--import', pathToFileURL(preload).href],
      serialization: 'advanced',
    });
    const answers: unknown[] = [];
    const next = () => new Promise<unknown>((resolve) => child.once('message', resolve));
    try {
      answers.push(await next());
      child.send({ id: 7, release: true });
      answers.push(await next());
    } finally {
      child.kill();
    }
    expect(answers).toEqual([
      { viaParentPort: { ready: true } satisfies FromWorker },
      { viaParentPort: { id: 7, released: true } satisfies FromWorker },
    ]);
  }, 60_000);
});

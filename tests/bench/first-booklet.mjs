// One first booklet in a fresh plain-Node process, from the BUILT bundle (out/main/render-worker.js;
// no TypeScript compiled on the fly). `thread`: rendered on this thread; `worker`: in a render
// worker thread, as the app does. Prints one JSON line of timings. Run by booklet.bench.ts.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

const [mode, requestFile] = process.argv.slice(2);
const entry = path.resolve('out/main/render-worker.js');
const request = JSON.parse(fs.readFileSync(requestFile, 'utf8'));

const cpu = process.cpuUsage();
const start = performance.now();
let pages;
if (mode === 'thread') {
  const { renderJob } = await import(pathToFileURL(entry).href);
  pages = (await renderJob({ request })).pages;
} else {
  const worker = new Worker(entry);
  pages = await new Promise((resolve, reject) => {
    worker.on('message', (m) => {
      if (!('id' in m)) return;
      if (m.ok) resolve(m.pages);
      else reject(new Error(`render failed: ${JSON.stringify(m.failure)}`));
    });
    worker.on('error', reject);
    worker.postMessage({ id: 1, job: { request } });
  });
  await worker.terminate();
}
const end = performance.now();
const used = process.cpuUsage(cpu);
// performance.now() counts from the start of this process.
console.log(JSON.stringify({ fromStart: end, afterStart: end - start, cpu: (used.user + used.system) / 1000, pages }));

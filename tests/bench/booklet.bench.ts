import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { BookletRequest } from '../../shared/contract/booklets';
import { p99, quantile, report } from './figures';

/*
 * The booklet renderer on the two example requests (tests/fixtures/booklet-*.json), all from the
 * BUILT bundle (out/main/render-worker.js, `npm run build`): the first booklet in a fresh plain
 * Node process, on the main thread and through a render worker (as the app makes it), timed from
 * process start and on its own (median and max of FIRST_RUNS processes); then warm renders:
 * median, p99 of WARM_RUNS, per page, and size.
 * Targets: warm median <= 6 ms per page, p99 <= 2x median, first render <= 500 ms, <= 400 KB.
 */
const FIRST_RUNS = 5;
const WARM_RUNS = 200;
/** Renders before timing, so the JIT has settled: "warm" is the steady state of a running app. */
const WARM_UP = 5;
const LANGUAGES = { en: 'booklet-full-en', ru: 'booklet-ru' } as const;
type Lang = keyof typeof LANGUAGES;

const here = path.dirname(new URL(import.meta.url).pathname);
const built = path.resolve('out/main/render-worker.js');
if (!fs.existsSync(built)) throw new Error('Build first: npm run build');
const requestFor = (lang: Lang) =>
  BookletRequest.parse(JSON.parse(fs.readFileSync(path.join(here, '../fixtures', `${LANGUAGES[lang]}.json`), 'utf8')));

interface First {
  fromStart: number;
  afterStart: number;
  cpu: number;
}

// The requests parsed once here (the schema is source code), handed to the children as JSON.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'valgo-bench-booklet-'));
try {
  for (const lang of Object.keys(LANGUAGES) as Lang[]) {
    const file = path.join(tmp, `${lang}.json`);
    fs.writeFileSync(file, JSON.stringify(requestFor(lang)));
    for (const mode of ['thread', 'worker'] as const) {
      const runs: First[] = [];
      for (let i = 0; i < FIRST_RUNS; i++) {
        const child = spawnSync(process.execPath, [path.join(here, 'first-booklet.mjs'), mode, file], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'inherit'],
        });
        if (child.status !== 0) process.exit(child.status ?? 1);
        runs.push(JSON.parse(child.stdout) as First);
      }
      const name = `booklet.${lang}.first_${mode === 'thread' ? 'render' : 'render_in_worker'}`;
      for (const [figure, key] of [
        ['from_process_start', 'fromStart'],
        ['after_node_start', 'afterStart'],
        ['cpu', 'cpu'],
      ] as const) {
        const values = runs.map((r) => r[key]);
        report(`${name}.${figure}.median`, quantile(values, 0.5), 'ms');
        report(`${name}.${figure}.max`, Math.max(...values), 'ms');
      }
    }
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}

type RenderJob = (job: { request: BookletRequest }) => Promise<{ bytes: Buffer; pages: number }>;
const { renderJob } = (await import(pathToFileURL(built).href)) as { renderJob: RenderJob };
for (const lang of Object.keys(LANGUAGES) as Lang[]) {
  const request = requestFor(lang);
  const first = await renderJob({ request });
  for (let i = 0; i < WARM_UP; i++) await renderJob({ request });
  const times: number[] = [];
  for (let i = 0; i < WARM_RUNS; i++) {
    const t = performance.now();
    await renderJob({ request });
    times.push(performance.now() - t);
  }
  const median = quantile(times, 0.5);
  report(`booklet.${lang}.warm_median`, median, 'ms');
  report(`booklet.${lang}.warm_p99`, p99(times), 'ms');
  report(`booklet.${lang}.warm_runs`, times.length, 'count');
  report(`booklet.${lang}.warm_median_per_page`, median / first.pages, 'ms');
  report(`booklet.${lang}.pages`, first.pages, 'pages');
  report(`booklet.${lang}.size`, first.bytes.length / 1024, 'KB');
}

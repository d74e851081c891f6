import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { BookletRequest } from '../../shared/contract/booklets';
import { renderBooklet } from '../../electron/pdf/booklet/render-booklet';
import { quantile, report } from './figures';

/*
 * The booklet renderer on the two example requests (tests/fixtures/booklet-*.json): the first
 * render in a fresh process, timed from process start (imports, font parsing and first use of the
 * shaping code included) and on its own, then warm renders: median, p99, per page, and size.
 * Targets: warm median <= 6 ms per page, p99 <= 2x median, first render <= 500 ms, <= 400 KB.
 */
const WARM_RUNS = 50;
/** Renders before timing, so the JIT has settled: "warm" is the steady state of a running app. */
const WARM_UP = 5;
const LANGUAGES = { en: 'booklet-full-en', ru: 'booklet-ru' } as const;
type Lang = keyof typeof LANGUAGES;

const here = path.dirname(new URL(import.meta.url).pathname);
const requestFor = (lang: Lang) =>
  BookletRequest.parse(JSON.parse(fs.readFileSync(path.join(here, '../fixtures', `${LANGUAGES[lang]}.json`), 'utf8')));

const firstOnly = process.argv.indexOf('--first');
if (firstOnly >= 0) {
  // Child process: one first render, nothing before it.
  const lang = process.argv[firstOnly + 1] as Lang;
  const request = requestFor(lang);
  const cpu = process.cpuUsage();
  const start = performance.now();
  await renderBooklet(request);
  const end = performance.now();
  const used = process.cpuUsage(cpu);
  // performance.now() counts from performance.timeOrigin, the start of this process.
  report(`booklet.${lang}.first_render_from_process_start`, end, 'ms');
  report(`booklet.${lang}.first_render`, end - start, 'ms');
  // CPU time (all threads, GC included) is less disturbed than wall time on a busy machine.
  report(`booklet.${lang}.first_render_cpu`, (used.user + used.system) / 1000, 'ms');
} else {
  for (const lang of Object.keys(LANGUAGES) as Lang[]) {
    const child = spawnSync(
      process.execPath,
      [...process.execArgv, new URL(import.meta.url).pathname, '--first', lang],
      {
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    );
    if (child.status !== 0) process.exit(child.status ?? 1);
  }
  for (const lang of Object.keys(LANGUAGES) as Lang[]) {
    const request = requestFor(lang);
    const first = await renderBooklet(request);
    const pages = Number(/\/Type \/Pages\n\/Count (\d+)/.exec(first.toString('latin1'))?.[1] ?? NaN);
    for (let i = 0; i < WARM_UP; i++) await renderBooklet(request);
    const times: number[] = [];
    for (let i = 0; i < WARM_RUNS; i++) {
      const t = performance.now();
      await renderBooklet(request);
      times.push(performance.now() - t);
    }
    const median = quantile(times, 0.5);
    report(`booklet.${lang}.warm_median`, median, 'ms');
    report(`booklet.${lang}.warm_p99`, quantile(times, 0.99), 'ms');
    report(`booklet.${lang}.warm_median_per_page`, median / pages, 'ms');
    report(`booklet.${lang}.pages`, pages, 'pages');
    report(`booklet.${lang}.size`, first.length / 1024, 'KB');
  }
}

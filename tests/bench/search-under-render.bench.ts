import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { PlanChoices } from '../../shared/contract';
import { localDate } from '../../shared/calendar/local-time';
import { openDatabase } from '../../electron/db/open';
import { migrate } from '../../electron/db/migrate';
import { previewBooklet, type BookletDeps } from '../../electron/services/booklets/booklets';
import type { ComposeRequest } from '../../electron/services/booklets/compose';
import { createAssessment } from '../../electron/services/clinical/assessments';
import { createClinician } from '../../electron/services/settings/clinicians';
import { searchPatients } from '../../electron/services/patients/patients';
import { RenderPool } from '../../electron/render-worker/pool';
import { p99, quantile, report } from './figures';
import { generateChildren, random, seedPatients } from './seed-patients';

/*
 * Patient search at 100,000 children (seeded as patient-search.bench.ts does) while four booklet
 * previews (about 20 pages each, for four children) render concurrently and without pause, on
 * the same main thread and database as the search. Three phases: no previews; previews composed
 * and rendered by the render pool with the BUILT worker (out/main/render-worker.js) from the
 * database file, main forwarding ids only (with --compare also: main composes, the worker
 * renders); previews rendered on the main thread (as before the pool). Searches arrive like keystrokes (a timer every 2-8 ms) and
 * are timed from the moment the keystroke was due to the answer, so time spent waiting for a
 * busy event loop counts. Target: p99 <= 5 ms with the pool.
 */
const CHILDREN = 100_000;
/** Enough that the p99 is the 20th-slowest, not the 4th: a steadier figure run to run. */
const SEARCHES = 2000;
/** On the main thread every search can wait for a whole render: fewer, still enough for a p99. */
const SEARCHES_MAIN_THREAD = 250;
const RENDERERS = 4;

// BENCH_WORKER: another built worker to compare with (e.g. a copy with one change undone).
const built = path.resolve(process.env.BENCH_WORKER ?? 'out/main/render-worker.js');
if (!fs.existsSync(built)) throw new Error('Build first: npm run build');

/**
 * Seeds the children and picks what the receptionist types, in a scope of its own: the 100,000
 * generated objects are garbage afterwards (main's heap in the app holds no such list).
 */
function seedChildren(): string[] {
  const children = generateChildren({ count: CHILDREN, seed: 7 });
  seedPatients(handle.sqlite, children);
  const pick = random(11);
  return Array.from({ length: Math.max(SEARCHES, SEARCHES_MAIN_THREAD) + 50 }, () => {
    const c = children[Math.floor(pick() * children.length)]!;
    const source = [c.firstName, c.lastName, c.guardianName.split(' ')[0]!][Math.floor(pick() * 3)]!;
    return source.slice(0, 2 + Math.floor(pick() * 3));
  });
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'valgo-bench-search-render-'));
const handle = openDatabase(dir);
const pool = new RenderPool({ entry: { kind: 'built', file: built }, warm: true });
try {
  await migrate(handle.db, handle.sqlite);
  const queries = seedChildren();
  const clinician = await createClinician(handle.db, {
    name: 'Dr. Ana Kovač',
    title: 'Podiatrist',
    phone: '',
    active: true,
  });
  const today = localDate(Date.now());
  const choices = PlanChoices.parse({
    settings: { startDate: today },
    language: 'en',
    paper: 'A4',
    calendarCourses: 'all',
  });
  const inputs: ComposeRequest[] = [];
  for (let patientId = 1; patientId <= RENDERERS; patientId++) {
    const a = await createAssessment(handle.db, {
      patientId,
      clinicianId: clinician.id,
      assessedOn: today,
      left: { degree: 2, method: 'heel_angle', flexible: 'yes', heelAngle: 17 },
      right: { degree: 1, method: 'heel_angle', flexible: 'yes', heelAngle: 12 },
      redFlags: [],
      weightKg: null,
      heightCm: null,
      overweight: false,
      notes: '',
    });
    inputs.push({ patientId, assessmentId: a.id, choices });
  }
  const pages = (await previewBooklet(handle.db, inputs[0]!, { renderer: pool, dbFile: handle.file })).pdf!.pages;
  report('search_under_render.preview_pages', pages, 'pages');
  report('search_under_render.pool_processes', pool.size, 'count');

  const rnd = random(11);

  /** `searches` timed searches (after 50 untimed) while `renders` previews run back to back. */
  async function phase(name: string, renders: number, deps: BookletDeps, searches = SEARCHES): Promise<void> {
    let stop = false;
    let previews = 0;
    const previewTimes: number[] = [];
    const loops = inputs.slice(0, renders).map(async (input) => {
      while (!stop) {
        const t = performance.now();
        await previewBooklet(handle.db, input, deps);
        previewTimes.push(performance.now() - t);
        previews++;
      }
    });
    // How long main's event loop was held up at a stretch (renders on main hold it for a whole booklet).
    const loopDelay = monitorEventLoopDelay({ resolution: 1 });
    loopDelay.enable();
    // Main thread busy time (not counting the render workers' threads): what each preview costs it.
    const busyBefore = performance.eventLoopUtilization();
    const fromDue: number[] = [];
    const service: number[] = [];
    for (let i = 0; i < 50 + searches; i++) {
      const gap = 2 + rnd() * 6;
      const due = performance.now() + gap;
      await sleep(gap);
      const started = performance.now();
      await searchPatients(handle.db, queries[i]!, 50);
      const end = performance.now();
      if (i < 50) continue;
      fromDue.push(end - due);
      service.push(end - started);
    }
    loopDelay.disable();
    const busy = performance.eventLoopUtilization(busyBefore);
    stop = true;
    await Promise.all(loops);
    report(`search_under_render.${name}.search_from_keystroke.p50`, quantile(fromDue, 0.5), 'ms');
    report(`search_under_render.${name}.search_from_keystroke.p99`, p99(fromDue), 'ms');
    report(`search_under_render.${name}.search_service.p99`, p99(service), 'ms');
    report(`search_under_render.${name}.searches`, fromDue.length, 'count');
    report(`search_under_render.${name}.event_loop_delay.p99`, loopDelay.percentile(99) / 1e6, 'ms');
    report(`search_under_render.${name}.event_loop_delay.max`, loopDelay.max / 1e6, 'ms');
    report(`search_under_render.${name}.main_thread_utilization`, busy.utilization * 100, '%');
    if (renders > 0) {
      report(`search_under_render.${name}.previews_done`, previews, 'count');
      // Upper bound: the searches' own work is in it too.
      report(`search_under_render.${name}.main_thread_busy_per_preview`, busy.active / previews, 'ms');
      report(`search_under_render.${name}.preview.p50`, quantile(previewTimes, 0.5), 'ms');
    }
  }

  await phase('no_previews', 0, {});
  // As the app does: the worker composes from the database file; main forwards ids.
  await phase('four_previews_pool', RENDERERS, { renderer: pool, dbFile: handle.file });
  // The previous split (main composes, the worker renders), for comparison.
  if (process.argv.includes('--compare')) await phase('four_previews_compose_on_main', RENDERERS, { renderer: pool });
  // The comparison (before the pool); every search may wait for a whole render, so it is slow.
  if (!process.argv.includes('--pool-only')) {
    await phase('four_previews_main_thread', RENDERERS, {}, SEARCHES_MAIN_THREAD);
  }
} finally {
  await pool.close();
  await handle.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openPostgres } from '../../electron/db/engine';
import { desksInPools, desksInProcesses, LIMIT_MS, reportLoad } from './desk-load';
import type { DeskTask } from './desk-work';
import { report } from './figures';
import { measureEngine, printTable } from './practice-figures';
import { seedPractice } from './practice-seed';
import { startBenchServer } from './practice-server';
import { typedQueries } from './typed-queries';

/*
 * Issue 13's performance list, both engines side by side on the same data: one practice of
 * 100,000 children and 500,000 appointments seeded into SQLite and moved to a throwaway
 * loopback PostgreSQL cluster by the real move, then every figure through the real services on
 * each engine (PostgreSQL through a pool of five, as a workstation's sign-in opens), then ten
 * desks booking and searching at once on the server (desk-load.ts: as ten processes, and as ten
 * pools in one process).
 *
 * VALGO_BENCH_SCALE (default 1) scales the children and appointments; VALGO_DESK_SECONDS
 * (default 30) is how long the desks run, each way; VALGO_DESK_PACE_MS (default 200) the paced
 * desks' round.
 */

const SCALE = Number(process.env.VALGO_BENCH_SCALE ?? 1);
const DESK_SECONDS = Number(process.env.VALGO_DESK_SECONDS ?? 30);
const DESKS = 10;
/**
 * The paced run: each desk starts a round (a slot search, a booking, a patient search) every
 * 200 ms, 15 requests a second per desk, far beyond what a person at a desk sends (a search per
 * keystroke pause, a booking every minute or two). The back-to-back runs show how the server
 * degrades past that: every desk sending its next request the moment the last one answers.
 */
const PACE_MS = Number(process.env.VALGO_DESK_PACE_MS ?? 200);

report('practice_engines.scale', SCALE, 'x');
report('practice_engines.machine_load_1m', os.loadavg()[0]!, 'load');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'valgo-bench-practice-'));
const practice = await seedPractice(dir, SCALE);
let server: Awaited<ReturnType<typeof startBenchServer>> | null = null;
try {
  server = await startBenchServer(practice.file);
  const sqlite = await measureEngine('sqlite', practice.handle.db, practice);
  const pool = openPostgres({ connectionString: server.url, max: 5 });
  let postgres;
  try {
    postgres = await measureEngine('postgres', pool.db, practice);
  } finally {
    await pool.close();
  }
  // The same practice: every search found the same children in the same order on both engines.
  const differ = postgres.answers.filter((a, i) => a !== sqlite.answers[i]).length;
  report('practice_engines.search_answers_differing', differ, 'count');
  if (differ) throw new Error(`${differ} searches found other children on PostgreSQL than on SQLite.`);
  const load = os.loadavg()[0]!.toFixed(1);
  printTable(
    { SQLite: sqlite.figures, PostgreSQL: postgres.figures },
    `${practice.children.length.toLocaleString('en')} children, scale ${SCALE}, load ${load}`,
  );

  const tasks: DeskTask[] = Array.from({ length: DESKS }, (_, desk) => ({
    desk,
    url: server!.url,
    clinicians: practice.clinicians,
    children: practice.children.length,
    queries: typedQueries(practice.children, 2000, 100 + desk),
    today: practice.today,
  }));
  const lines: string[] = [];
  const paced = tasks.map((t) => ({ ...t, paceMs: PACE_MS }));
  for (const [mode, run, desks] of [
    [`processes_paced_${PACE_MS}ms`, desksInProcesses, paced],
    ['processes', desksInProcesses, tasks],
    ['pools', desksInPools, tasks],
  ] as const) {
    const results = await run(desks, DESK_SECONDS);
    const s = reportLoad(`practice_engines.desks_${DESKS}.${mode}`, results, DESK_SECONDS);
    lines.push(
      `| ${DESKS} desks as ${mode} | ${s.requests} | ${s.p99.toFixed(1)} | ${s.max.toFixed(1)} | ${s.over} | ${os.loadavg()[0]!.toFixed(1)} |`,
    );
  }
  console.log(`\n${DESKS} desks booking and searching for ${DESK_SECONDS} s each way (ms; limit ${LIMIT_MS} ms)`);
  console.log(`| desks | requests | p99 | max | over ${LIMIT_MS} ms | load |`);
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const line of lines) console.log(line);
} finally {
  await practice.handle.close();
  server?.cluster.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}

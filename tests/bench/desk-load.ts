import { fork } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { openDesk, type DeskResult, type DeskTask } from './desk-work';
import { quantile, report, reportSpread } from './figures';

/*
 * Ten front desks on one practice server at once (issue 13: "10 concurrent desks each booking
 * and searching: no request over 100 ms"), two ways:
 * - `processes`: ten Node processes (desk.ts), each with its own pool, as ten workstations would
 *   be; on this machine they share its two cores with each other and with PostgreSQL, so the
 *   figure includes every desk waiting for a core, which separate machines would not.
 * - `pools`: ten pools in this one process, each desk its own async loop: the server sees the
 *   same ten connections' requests, while the client side needs one core rather than ten.
 */

export const LIMIT_MS = 100;

export async function desksInProcesses(tasks: DeskTask[], seconds: number): Promise<DeskResult[]> {
  const script = path.join(path.dirname(new URL(import.meta.url).pathname), 'desk.ts');
  const children = tasks.map((task) => {
    const child = fork(script, [], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
    const ready = new Promise<void>((resolve, reject) => {
      child.once('message', () => resolve());
      child.once('exit', (code) => reject(new Error(`desk ${task.desk} exited with ${code} before it was ready`)));
    });
    const done = new Promise<DeskResult>((resolve, reject) => {
      child.on('message', (m: { result?: DeskResult }) => {
        if (m.result) resolve(m.result);
      });
      child.once('exit', (code) => reject(new Error(`desk ${task.desk} exited with ${code} without a result`)));
    });
    done.catch(() => {}); // awaited below; a desk failing before then must not crash the bench
    child.send({ task });
    return { child, ready, done };
  });
  try {
    await Promise.all(children.map((c) => c.ready));
    const until = Date.now() + seconds * 1000;
    for (const c of children) c.child.send({ go: until });
    return await Promise.all(children.map((c) => c.done));
  } finally {
    for (const c of children) if (c.child.exitCode === null) c.child.kill();
  }
}

export async function desksInPools(tasks: DeskTask[], seconds: number): Promise<DeskResult[]> {
  const desks = tasks.map(openDesk);
  try {
    for (const desk of desks) await desk.warm();
    const until = Date.now() + seconds * 1000;
    return await Promise.all(desks.map((desk) => desk.run(until)));
  } finally {
    await Promise.all(desks.map((desk) => desk.close()));
  }
}

export interface LoadSummary {
  requests: number;
  p99: number;
  max: number;
  over: number;
}

/** Reports each kind of request and all of them across the desks; returns the all-request figures. */
export function reportLoad(name: string, results: DeskResult[], seconds: number): LoadSummary {
  const kinds = ['slot', 'book', 'search'] as const;
  for (const kind of kinds)
    reportSpread(
      `${name}.${kind}`,
      results.flatMap((r) => r[kind]),
    );
  const all = results.flatMap((r) => kinds.flatMap((k) => r[k]));
  const { p99, max } = reportSpread(`${name}.all_requests`, all);
  const over = all.filter((t) => t > LIMIT_MS).length;
  report(`${name}.requests_over_${LIMIT_MS}ms`, over, 'count');
  report(`${name}.requests_per_second`, all.length / seconds, 'req/s');
  report(
    `${name}.bookings_refused_slot_taken`,
    results.reduce((n, r) => n + r.refused, 0),
    'count',
  );
  const errors = results.flatMap((r) => r.errors);
  report(`${name}.errors`, errors.length, 'count');
  for (const e of errors.slice(0, 5)) console.error(`${name}: ${e}`);
  report(
    `${name}.slowest_desk_p99`,
    Math.max(...results.map((r) => quantile([...r.slot, ...r.book, ...r.search], 0.99))),
    'ms',
  );
  report(`${name}.cores`, os.cpus().length, 'count');
  return { requests: all.length, p99, max, over };
}

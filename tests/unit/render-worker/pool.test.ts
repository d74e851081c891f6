import { fork, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BookletRequest } from '../../../shared/contract/booklets';
import { UnprintableCharacterError } from '../../../electron/pdf/booklet/render-booklet';
import { locateWorker, sourceWorker, workerSpec, type WorkerEntry } from '../../../electron/render-worker/locate';
import { PoolClosedError, RenderPool, SupersededError } from '../../../electron/render-worker/pool';
import { renderJob } from '../../../electron/render-worker/render-job';

/*
 * The render pool with real render processes: run from sources, each process runs
 * electron/render-worker/worker.ts through tsx, exactly the code the built worker bundles.
 */

const fixture = (name: string) =>
  BookletRequest.parse(JSON.parse(fs.readFileSync(path.resolve('tests/fixtures', `${name}.json`), 'utf8')));
const pools: RenderPool[] = [];
const pool = (size = 1) => {
  const p = new RenderPool({ size, entry: sourceWorker()!, log: () => undefined });
  pools.push(p);
  return p;
};

afterEach(async () => {
  for (const p of pools.splice(0)) await p.close();
});

describe('render pool', () => {
  it('finds no built worker beside the sources, and runs the TS worker under tsx when asked', () => {
    expect(locateWorker()).toMatchObject({ kind: 'absent' });
    expect(sourceWorker()).toMatchObject({ kind: 'source', file: expect.stringMatching(/worker\.ts$/) });
    expect(pool().mode).toBe('worker');
  });

  it('returns the same bytes, pages and checksum as an in-process render', async () => {
    const request = fixture('booklet-full-en');
    const [inWorker, inProcess] = await Promise.all([pool().render({ request }), renderJob({ request })]);
    expect(inWorker.pages).toBeGreaterThan(1);
    expect(inWorker.pages).toBe(inProcess.pages);
    expect(inWorker.sha256).toBe(inProcess.sha256);
    expect(Buffer.compare(inWorker.bytes, inProcess.bytes)).toBe(0);
  }, 60_000);

  it('drops a queued render that a newer one with the same key supersedes, without rendering it', async () => {
    const p = pool(1);
    const en = fixture('booklet-full-en');
    const ru = fixture('booklet-ru');
    const busy = p.render({ request: en }, { key: 'preview:1' });
    const older = p.render({ request: en }, { key: 'preview:2' });
    const newer = p.render({ request: ru }, { key: 'preview:2' });
    await expect(older).rejects.toBeInstanceOf(SupersededError);
    const [first, latest] = await Promise.all([busy, newer]);
    expect(latest.sha256).toBe((await renderJob({ request: ru })).sha256);
    expect(first.sha256).not.toBe(latest.sha256);
    // The worker rendered two booklets: the superseded one never reached it.
    expect(p.rendered).toBe(2);
  }, 60_000);

  it('renders on the main thread when the worker dies, so no booklet is lost', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'valgo-worker-'));
    const broken = path.join(dir, 'render-worker.mjs');
    fs.writeFileSync(broken, 'process.exit(3);\n');
    const lines: string[] = [];
    const p = new RenderPool({ size: 1, entry: { kind: 'built', file: broken }, log: (l) => lines.push(l) });
    pools.push(p);
    const request = fixture('booklet-ru');
    const [first, second, third] = await Promise.all([
      p.render({ request }),
      p.render({ request }),
      p.render({ request }),
    ]);
    const expected = (await renderJob({ request })).sha256;
    expect([first.sha256, second.sha256, third.sha256]).toEqual([expected, expected, expected]);
    expect(lines.some((l) => l.includes('rendering on the main thread'))).toBe(true);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('brings back an unprintable character as the same error, naming the field', async () => {
    const request = fixture('booklet-full-en');
    const bad = { ...request, child: { ...request.child, firstName: 'M\u{1D504}a' } };
    const error = await pool()
      .render({ request: bad })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnprintableCharacterError);
    expect(error).toMatchObject({ path: 'child.firstName', codePoint: 'U+1D504' });
  }, 60_000);

  it('terminates its workers on close and refuses work afterwards', async () => {
    const p = pool(2);
    const request = fixture('booklet-ru');
    const jobs = [p.render({ request }), p.render({ request }), p.render({ request })];
    const settled = Promise.allSettled(jobs);
    expect(p.processes).toBe(2);
    await p.close();
    expect(p.processes).toBe(0);
    for (const outcome of await settled) {
      expect(outcome).toMatchObject({ status: 'rejected', reason: expect.any(PoolClosedError) });
    }
    await expect(p.render({ request })).rejects.toBeInstanceOf(PoolClosedError);
  }, 60_000);

  // Linux gives each thread its own priority and scheduling class: every thread of the render
  // process, the garbage collector's included, must sit below main's.
  it.skipIf(process.platform !== 'linux')(
    'runs every thread of the render process below main',
    async () => {
      const p = pool(1);
      await p.render({ request: fixture('booklet-ru') });
      const [pid] = p.pids();
      // Fields after the command: state is field 3, nice field 19, the scheduling policy field 41.
      const field = (stat: string, n: number) => Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[n - 3]);
      const nice = (stat: string) => field(stat, 19);
      const tasks = fs.readdirSync(`/proc/${pid}/task`);
      expect(tasks.length).toBeGreaterThan(1);
      // SCHED_IDLE (5) where util-linux's chrt exists (Debian has it), else the normal class (0).
      const idleClass = spawnSync('chrt', ['--help']).status === 0 ? 5 : 0;
      for (const tid of tasks) {
        const stat = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        expect(nice(stat)).toBe(10);
        expect(field(stat, 41)).toBe(idleClass);
      }
      expect(field(fs.readFileSync('/proc/thread-self/stat', 'utf8'), 41)).toBe(0);
      expect(nice(fs.readFileSync('/proc/thread-self/stat', 'utf8'))).toBe(os.getPriority());
      expect(os.getPriority()).toBeLessThan(10);
    },
    60_000,
  );

  it('ends a render process once main closes its channel (main quit or crashed)', async () => {
    const spec = workerSpec(sourceWorker() as Exclude<WorkerEntry, { kind: 'absent' }>);
    const child = fork(spec.script, [], { execArgv: spec.execArgv, serialization: 'advanced' });
    await new Promise((resolve) => child.once('message', resolve));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.disconnect();
    expect(await exited).toBe(0);
  }, 60_000);

  it('renders in-process only when no worker file exists, and says so', async () => {
    const lines: string[] = [];
    const p = new RenderPool({
      entry: { kind: 'absent', looked: ['/nowhere/render-worker.js'] },
      log: (l) => lines.push(l),
    });
    pools.push(p);
    expect(p.mode).toBe('in-process');
    expect(lines).toEqual([expect.stringContaining('/nowhere/render-worker.js')]);
    expect((await p.render({ request: fixture('booklet-ru') })).pages).toBeGreaterThan(0);
  }, 60_000);
});

import { spawn, type ChildProcessByStdio } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/db/open';
import { migrate } from '../../../electron/db/migrate';
import { createClinician } from '../../../electron/services/settings/clinicians';

/*
 * Kills a writer with SIGKILL at random moments, again and again, on one database file. The
 * writer goes through the real open, migrate and services (tests/unit/crash/child.ts, bundled
 * once and run under plain node). After every kill the database must pass integrity_check, hold
 * every write the writer acknowledged, and hold no half of a multi-row transaction.
 * VALGO_CRASH_KILLS raises the number of kills (default 200).
 */

const KILLS = Number(process.env.VALGO_CRASH_KILLS ?? 200);
const ROOT = path.resolve(__dirname, '../../..');

type Proc = ChildProcessByStdio<Writable, Readable, Readable>;
interface Writer {
  proc: Proc;
  ready: Promise<void>;
  /** Settles on the first acknowledged write. */
  firstAck: Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  acks: { kind: 'P' | 'A'; id: number }[];
  stderr: string;
}

let work: string;
let bundle: string;
let dataDir: string;
let clinicianId: number;
let typeId: number;

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'valgo-crash-'));
  bundle = path.join(work, 'child.cjs');
  buildSync({
    entryPoints: [path.join(__dirname, 'child.ts')],
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'cjs',
    outfile: bundle,
    external: ['better-sqlite3'],
    logLevel: 'warning',
  });
  dataDir = path.join(work, 'data');
  const handle = openDatabase(dataDir);
  await migrate(handle.db, handle.sqlite);
  clinicianId = (await createClinician(handle.db, { name: 'Dr. Crash', title: '', phone: '', active: true })).id;
  const type = await handle.db
    .selectFrom('appointment_types')
    .select('id')
    .where('code', '=', 'follow_up')
    .executeTakeFirstOrThrow();
  typeId = type.id;
  await handle.close();
});

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

function startWriter(): Writer {
  const proc = spawn(process.execPath, [bundle, dataDir, String(clinicianId), String(typeId)], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') },
  });
  const writer: Writer = {
    proc,
    acks: [],
    stderr: '',
    ready: Promise.resolve(),
    firstAck: Promise.resolve(),
    exited: Promise.resolve({ code: 0, signal: null }),
  };
  writer.exited = new Promise((resolve) => proc.once('exit', (code, signal) => resolve({ code, signal })));
  let acked: () => void = () => undefined;
  writer.firstAck = new Promise((resolve) => (acked = resolve));
  writer.ready = new Promise((resolve, reject) => {
    let pending = '';
    proc.stdout.setEncoding('utf8');
    proc.stdout.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (line === 'ready') resolve();
        const m = /^([PA]) (\d+)$/.exec(line);
        if (m) writer.acks.push({ kind: m[1] as 'P' | 'A', id: Number(m[2]) });
        if (m && writer.acks.length === 1) acked();
      }
    });
    proc.once('exit', () => reject(new Error(`writer exited before it was ready: ${writer.stderr}`)));
  });
  // The last writers are killed unused; their refusal is expected, not unhandled.
  writer.ready.catch(() => undefined);
  proc.stderr.setEncoding('utf8');
  proc.stderr.on('data', (chunk: string) => (writer.stderr += chunk));
  return writer;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Reopens the file the way the app does and checks it; returns the rows found. */
async function verify(
  ackedPatients: Set<number>,
  ackedVisits: Set<number>,
): Promise<{ patients: number; visits: number }> {
  const handle = openDatabase(dataDir);
  try {
    expect(handle.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(handle.sqlite.pragma('foreign_key_check')).toEqual([]);
    const patients = new Set(handle.sqlite.prepare('SELECT id FROM patients').pluck().all() as number[]);
    const visits = new Set(handle.sqlite.prepare('SELECT id FROM appointments').pluck().all() as number[]);
    for (const id of ackedPatients) if (!patients.has(id)) throw new Error(`acknowledged child ${id} is missing`);
    for (const id of ackedVisits) if (!visits.has(id)) throw new Error(`acknowledged visit ${id} is missing`);
    // Every child came with two guardians in one transaction: never one without the other.
    const partial = handle.sqlite
      .prepare('SELECT p.id FROM patients p WHERE (SELECT count(*) FROM guardians g WHERE g.patient_id = p.id) <> 2')
      .all();
    expect(partial).toEqual([]);
    return { patients: patients.size, visits: visits.size };
  } finally {
    await handle.close();
  }
}

describe('crash safety', () => {
  it(`keeps every acknowledged write and no partial transaction across ${KILLS} SIGKILLs`, async () => {
    const started = Date.now();
    const ackedPatients = new Set<number>();
    const ackedVisits = new Set<number>();
    let killedWhileWriting = 0;
    // Two writers load their code while the current one writes.
    const waiting = [startWriter(), startWriter()];
    try {
      for (let round = 0; round < KILLS; round++) {
        const writer = waiting.shift()!;
        await writer.ready;
        writer.proc.stdin.write('go\n');
        waiting.push(startWriter());
        // A quarter of the kills land while the file is opened and checked, the rest while writing.
        if (round % 4 === 0) await sleep(Math.random() * 10);
        else await Promise.race([writer.firstAck.then(() => sleep(Math.random() * 25)), writer.exited]);
        writer.proc.kill('SIGKILL');
        const { signal } = await writer.exited;
        if (signal !== 'SIGKILL') throw new Error(`writer stopped on its own: ${writer.stderr}`);
        for (const ack of writer.acks) (ack.kind === 'P' ? ackedPatients : ackedVisits).add(ack.id);
        if (writer.acks.length > 0) killedWhileWriting++;
        await verify(ackedPatients, ackedVisits);
      }
    } finally {
      for (const w of waiting) w.proc.kill('SIGKILL');
      await Promise.all(waiting.map((w) => w.exited));
    }
    const found = await verify(ackedPatients, ackedVisits);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `crash test: ${KILLS} kills (${killedWhileWriting} after the first acknowledged write), ` +
        `${ackedPatients.size + ackedVisits.size} acknowledged writes ` +
        `(${ackedPatients.size} children, ${ackedVisits.size} visits; ${found.patients} children, ${found.visits} visits on disk) ` +
        `in ${seconds} s, load ${os.loadavg()[0]!.toFixed(2)}`,
    );
    expect(killedWhileWriting).toBeGreaterThanOrEqual((KILLS * 3) / 4);
    expect(found.patients).toBeGreaterThanOrEqual(ackedPatients.size);
  }, 180_000);
});

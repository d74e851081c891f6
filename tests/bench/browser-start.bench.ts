import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { quantile, report } from './figures';

// Process start to the first answered API request of browser mode (the built out/main/bridge.js),
// with a new data folder each time so migrations run as on a first start.
const RUNS = 5;
const bridgeEntry = path.resolve('out/main/bridge.js');
if (!fs.existsSync(bridgeEntry)) throw new Error('Build first: npm run build');

async function once(): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'valgo-bench-start-'));
  const started = performance.now();
  const child = spawn(process.execPath, [bridgeEntry, '--port', '0', '--data-dir', dir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const url = await new Promise<URL>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /Open (http:\/\/\S+)/.exec(out);
        if (match) resolve(new URL(match[1]!));
      });
      child.once('exit', (code) => reject(new Error(`bridge exited with ${code}`)));
    });
    const token = url.searchParams.get('token')!;
    const response = await fetch(new URL('/api/app:info', url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: `valgo_token=${token}` },
      body: '{}',
    });
    const body = (await response.json()) as { ok: boolean };
    if (!body.ok) throw new Error('app:info failed');
    return performance.now() - started;
  } finally {
    child.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const times: number[] = [];
for (let i = 0; i < RUNS; i++) times.push(await once());
report('browser_mode.start_to_first_answer.median', quantile(times, 0.5), 'ms');
report('browser_mode.start_to_first_answer.max', Math.max(...times), 'ms');

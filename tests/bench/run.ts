import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

// Runs every tests/bench/*.bench.ts in a fresh Node process (first-run figures need one),
// one after the other so they do not compete for the two cores. Each prints JSON lines.
const dir = path.dirname(new URL(import.meta.url).pathname);
const only = process.argv.slice(2);
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

let failed = 0;
for (const file of files) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(dir, file)], { stdio: 'inherit' });
  if (result.status !== 0) {
    failed++;
    console.error(`bench ${file} failed with exit code ${result.status}`);
  }
}
process.exit(failed ? 1 : 0);

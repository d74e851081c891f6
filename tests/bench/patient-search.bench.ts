import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../../electron/db/open';
import { migrate } from '../../electron/db/migrate';
import { searchPatients } from '../../electron/services/patients/patients';
import { p99, quantile, report } from './figures';
import { generateChildren, random, seedPatients } from './seed-patients';

// Patient search as the list uses it: first 50 matches in list order, at 100,000 children.
const CHILDREN = 100_000;
const QUERIES = 1_000;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'valgo-bench-'));
const handle = openDatabase(dir);
try {
  await migrate(handle.db, handle.sqlite);
  const children = generateChildren({ count: CHILDREN, seed: 7 });
  const seedStart = performance.now();
  seedPatients(handle.sqlite, children);
  report('patients.seed_100k', performance.now() - seedStart, 'ms');

  // What a receptionist types: the first 2-4 characters of a first name, last name, guardian
  // name or phone group, in random case.
  const rnd = random(11);
  const queries = Array.from({ length: QUERIES }, () => {
    const c = children[Math.floor(rnd() * children.length)]!;
    const source = [c.firstName, c.lastName, c.guardianName.split(' ')[0]!, c.phone.split(' ')[1]!][
      Math.floor(rnd() * 4)
    ]!;
    const typed = source.slice(0, 2 + Math.floor(rnd() * 3));
    return rnd() < 0.5 ? typed.toLowerCase() : typed.toUpperCase();
  });

  for (const q of queries.slice(0, 50)) await searchPatients(handle.db, q, 50); // warm caches and JIT
  const times: number[] = [];
  let matched = 0;
  for (const q of queries) {
    const t = performance.now();
    const result = await searchPatients(handle.db, q, 50);
    times.push(performance.now() - t);
    if (result.items.length) matched++;
  }
  report('patients.search_100k.p50', quantile(times, 0.5), 'ms');
  report('patients.search_100k.p99', p99(times), 'ms');
  report('patients.search_100k.queries_with_results', (matched / QUERIES) * 100, '%');

  const blank: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t = performance.now();
    await searchPatients(handle.db, '', 50);
    blank.push(performance.now() - t);
  }
  report('patients.list_first_page_100k.p99', p99(blank), 'ms');
} finally {
  await handle.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

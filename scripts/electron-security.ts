/*
 * `npm run check:electron-security`: runs Electronegativity (Doyensec's Electron security
 * scanner) offline over the main-process sources in electron/ (main, preload, shell: the only
 * code that touches Electron), prints every finding, and exits 1 on any HIGH one that is not on
 * the allow-list below. Electronegativity itself always exits 0, so this script reads its CSV.
 *
 * Sources rather than the built out/ folder: findings point at the lines to fix, no build is
 * needed first, and the bundle would add third-party code this gate cannot act on.
 * Offline: the check that downloads Electron's release list is skipped (the Electron version is
 * pinned in package.json and upgraded deliberately); the translations download fails quickly.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface Finding {
  issue: string;
  severity: string;
  confidence: string;
  file: string;
  location: string;
  sample: string;
  description: string;
}

/** A HIGH finding accepted on purpose: which check, in which file, and why it is not a risk. */
export interface Allowance {
  issue: string;
  file: string;
  reason: string;
}

/**
 * HIGH findings accepted with a reason (none today). An entry needs a real reason (20 characters
 * at least) and matches one check in one file; an entry that matches nothing is reported so the
 * list does not outlive what it excused.
 */
export const ALLOWED: readonly Allowance[] = [];

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

/** Electronegativity's CSV (header: issue, severity, confidence, filename, location, sample, description, url). */
export function readFindings(csv: string): Finding[] {
  const [header, ...rows] = parseCsv(csv);
  const names = (header ?? []).map((h) => h.trim().toLowerCase());
  const column = (name: string) => {
    const index = names.indexOf(name);
    if (index < 0) throw new Error(`Electronegativity's CSV has no "${name}" column (header: ${names.join(', ')})`);
    return index;
  };
  const at = {
    issue: column('issue'),
    severity: column('severity'),
    confidence: column('confidence'),
    file: column('filename'),
    location: column('location'),
    sample: column('sample'),
    description: column('description'),
  };
  return rows.map((r) => {
    const get = (i: number) => (r[i] ?? '').trim();
    return {
      issue: get(at.issue),
      severity: get(at.severity).toUpperCase(),
      confidence: get(at.confidence).toUpperCase(),
      file: get(at.file),
      location: get(at.location),
      sample: get(at.sample),
      description: get(at.description),
    };
  });
}

export interface Verdict {
  /** HIGH findings not allowed: any one fails the check. */
  blocking: Finding[];
  /** HIGH findings an allowance covers. */
  allowed: { finding: Finding; reason: string }[];
  /** Allowances that matched nothing. */
  unused: Allowance[];
}

export function judge(findings: readonly Finding[], allowances: readonly Allowance[] = ALLOWED): Verdict {
  for (const a of allowances) {
    if (a.reason.trim().length < 20) throw new Error(`The allowance for ${a.issue} in ${a.file} needs a real reason.`);
  }
  const used = new Set<Allowance>();
  const verdict: Verdict = { blocking: [], allowed: [], unused: [] };
  for (const finding of findings) {
    if (finding.severity !== 'HIGH') continue;
    const allowance = allowances.find((a) => a.issue === finding.issue && a.file === finding.file);
    if (allowance) {
      used.add(allowance);
      verdict.allowed.push({ finding, reason: allowance.reason });
    } else verdict.blocking.push(finding);
  }
  verdict.unused = allowances.filter((a) => !used.has(a));
  return verdict;
}

/**
 * Runs Electronegativity over `input` and returns its findings; throws when it produced no report.
 * Electronegativity writes its CSV as two unordered asynchronous writes (the header with flag 'w',
 * then the rows with flag 'a'); on a busy machine the header's truncation could land last and
 * leave a report with no rows, read as "no findings". The scan therefore runs with
 * electronegativity-ordered-writes.cjs preloaded, which makes those writes happen in call order.
 */
export function scan(input: string): Finding[] {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('@doyensec/electronegativity/package.json');
  const bin = path.join(path.dirname(manifest), 'dist', 'index.js');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'valgo-electronegativity-'));
  try {
    const report = path.join(dir, 'findings.csv');
    const run = spawnSync(
      process.execPath,
      // -r: paths relative to `input`; -v false: no long descriptions on stdout; -e: the version
      // from package.json, so nothing is looked up online.
      // -x: the one check that downloads Electron's release list.
      [
        '--require',
        ORDERED_WRITES,
        bin,
        '-i',
        input,
        '-o',
        report,
        '-r',
        '-v',
        'false',
        '-e',
        electronVersion(),
        '-x',
        'AvailableSecurityFixesGlobalCheck',
      ],
      { encoding: 'utf8', timeout: 180_000, env: { ...process.env, LANG: 'en-US' } },
    );
    if (!fs.existsSync(report)) {
      throw new Error(
        `Electronegativity wrote no report (exit ${run.status ?? run.signal}).\n${run.stdout}\n${run.stderr}`,
      );
    }
    return readFindings(fs.readFileSync(report, 'utf8'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const ORDERED_WRITES = fileURLToPath(new URL('./electronegativity-ordered-writes.cjs', import.meta.url));

function electronVersion(): string {
  const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { devDependencies?: Record<string, string> };
  const range = pkg.devDependencies?.electron ?? '';
  return /\d+\.\d+\.\d+/.exec(range)?.[0] ?? '45.0.0';
}

function describe(f: Finding): string {
  return `${f.severity.padEnd(13)} ${f.issue} (${f.confidence}) ${f.file}:${f.location}\n    ${f.description}${
    f.sample && f.sample !== 'N/A' ? `\n    ${f.sample.slice(0, 160)}` : ''
  }`;
}

function main(): void {
  const started = Date.now();
  const input = path.resolve(process.argv[2] ?? 'electron');
  let findings: Finding[];
  try {
    findings = scan(input);
  } catch (error) {
    console.error(`check:electron-security: ${(error as Error).message}`);
    process.exit(1);
  }
  const verdict = judge(findings);
  console.log(`Electronegativity over ${path.relative(process.cwd(), input) || '.'}: ${findings.length} finding(s)`);
  for (const f of findings) console.log(`  ${describe(f)}`);
  for (const { finding, reason } of verdict.allowed) {
    console.log(`Allowed HIGH ${finding.issue} in ${finding.file}: ${reason}`);
  }
  for (const a of verdict.unused) console.log(`Unused allowance: ${a.issue} in ${a.file} (remove it)`);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (verdict.blocking.length > 0) {
    console.error(`check:electron-security: ${verdict.blocking.length} HIGH finding(s) to fix (${seconds} s)`);
    process.exit(1);
  }
  console.log(`check:electron-security: no HIGH findings (${seconds} s)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();

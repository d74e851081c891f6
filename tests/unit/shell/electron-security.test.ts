import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { judge, parseCsv, readFindings, scan, type Finding } from '../../../scripts/electron-security';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const CSV = [
  'issue, severity, confidence, filename, location, sample, description, url',
  'CSP_GLOBAL_CHECK,"MEDIUM","CERTAIN","N/A","0:0",N/A,"No CSP has been detected",https://x',
  'CONTEXT_ISOLATION_JS_CHECK,"HIGH","FIRM","main.js","2:71","new BrowserWindow({ a: ""b"", c: 1 })","Review the use of the contextIsolation option",https://y',
].join('\n');

const high = (issue: string, file: string): Finding => ({
  issue,
  severity: 'HIGH',
  confidence: 'FIRM',
  file,
  location: '1:1',
  sample: '',
  description: '',
});

describe('reading the report', () => {
  it('parses quoted fields with commas, doubled quotes and line breaks', () => {
    expect(parseCsv('a,"b, c","d ""e""","f\ng"\r\nh,,i\n')).toEqual([
      ['a', 'b, c', 'd "e"', 'f\ng'],
      ['h', '', 'i'],
    ]);
  });

  it("maps Electronegativity's columns", () => {
    expect(readFindings(CSV)).toEqual([
      {
        issue: 'CSP_GLOBAL_CHECK',
        severity: 'MEDIUM',
        confidence: 'CERTAIN',
        file: 'N/A',
        location: '0:0',
        sample: 'N/A',
        description: 'No CSP has been detected',
      },
      {
        issue: 'CONTEXT_ISOLATION_JS_CHECK',
        severity: 'HIGH',
        confidence: 'FIRM',
        file: 'main.js',
        location: '2:71',
        sample: 'new BrowserWindow({ a: "b", c: 1 })',
        description: 'Review the use of the contextIsolation option',
      },
    ]);
  });

  it('refuses a report whose columns it does not know', () => {
    expect(() => readFindings('check, level\nX,HIGH')).toThrow('no "issue" column');
  });
});

describe('the verdict', () => {
  it('blocks on HIGH findings only', () => {
    const verdict = judge(readFindings(CSV), []);
    expect(verdict.blocking.map((f) => f.issue)).toEqual(['CONTEXT_ISOLATION_JS_CHECK']);
  });

  it('lets an allowance with a reason cover one check in one file, and reports unused ones', () => {
    const reason = 'This window only ever shows a PDF from our own temp folder.';
    const verdict = judge(
      [high('SANDBOX_JS_CHECK', 'shell/a.ts'), high('SANDBOX_JS_CHECK', 'shell/b.ts')],
      [
        { issue: 'SANDBOX_JS_CHECK', file: 'shell/a.ts', reason },
        { issue: 'NODE_INTEGRATION_JS_CHECK', file: 'shell/a.ts', reason },
      ],
    );
    expect(verdict.allowed.map((a) => a.finding.file)).toEqual(['shell/a.ts']);
    expect(verdict.blocking.map((f) => f.file)).toEqual(['shell/b.ts']);
    expect(verdict.unused.map((a) => a.issue)).toEqual(['NODE_INTEGRATION_JS_CHECK']);
  });

  it('refuses an allowance without a real reason', () => {
    expect(() => judge([], [{ issue: 'X', file: 'y.ts', reason: 'fine' }])).toThrow('real reason');
  });
});

describe('scanning (Electronegativity itself, offline)', () => {
  it('finds a HIGH issue in a window without context isolation', { timeout: 120_000 }, () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'valgo-electronegativity-fixture-'));
    dirs.push(dir);
    fs.writeFileSync(
      path.join(dir, 'main.ts'),
      "import { BrowserWindow } from 'electron';\n" +
        'export const w = new BrowserWindow({ webPreferences: { contextIsolation: false, sandbox: true } });\n',
    );
    const verdict = judge(scan(dir), []);
    // The window's missing context isolation, and (globally) the missing navigation limits.
    expect(verdict.blocking.map((f) => `${f.issue} ${f.file}`).sort()).toEqual([
      'CONTEXT_ISOLATION_JS_CHECK main.ts',
      'LIMIT_NAVIGATION_GLOBAL_CHECK N/A',
    ]);
  });
});

describe('the report Electronegativity writes', () => {
  it('is written in call order: the truncating header first, then the rows', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'valgo-ordered-writes-'));
    dirs.push(dir);
    const report = path.join(dir, 'findings.csv');
    const shim = path.resolve('scripts/electronegativity-ordered-writes.cjs');
    // What Electronegativity does: the header (flag 'w') and the rows (flag 'a') issued at once.
    // The first write is on disk before the second call is made; both callbacks still run.
    const script = `
      const fs = require('node:fs');
      const seen = [];
      fs.writeFile(${JSON.stringify(report)}, ${JSON.stringify('header\n')}, (e) => seen.push(e));
      const between = fs.readFileSync(${JSON.stringify(report)}, 'utf8');
      fs.writeFile(${JSON.stringify(report)}, ${JSON.stringify('row\n')}, { flag: 'a' }, (e) => seen.push(e));
      setTimeout(() => console.log(JSON.stringify({ between, seen })), 20);`;
    const run = spawnSync(process.execPath, ['--require', shim, '-e', script], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ between: 'header\n', seen: [null, null] });
    expect(fs.readFileSync(report, 'utf8')).toBe('header\nrow\n');
  });
});

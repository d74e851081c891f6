import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../test-db';

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/booklet.ts', ...args], { encoding: 'utf8' });

describe('npm run booklet', () => {
  it('renders the example request to a PDF', () => {
    const out = path.join(tempDir(), 'nested', 'booklet.pdf');
    const result = run('--in', 'tests/fixtures/booklet-full-en.json', '--out', out);
    expect(result.status, result.stderr).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);

  it('refuses an invalid request with one line and exit code 2', () => {
    const dir = tempDir();
    const bad = path.join(dir, 'bad.json');
    const request = JSON.parse(fs.readFileSync('tests/fixtures/booklet-full-en.json', 'utf8'));
    fs.writeFileSync(bad, JSON.stringify({ ...request, language: 'fr', paper: 'A3' }));
    const result = run('--in', bad, '--out', path.join(dir, 'x.pdf'));
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^valgo booklet: invalid request: .*language: chooseOne.*paper: chooseOne/);
    expect(fs.existsSync(path.join(dir, 'x.pdf'))).toBe(false);
  }, 60_000);

  it('refuses unreadable input and bad options with exit code 2', () => {
    expect(run('--in', '/nonexistent.json', '--out', '/tmp/x.pdf').status).toBe(2);
    const bad = run('--verbose');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('unknown option --verbose');
  }, 60_000);
});

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startCore, type Core } from '../../../electron/core';
import { DATA_SOURCE_FILE, readDataSource } from '../../../electron/data-source';
import { DB_FILE_NAME } from '../../../electron/db/open';

/*
 * The data-source choice on a computer running the embedded SQLite database (issue 13 §1):
 * who may choose, what is stored (an address, 0600, never a password), and that the SQLite file
 * is left exactly as it was when the workstation switches to a server.
 */

const cores: Core[] = [];
const dirs: string[] = [];

async function core(dataDir = tempDir()): Promise<Core> {
  const started = await startCore({ dataDir, mode: 'browser', version: '0.0.0-test' });
  cores.push(started);
  return started;
}

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'valgo-source-'));
  dirs.push(dir);
  return dir;
}

async function must(c: Core, channel: string, input: unknown, session?: string) {
  const answer = await c.dispatch(channel, input, session);
  if (!answer.ok) throw new Error(`${channel}: ${JSON.stringify(answer.error)}`);
  return answer.value as Record<string, unknown>;
}

const SERVER = {
  kind: 'server',
  host: 'db.practice.example',
  port: 5432,
  database: 'practice',
  // A real certificate: main refuses a CA file that is not there or holds none.
  caFile: path.resolve('tests/fixtures/practice-ca.pem'),
};

afterEach(async () => {
  await Promise.all(cores.splice(0).map((c) => c.close()));
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('choosing the data source', () => {
  it('at first run anyone may choose once; the file holds the address only, readable by this account', async () => {
    const c = await core();
    expect(await must(c, 'data-source:get', {})).toEqual({
      chosen: null,
      active: { kind: 'local' },
      restartNeeded: false,
      canChange: true,
    });
    expect(await must(c, 'data-source:set', { kind: 'local' })).toMatchObject({
      chosen: { kind: 'local' },
      restartNeeded: false,
      canChange: false,
    });
    const file = path.join(c.info.dataDir, DATA_SOURCE_FILE);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({ kind: 'local' });
    // Chosen: a second choice needs the administrator.
    expect(await c.dispatch('data-source:set', SERVER)).toMatchObject({ ok: false, error: { code: 'SIGNED_OUT' } });
  });

  it('after set-up only the administrator may change it; a clinician is refused', async () => {
    const c = await core();
    await must(c, 'staff:setup', { name: 'Anna Admin', username: 'admin', password: 'admin-password' });
    expect(await must(c, 'data-source:get', {}, 'nobody')).toMatchObject({ canChange: false });
    expect(await c.dispatch('data-source:set', { kind: 'local' }, 'nobody')).toMatchObject({
      ok: false,
      error: { code: 'SIGNED_OUT' },
    });
    await must(c, 'staff:create', {
      name: 'Dr. Clara',
      username: 'clara',
      role: 'clinician',
      password: 'clara-password',
    });
    await must(c, 'staff:sign-in', { username: 'clara', password: 'clara-password' }, 'clara');
    expect(await c.dispatch('data-source:set', SERVER, 'clara')).toMatchObject({
      ok: false,
      error: { code: 'DENIED' },
    });
    expect(await c.dispatch('data-source:test', { ...SERVER, port: 1 }, 'clara')).toMatchObject({
      ok: false,
      error: { code: 'DENIED' },
    });
    expect(readDataSource(c.info.dataDir).chosen).toBeNull();

    const saved = await must(c, 'data-source:set', { ...SERVER, password: 'never-stored' });
    expect(saved).toMatchObject({ chosen: { kind: 'server', host: 'db.practice.example' }, restartNeeded: true });
    const text = fs.readFileSync(path.join(c.info.dataDir, DATA_SOURCE_FILE), 'utf8');
    expect(JSON.parse(text)).toEqual(SERVER);
    expect(text).not.toContain('never-stored');
  });

  it('refuses a bad address naming the field, and saves nothing', async () => {
    const c = await core();
    const answer = await c.dispatch('data-source:set', { ...SERVER, port: 0, database: 'Bad-Name', caFile: 'ca.pem' });
    expect(answer.ok).toBe(false);
    if (!answer.ok) {
      expect(answer.error.code).toBe('VALIDATION');
      expect(answer.error.issues?.map((i) => i.path).sort()).toEqual(['caFile', 'database', 'port']);
    }
    expect(fs.existsSync(path.join(c.info.dataDir, DATA_SOURCE_FILE))).toBe(false);
  });

  it('switching to a server leaves the SQLite file untouched and connects to nothing before sign-in', async () => {
    const dataDir = tempDir();
    const first = await core(dataDir);
    await must(first, 'staff:setup', { name: 'Anna Admin', username: 'admin', password: 'admin-password' });
    await must(first, 'data-source:set', { ...SERVER, host: '127.0.0.1', port: 1, caFile: null });
    await first.close();
    cores.splice(cores.indexOf(first), 1);
    const dbFile = path.join(dataDir, DB_FILE_NAME);
    const hash = () => createHash('sha256').update(fs.readFileSync(dbFile)).digest('hex');
    const before = hash();
    const stat = fs.statSync(dbFile);

    const server = await core(dataDir);
    expect(server.database).toBeNull();
    expect(server.source).toMatchObject({ kind: 'server', host: '127.0.0.1' });
    expect(await must(server, 'staff:status', {})).toMatchObject({ needsSetup: false, user: null });
    // Nothing answers on port 1: a clear refusal, never an internal error.
    const answer = await server.dispatch('staff:sign-in', { username: 'admin', password: 'admin-password' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!answer.ok) expect(answer.error.message).toContain('127.0.0.1:1/practice');
    expect(await server.dispatch('staff:setup', { name: 'X', username: 'x', password: 'x-password' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    await server.close();
    cores.splice(cores.indexOf(server), 1);
    expect(hash()).toBe(before);
    expect(fs.statSync(dbFile).mtimeMs).toBe(stat.mtimeMs);
  });

  it('a damaged data-source.json falls back to this computer', async () => {
    const dataDir = tempDir();
    fs.writeFileSync(path.join(dataDir, DATA_SOURCE_FILE), '{ not json');
    const c = await core(dataDir);
    expect(c.source).toEqual({ kind: 'local' });
    expect(c.database).not.toBeNull();
  });
});

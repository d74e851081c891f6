import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startCore, type Core } from '../../../electron/core';
import { DATA_SOURCE_FILE } from '../../../electron/data-source';

/*
 * The practice's CA file in the data-source form: main refuses a path with no readable file, or a
 * file without a PEM certificate, as a field error on `caFile`, and stores nothing; "Test
 * connection" refuses it the same way before trying the server.
 */

const cores: Core[] = [];
const dirs: string[] = [];
const CA = path.resolve('tests/fixtures/practice-ca.pem');

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'valgo-ca-'));
  dirs.push(dir);
  return dir;
}

async function firstRunCore(): Promise<Core> {
  const core = await startCore({ dataDir: tempDir(), mode: 'browser', version: '0.0.0-test' });
  cores.push(core);
  return core;
}

const address = (caFile: string | null) => ({ host: 'db.practice.example', port: 5432, database: 'practice', caFile });

afterEach(async () => {
  await Promise.all(cores.splice(0).map((c) => c.close()));
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the CA certificate file', () => {
  it.each([
    ['a path with no file', () => path.join(tempDir(), 'missing.pem'), 'unreadable'],
    ['a folder', () => tempDir(), 'unreadable'],
    [
      'a file without a certificate',
      () => {
        const file = path.join(tempDir(), 'notes.pem');
        fs.writeFileSync(file, 'just some text\n');
        return file;
      },
      'notCertificate',
    ],
    [
      'a PEM block that is not a certificate',
      () => {
        const file = path.join(tempDir(), 'broken.pem');
        fs.writeFileSync(file, '-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n');
        return file;
      },
      'notCertificate',
    ],
  ])('refuses %s on caFile and saves nothing', async (_what, make, message) => {
    const core = await firstRunCore();
    const caFile = make();
    for (const channel of ['data-source:set', 'data-source:test'] as const) {
      const input = channel === 'data-source:set' ? { kind: 'server', ...address(caFile) } : address(caFile);
      expect(await core.dispatch(channel, input)).toEqual({
        ok: false,
        error: { code: 'VALIDATION', message: expect.any(String), issues: [{ path: 'caFile', message }] },
      });
    }
    expect(fs.existsSync(path.join(core.info.dataDir, DATA_SOURCE_FILE))).toBe(false);
  });

  it('accepts a PEM certificate (and no file at all)', async () => {
    const core = await firstRunCore();
    expect(await core.dispatch('data-source:set', { kind: 'server', ...address(CA) })).toMatchObject({
      ok: true,
      value: { chosen: { kind: 'server', caFile: CA } },
    });
    const local = await firstRunCore();
    expect(await local.dispatch('data-source:set', { kind: 'server', ...address(null) })).toMatchObject({
      ok: true,
      value: { chosen: { kind: 'server', caFile: null } },
    });
  });
});

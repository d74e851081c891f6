import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBridge, type Bridge } from '../../../electron/bridge/server';
import { createDispatch } from '../../../electron/dispatch';
import { createHandlers } from '../../../electron/handlers';
import { CONTENT_SECURITY_POLICY } from '../../../electron/security-policy';
import { freshDb, tempDir } from '../test-db';

let bridge: Bridge | null = null;
afterEach(async () => {
  await bridge?.close();
  bridge = null;
});

async function start(): Promise<Bridge> {
  const root = tempDir();
  const rendererDir = path.join(root, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Valgo</title>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'secret.txt'), 'patient data');
  const { db } = await freshDb();
  const info = { version: '0', dataDir: root, schemaVersion: 1, mode: 'browser' as const };
  bridge = await startBridge({ dispatch: createDispatch(createHandlers({ db, info })), rendererDir });
  return bridge;
}

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(
  b: Bridge,
  pathAndQuery: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: b.port, path: pathAndQuery, method: init.method ?? 'GET', headers: init.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

const cookie = (b: Bridge) => ({ Cookie: `valgo_token=${b.token}` });
const postJson = (b: Bridge, channel: string, input: unknown) =>
  request(b, `/api/${channel}`, {
    method: 'POST',
    headers: { ...cookie(b), 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });

describe('browser-mode bridge', () => {
  it('listens on 127.0.0.1 only and prints a URL carrying the token', async () => {
    const b = await start();
    expect(b.url).toBe(`http://127.0.0.1:${b.port}/?token=${b.token}`);
    expect(b.token.length).toBeGreaterThanOrEqual(32);
  });

  it('refuses every request without the token', async () => {
    const b = await start();
    expect((await request(b, '/')).status).toBe(401);
    expect((await request(b, '/assets/app.js')).status).toBe(401);
    expect((await request(b, '/', { headers: { Cookie: 'valgo_token=wrong' } })).status).toBe(401);
    const api = await request(b, '/api/patients:search', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(api.status).toBe(401);
  });

  it('swaps the token in the URL for an HttpOnly SameSite=Strict cookie', async () => {
    const b = await start();
    const reply = await request(b, `/?token=${b.token}`);
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe('/');
    expect(reply.headers['set-cookie']?.[0]).toBe(`valgo_token=${b.token}; HttpOnly; SameSite=Strict; Path=/`);
  });

  it('serves the renderer with the Content-Security-Policy header', async () => {
    const b = await start();
    const reply = await request(b, '/', { headers: cookie(b) });
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('<title>Valgo</title>');
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('never serves files outside the renderer folder', async () => {
    const b = await start();
    for (const p of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
    ]) {
      const reply = await request(b, p, { headers: cookie(b) });
      expect(reply.status, p).toBe(404);
      expect(reply.body).not.toContain('patient data');
    }
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const b = await start();
    const reply = await request(b, '/', { headers: { ...cookie(b), Host: `evil.example:${b.port}` } });
    expect(reply.status).toBe(403);
  });

  it('answers POST /api/<channel> through the same dispatch and envelopes', async () => {
    const b = await start();
    const created = JSON.parse(
      (
        await postJson(b, 'patients:create', {
          firstName: 'Ана',
          lastName: 'Јовић',
          dateOfBirth: '2022-01-01',
          sex: 'female',
          notes: '',
          guardians: [
            {
              name: 'Мира',
              relationship: 'mother',
              phone: '061 111 222',
              email: '',
              preferredLanguage: 'ru',
              contactConsent: true,
            },
          ],
        })
      ).body,
    );
    expect(created).toMatchObject({ ok: true, value: { firstName: 'Ана' } });
    const invalid = JSON.parse((await postJson(b, 'patients:create', { firstName: '' })).body);
    expect(invalid).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const unknown = JSON.parse((await postJson(b, 'nope', {})).body);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('accepts only JSON POSTs on the API', async () => {
    const b = await start();
    expect((await request(b, '/api/settings:get', { headers: cookie(b) })).status).toBe(405);
    const form = await request(b, '/api/settings:get', {
      method: 'POST',
      headers: { ...cookie(b), 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'a=1',
    });
    expect(form.status).toBe(415);
    const broken = await request(b, '/api/settings:get', {
      method: 'POST',
      headers: { ...cookie(b), 'Content-Type': 'application/json' },
      body: '{not json',
    });
    expect(JSON.parse(broken.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBridge, type Bridge, type BridgeDispatch } from '../../../electron/bridge/server';
import { createDispatch } from '../../../electron/dispatch';
import { createHandlers } from '../../../electron/handlers';
import { CONTENT_SECURITY_POLICY } from '../../../electron/security-policy';
import { freshDb, tempDir } from '../test-db';

const bridges: Bridge[] = [];
afterEach(async () => {
  for (const b of bridges.splice(0)) await b.close();
});

/** The session keys the bridge handed to dispatch, in call order. */
const sessions: (string | undefined)[] = [];

async function start(): Promise<Bridge> {
  const root = tempDir();
  const rendererDir = path.join(root, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Valgo</title>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'secret.txt'), 'patient data');
  const { db } = await freshDb();
  const info = { version: '0', dataDir: root, schemaVersion: 1, mode: 'browser' as const };
  const dispatch = createDispatch(createHandlers({ db, info })) as BridgeDispatch;
  const bridge = await startBridge({
    dispatch: (channel, input, session) => {
      sessions.push(session);
      return dispatch(channel, input, session);
    },
    rendererDir,
  });
  bridges.push(bridge);
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

/** What the app sends: the token as a bearer, from its own origin, as JSON. */
const apiHeaders = (b: Bridge, extra: Record<string, string> = {}) => ({
  Authorization: `Bearer ${b.token}`,
  Origin: `http://127.0.0.1:${b.port}`,
  'Content-Type': 'application/json',
  ...extra,
});
const postJson = (b: Bridge, channel: string, input: unknown) =>
  request(b, `/api/${channel}`, { method: 'POST', headers: apiHeaders(b), body: JSON.stringify(input) });
const envelope = (reply: Reply) => {
  expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
  return JSON.parse(reply.body) as { ok: boolean; error?: { code: string; message: string } };
};

describe('browser-mode bridge', () => {
  it('listens on 127.0.0.1 only and prints a URL carrying a token made for this run', async () => {
    const b = await start();
    expect(b.url).toBe(`http://127.0.0.1:${b.port}/?token=${b.token}`);
    expect(b.token.length).toBeGreaterThanOrEqual(32);
    const other = await start();
    expect(other.token).not.toBe(b.token);
  });

  it('refuses every API call without the token, with an envelope', async () => {
    const b = await start();
    for (const headers of [
      apiHeaders(b, { Authorization: '' }),
      apiHeaders(b, { Authorization: 'Bearer wrong' }),
      apiHeaders(b, { Authorization: `Bearer ${b.token}x` }),
      apiHeaders(b, { Authorization: b.token }),
      // The old cookie is no credential any more.
      { ...apiHeaders(b, { Authorization: '' }), Cookie: `valgo_token=${b.token}` },
    ]) {
      const reply = await request(b, '/api/app:info', { method: 'POST', headers, body: '{}' });
      expect(reply.status, JSON.stringify(headers)).toBe(401);
      expect(envelope(reply)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect((await postJson(b, 'app:info', {})).status).toBe(200);
  });

  it("never sets a cookie, and one run's token is refused by another server on the same host", async () => {
    const a = await start();
    const b = await start();
    for (const p of [`/?token=${a.token}`, '/', '/assets/app.js']) {
      expect((await request(a, p)).headers['set-cookie'], p).toBeUndefined();
    }
    expect((await postJson(a, 'app:info', {})).headers['set-cookie']).toBeUndefined();
    // Replaying port A's credential against port B (as a cookie or as the bearer) gets nothing.
    const asBearer = await request(b, '/api/app:info', {
      method: 'POST',
      headers: apiHeaders(b, { Authorization: `Bearer ${a.token}` }),
      body: '{}',
    });
    expect(asBearer.status).toBe(401);
    const asCookie = await request(b, '/api/app:info', {
      method: 'POST',
      headers: { ...apiHeaders(b, { Authorization: '' }), Cookie: `valgo_token=${a.token}` },
      body: '{}',
    });
    expect(asCookie.status).toBe(401);
    expect(asCookie.body).not.toContain('schemaVersion');
  });

  it('hands dispatch one stable session key per credential, which is not the token', async () => {
    const a = await start();
    const b = await start();
    sessions.length = 0;
    await postJson(a, 'app:info', {});
    await postJson(a, 'app:info', {});
    await postJson(b, 'app:info', {});
    expect(sessions).toHaveLength(3);
    expect(sessions[0]).toMatch(/^browser:[0-9a-f]{16}$/);
    expect(sessions[1]).toBe(sessions[0]);
    expect(sessions[2]).not.toBe(sessions[0]);
    expect(sessions[0]).not.toContain(a.token);
  });

  it('serves the app files with the Content-Security-Policy header (they hold no data)', async () => {
    const b = await start();
    const reply = await request(b, `/?token=${b.token}`);
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('<title>Valgo</title>');
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('never serves files outside the renderer folder', async () => {
    const b = await start();
    for (const p of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/%E0%A4%A',
    ]) {
      const reply = await request(b, p);
      expect(reply.status, p).toBe(404);
      expect(envelope(reply)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(reply.body).not.toContain('patient data');
    }
  });

  it('refuses a foreign Host header (DNS rebinding), with an envelope', async () => {
    const b = await start();
    const reply = await request(b, '/', { headers: { Host: `evil.example:${b.port}` } });
    expect(reply.status).toBe(403);
    expect(envelope(reply)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const api = await request(b, '/api/app:info', {
      method: 'POST',
      headers: apiHeaders(b, { Host: `evil.example:${b.port}` }),
      body: '{}',
    });
    expect(api.status).toBe(403);
  });

  it('accepts API calls only from its own origin, exactly', async () => {
    const b = await start();
    const withOrigin = (origin: string | null) =>
      request(b, '/api/app:info', {
        method: 'POST',
        headers: origin === null ? { ...apiHeaders(b), Origin: '' } : apiHeaders(b, { Origin: origin }),
        body: '{}',
      });
    for (const origin of [
      null,
      'null',
      'http://evil.example',
      `http://127.0.0.1:${b.port + 1}`,
      `http://127.0.0.1:${b.port}/`,
      `https://127.0.0.1:${b.port}`,
      `http://127.0.0.1:${b.port}.evil.example`,
      `http://localhost.evil.example:${b.port}`,
    ]) {
      const reply = await withOrigin(origin);
      expect(reply.status, String(origin)).toBe(403);
      expect(envelope(reply)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect((await withOrigin(`http://127.0.0.1:${b.port}`)).status).toBe(200);
    expect((await withOrigin(`http://localhost:${b.port}`)).status).toBe(200);
  });

  it('accepts exactly application/json (optionally charset=utf-8)', async () => {
    const b = await start();
    const withType = (type: string) =>
      request(b, '/api/app:info', { method: 'POST', headers: apiHeaders(b, { 'Content-Type': type }), body: '{}' });
    for (const type of [
      'application/jsonx',
      'application/json-patch+json',
      'application/json; charset=latin1',
      'application/json;charset=utf-8;x=1',
      'text/plain',
      'application/x-www-form-urlencoded',
      '',
    ]) {
      const reply = await withType(type);
      expect(reply.status, type).toBe(415);
      expect(envelope(reply)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    for (const type of ['application/json', 'application/json; charset=utf-8', 'Application/JSON;charset=UTF-8']) {
      expect((await withType(type)).status, type).toBe(200);
    }
  });

  it('answers a bad %-escape in the channel with a 400 envelope', async () => {
    const b = await start();
    for (const p of ['/api/%E0%A4%A', '/api/%zz', '/api/app%3Ainfo%']) {
      const reply = await request(b, p, { method: 'POST', headers: apiHeaders(b), body: '{}' });
      expect(reply.status, p).toBe(400);
      expect(envelope(reply)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
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

  it('accepts only POSTs on the API, and answers broken JSON with an envelope', async () => {
    const b = await start();
    const get = await request(b, '/api/settings:get', { headers: apiHeaders(b) });
    expect(get.status).toBe(405);
    expect(envelope(get)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const put = await request(b, '/', { method: 'PUT', body: 'x' });
    expect(put.status).toBe(405);
    expect(envelope(put)).toMatchObject({ ok: false });
    const broken = await request(b, '/api/settings:get', { method: 'POST', headers: apiHeaders(b), body: '{not json' });
    expect(broken.status).toBe(400);
    expect(envelope(broken)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

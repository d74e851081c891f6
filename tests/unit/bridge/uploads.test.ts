import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, startBridge, type Bridge } from '../../../electron/bridge/server';
import { tempDir } from '../test-db';

/*
 * Large and refused uploads, the way a browser sends them: the client keeps writing whatever the
 * server answers, and we count the bytes the connection took before it closed. A server that
 * reads a refused body to its end lets all of it through.
 */

const bridges: Bridge[] = [];
afterEach(async () => {
  for (const b of bridges.splice(0)) await b.close();
});

/** Bodies that reached dispatch (none of these tests should get there). */
const dispatched: unknown[] = [];

async function start(): Promise<Bridge> {
  const rendererDir = tempDir();
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Valgo</title>');
  const bridge = await startBridge({
    dispatch: async (_channel, input) => {
      dispatched.push(input);
      return { ok: true, value: null };
    },
    rendererDir,
  });
  bridges.push(bridge);
  return bridge;
}

const MB = 1024 * 1024;

interface Upload {
  status: number;
  body: string;
  /** Bytes of the body the connection accepted before it closed. */
  accepted: number;
}

/** POSTs `total` bytes in 64 KB chunks (chunked encoding unless `length` is given), never stopping on an answer. */
function upload(b: Bridge, headers: Record<string, string>, total: number): Promise<Upload> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: b.port, path: '/api/app:info', method: 'POST', headers });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let queued = 0;
    let accepted = 0;
    let writingOver = false;
    let answer: { status: number; body: string } | null = null;
    const settle = () => {
      if (writingOver && answer) resolve({ ...answer, accepted });
    };
    const pump = () => {
      while (!writingOver && queued < total) {
        queued += chunk.length;
        const more = req.write(chunk, (error) => {
          if (!error) accepted += chunk.length;
        });
        if (!more) {
          req.once('drain', pump);
          return;
        }
      }
      if (!writingOver) req.end();
    };
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => {
        answer = { status: res.statusCode ?? 0, body };
        settle();
      });
    });
    req.on('finish', () => {
      writingOver = true;
      settle();
    });
    req.on('close', () => {
      writingOver = true;
      if (!answer) reject(new Error('the connection closed without an answer'));
      settle();
    });
    req.on('error', (error) => {
      writingOver = true;
      if (!answer) reject(error);
    });
    pump();
  });
}

const headersFor = (b: Bridge, extra: Record<string, string> = {}) => ({
  Authorization: `Bearer ${b.token}`,
  Origin: `http://127.0.0.1:${b.port}`,
  'Content-Type': 'application/json',
  ...extra,
});

describe('uploads', () => {
  it('does not read a 100 MB body sent without the token, and the 401 envelope arrives', async () => {
    const b = await start();
    const reply = await upload(b, headersFor(b, { Authorization: '' }), 100 * MB);
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // Kernel buffers on both ends take a few MB; reading the body would have taken all 100.
    expect(reply.accepted).toBeLessThan(24 * MB);
    expect(dispatched).toEqual([]);
  });

  it('does not read a body from a foreign origin either', async () => {
    const b = await start();
    const reply = await upload(b, headersFor(b, { Origin: 'http://evil.example' }), 100 * MB);
    expect(reply.status).toBe(403);
    expect(reply.accepted).toBeLessThan(24 * MB);
  });

  it('stops reading past the limit and delivers a 413 envelope (chunked body)', async () => {
    const b = await start();
    const reply = await upload(b, headersFor(b), 100 * MB);
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(reply.accepted).toBeGreaterThan(MAX_BODY_BYTES);
    expect(reply.accepted).toBeLessThan(MAX_BODY_BYTES + 24 * MB);
    expect(dispatched).toEqual([]);
  });

  it('refuses a declared Content-Length over the limit before reading anything', async () => {
    const b = await start();
    const total = 100 * MB;
    const reply = await upload(b, headersFor(b, { 'Content-Length': String(total) }), total);
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(reply.accepted).toBeLessThan(24 * MB);
  });

  it('still takes a body just under the limit', async () => {
    const b = await start();
    const json = `{"pad":"${'x'.repeat(MAX_BODY_BYTES - 20)}"}`;
    const reply = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port: b.port, path: '/api/app:info', method: 'POST', headers: headersFor(b) },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      req.end(json);
    });
    expect(reply).toBe(200);
    expect(dispatched).toHaveLength(1);
    dispatched.length = 0;
  });
});

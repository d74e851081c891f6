import http from 'node:http';
import fs from 'node:fs';
import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../dispatch';
import { CONTENT_SECURITY_POLICY } from '../security-policy';
import { contentTypeFor, resolveStaticPath } from '../static-files';

/*
 * Browser mode: the same dispatch as Electron's IPC, over HTTP on 127.0.0.1 only.
 * Every request must carry the per-run token: first as `?token=` in the printed URL, which the
 * server swaps for an HttpOnly SameSite=Strict cookie. The Host header is checked too, so a web
 * page elsewhere cannot reach the server through DNS rebinding.
 */

export interface BridgeOptions {
  dispatch: Dispatch;
  /** The built renderer (index.html and assets). */
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
}

export interface Bridge {
  /** URL to open, token included. */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const COOKIE = 'valgo_token';
const MAX_BODY_BYTES = 8 * 1024 * 1024;

export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  const server = http.createServer((req, res) => {
    handle(req, res, options, token, server).catch((error: unknown) => {
      console.error('[bridge]', error);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Internal error');
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function handle(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  options: BridgeOptions,
  token: string,
  server: http.Server,
): Promise<void> {
  const { port } = server.address() as AddressInfo;
  const host = req.headers.host ?? '';
  if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
    return send(res, 403, 'text/plain; charset=utf-8', 'Forbidden host');
  }
  const url = new URL(req.url ?? '/', `http://${host}`);
  const fromQuery = url.searchParams.get('token');
  if (fromQuery !== null && safeEqual(fromQuery, token)) {
    // Trade the token in the address bar for a cookie, and drop it from the visible URL.
    url.searchParams.delete('token');
    res.writeHead(303, {
      'Set-Cookie': `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
      Location: url.pathname + url.search,
    });
    return void res.end();
  }
  if (!safeEqual(readCookie(req, COOKIE) ?? '', token)) {
    return send(
      res,
      401,
      'text/plain; charset=utf-8',
      'Open the address printed by Valgo (it carries the access token).',
    );
  }

  if (url.pathname.startsWith('/api/')) {
    if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'POST only');
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return send(res, 415, 'text/plain; charset=utf-8', 'JSON only');
    }
    const body = await readBody(req);
    if (body === null) return send(res, 413, 'text/plain; charset=utf-8', 'Request too large');
    let input: unknown;
    try {
      input = body.length ? JSON.parse(body) : {};
    } catch {
      return sendJson(res, { ok: false, error: { code: 'VALIDATION', message: 'The request was not valid JSON.' } });
    }
    const channel = decodeURIComponent(url.pathname.slice('/api/'.length));
    return sendJson(res, await options.dispatch(channel, input));
  }

  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'GET only');
  const file = resolveStaticPath(options.rendererDir, url.pathname);
  if (!file) return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
  let data: Buffer;
  try {
    data = await fs.promises.readFile(file);
  } catch {
    return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
  }
  send(res, 200, contentTypeFor(file), data);
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
  });
  res.end(body);
}

function sendJson(res: http.ServerResponse, value: unknown): void {
  send(res, 200, 'application/json; charset=utf-8', JSON.stringify(value));
}

function readCookie(req: http.IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && crypto.timingSafeEqual(ab, bb);
}

function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

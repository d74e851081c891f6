import http from 'node:http';
import fs from 'node:fs';
import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Envelope } from '../../shared/contract';
import { contentTypeFor, resolveStaticPath } from '../static-files';
import { send, sendError, sendJson } from './replies';

/*
 * Browser mode: the same dispatch as Electron's IPC, over HTTP on 127.0.0.1 only.
 *
 * The credential is a random token made for this run only (never stored, so it dies with the
 * process). The printed URL carries it as `?token=`; the page moves it into sessionStorage (per
 * origin, so per port, and per tab; it survives a reload) and drops it from the address bar, then
 * sends it with every API call as `Authorization: Bearer <token>`. There is no cookie: browsers
 * share cookies between all ports of a host, so another server on 127.0.0.1 would receive one.
 *
 * The app's files (index.html, scripts) hold no data and are served to anyone who reaches the
 * server; every API call needs the token, checked before any of its body is read, plus an exact
 * Origin, an exact JSON content type and a size limit enforced while the body streams in. The
 * Host header is checked on everything, so a web page elsewhere cannot get in by DNS rebinding.
 */

/** The dispatch the bridge calls; `session` is one stable key per browser credential. */
export type BridgeDispatch = (channel: string, input: unknown, session?: string) => Promise<Envelope<unknown>>;

export interface BridgeOptions {
  dispatch: BridgeDispatch;
  /** The built renderer (index.html and assets). */
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
}

export interface Bridge {
  /** URL to open, token included. */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export const MAX_BODY_BYTES = 8 * 1024 * 1024;

const NO_TOKEN = 'Open the address printed by Valgo (it carries the access token).';

export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const token = crypto.randomBytes(24).toString('base64url');
  // The session key names the credential without being it (it may end up in logs or audit).
  const session = `browser:${crypto.createHash('sha256').update(token).digest('hex').slice(0, 16)}`;
  const server = http.createServer((req, res) => {
    handle(req, res, { options, token, session, port: (server.address() as AddressInfo).port }).catch(
      (error: unknown) => {
        console.error('[bridge]', error);
        if (!res.headersSent) sendError(req, res, 500, 'INTERNAL', 'Something went wrong; nothing was saved.');
        else res.destroy();
      },
    );
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

interface Run {
  options: BridgeOptions;
  token: string;
  session: string;
  port: number;
}

async function handle(req: http.IncomingMessage, res: http.ServerResponse, run: Run): Promise<void> {
  const { port } = run;
  const host = req.headers.host ?? '';
  if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
    return sendError(req, res, 403, 'FORBIDDEN', 'Forbidden host.');
  }
  const rawPath = (req.url ?? '/').split('?')[0]!;
  if (rawPath.startsWith('/api/')) return handleApi(req, res, run, rawPath.slice('/api/'.length));

  if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(req, res, 405, 'VALIDATION', 'GET only.');
  const file = resolveStaticPath(run.options.rendererDir, rawPath);
  if (!file) return sendError(req, res, 404, 'NOT_FOUND', 'Not found.');
  let data: Buffer;
  try {
    data = await fs.promises.readFile(file);
  } catch {
    return sendError(req, res, 404, 'NOT_FOUND', 'Not found.');
  }
  send(res, 200, contentTypeFor(file), data);
}

/** `application/json`, optionally with `; charset=utf-8`, and nothing else. */
const JSON_CONTENT_TYPE = /^application\/json(\s*;\s*charset=("?)utf-8\2)?$/i;

async function handleApi(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  run: Run,
  encodedChannel: string,
): Promise<void> {
  if (req.method !== 'POST') return sendError(req, res, 405, 'VALIDATION', 'POST only.');
  // Everything below is decided from the headers alone: nothing of the body is read before.
  const bearer = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
  if (!safeEqual(bearer, run.token)) return sendError(req, res, 401, 'FORBIDDEN', NO_TOKEN);
  const origin = req.headers.origin;
  if (origin !== `http://127.0.0.1:${run.port}` && origin !== `http://localhost:${run.port}`) {
    return sendError(req, res, 403, 'FORBIDDEN', 'Forbidden origin.');
  }
  if (!JSON_CONTENT_TYPE.test((req.headers['content-type'] ?? '').trim())) {
    return sendError(req, res, 415, 'VALIDATION', 'Send JSON (Content-Type: application/json).');
  }
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
    return sendError(req, res, 413, 'VALIDATION', 'The request is too large.');
  }
  let channel: string;
  try {
    channel = decodeURIComponent(encodedChannel);
  } catch {
    return sendError(req, res, 400, 'VALIDATION', 'The channel name is not a valid address.');
  }
  const body = await readBody(req);
  if (body === null) return sendError(req, res, 413, 'VALIDATION', 'The request is too large.');
  let input: unknown;
  try {
    input = body.length ? JSON.parse(body) : {};
  } catch {
    return sendError(req, res, 400, 'VALIDATION', 'The request was not valid JSON.');
  }
  sendJson(res, await run.options.dispatch(channel, input, run.session));
}

function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && crypto.timingSafeEqual(ab, bb);
}

/** The body as text, or null as soon as it passes MAX_BODY_BYTES (reading stops there). */
function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.off('data', onData);
        req.pause();
        chunks.length = 0;
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

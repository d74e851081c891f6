import type http from 'node:http';
import type { ErrorCode } from '../../shared/contract';
import { CONTENT_SECURITY_POLICY } from '../security-policy';

/*
 * How the browser-mode server answers. Every refusal is the same JSON envelope the API uses
 * (`{ ok: false, error: { code, message } }`), whatever went wrong, so the page can always show why.
 */

/** How long a refused upload's connection stays open (not read) so the client can read the answer. */
export const LINGER_MS = 1000;

const JSON_TYPE = 'application/json; charset=utf-8';

function headers(type: string, length: number): http.OutgoingHttpHeaders {
  return {
    'Content-Type': type,
    'Content-Length': length,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
  };
}

/** A complete answer on a connection that can stay open (the request was read to its end). */
export function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  res.writeHead(status, headers(type, bytes.length));
  res.end(bytes);
}

export function sendJson(res: http.ServerResponse, value: unknown, status = 200): void {
  send(res, status, JSON_TYPE, JSON.stringify(value));
}

/**
 * A refusal as an envelope. When the request's body has not been read to its end (a refused
 * upload, one too large), the rest is never read: the answer goes out whole (Content-Length,
 * `Connection: close`), the server half-closes, stops reading, and drops the connection only after
 * LINGER_MS, so the client reads the answer before any reset. (Ending the response the usual way
 * would make Node read and discard the whole remaining body to keep the connection alive, or
 * reset the connection at once when it is closing.)
 */
export function sendError(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  status: number,
  code: ErrorCode,
  message: string,
): void {
  const body = Buffer.from(JSON.stringify({ ok: false, error: { code, message } }));
  const declaresBody = req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
  if (req.complete || !declaresBody) {
    send(res, status, JSON_TYPE, body);
    return;
  }
  req.pause();
  req.removeAllListeners('data');
  res.writeHead(status, { ...headers(JSON_TYPE, body.length), Connection: 'close' });
  // Not res.end(): see above. The bytes are complete per Content-Length.
  res.write(body);
  const socket = req.socket;
  socket.end();
  const timer = setTimeout(() => socket.destroy(), LINGER_MS);
  timer.unref();
  socket.once('close', () => clearTimeout(timer));
}

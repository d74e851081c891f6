import fs from 'node:fs';
import type { CustomScheme } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../security-policy';
import { contentTypeFor, resolveStaticPath } from '../static-files';

/*
 * The renderer is served from app://valgo/ rather than file://. A file:// page can read any
 * file the user can and gets the opaque "null" origin; a standard, secure custom scheme gives
 * the page a real origin of its own, so CSP 'self' and fetch behave as on the web, and main
 * decides exactly which files exist (only the built renderer folder).
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'valgo';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page the main window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** standard: real origin and relative URLs; secure: treated like https; supportFetchAPI: fetch() of assets works. */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true } as const;

/** Headers on every app:// response, files and errors alike. */
export const APP_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

/** True for URLs of our own pages (app://valgo/...), false for anything else, including junk. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** The part of Electron's `protocol` module used here (before and after 'ready'). */
export interface AppProtocolHost {
  registerSchemesAsPrivileged(customSchemes: CustomScheme[]): void;
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void;
}

/** Must run before the app's 'ready' event: Chromium reads scheme privileges once, at start-up. */
export function registerAppScheme(protocol: Pick<AppProtocolHost, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);
}

export type ReadFile = (file: string) => Promise<Uint8Array<ArrayBuffer>>;

/**
 * Answers app:// requests from `rendererDir` only. Paths that would leave the folder, other
 * hosts and missing files all get the same 404, so a page cannot probe the disk.
 */
export function createAppRequestHandler(
  rendererDir: string,
  readFile: ReadFile = (file) => fs.promises.readFile(file),
): (request: Request) => Promise<Response> {
  return async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return textResponse(404, 'Not found');
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'GET only');
    const file = resolveStaticPath(rendererDir, url.pathname);
    if (!file) return textResponse(404, 'Not found');
    let data: Uint8Array<ArrayBuffer>;
    try {
      data = await readFile(file);
    } catch {
      return textResponse(404, 'Not found');
    }
    return new Response(request.method === 'HEAD' ? null : data, {
      status: 200,
      headers: { ...APP_RESPONSE_HEADERS, 'Content-Type': contentTypeFor(file) },
    });
  };
}

/** Call after 'ready': serves the built renderer on app://valgo/. */
export function serveAppProtocol(protocol: Pick<AppProtocolHost, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rendererDir));
}

function textResponse(status: number, body: string): Response {
  return new Response(body, {
    status,
    headers: { ...APP_RESPONSE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

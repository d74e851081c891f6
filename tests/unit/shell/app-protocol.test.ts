import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  APP_ENTRY_URL,
  createAppRequestHandler,
  isAppUrl,
  registerAppScheme,
  serveAppProtocol,
} from '../../../electron/shell/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/security-policy';

let base: string;
let rendererDir: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'valgo-protocol-'));
  rendererDir = path.join(base, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Valgo</title>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1);');
  // A file next to the renderer folder: a traversal bug would serve it with status 200.
  fs.writeFileSync(path.join(base, 'secret.txt'), 'not for the page');
  handle = createAppRequestHandler(rendererDir);
});

afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

describe('app:// scheme registration', () => {
  it('registers app as standard, secure and fetch-capable', () => {
    const registerSchemesAsPrivileged = vi.fn();
    registerAppScheme({ registerSchemesAsPrivileged });
    expect(registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    expect(registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    const privileges = registerSchemesAsPrivileged.mock.calls[0]![0][0].privileges;
    expect(privileges.bypassCSP).toBeUndefined();
  });

  it('serves the handler on the app scheme', async () => {
    const handleScheme = vi.fn();
    serveAppProtocol({ handle: handleScheme }, rendererDir);
    expect(handleScheme).toHaveBeenCalledWith('app', expect.any(Function));
    const served = handleScheme.mock.calls[0]![1] as (r: Request) => Promise<Response>;
    expect((await served(new Request(APP_ENTRY_URL))).status).toBe(200);
  });

  it('loads app://valgo/index.html', () => {
    expect(APP_ENTRY_URL).toBe('app://valgo/index.html');
  });
});

describe('app:// responses', () => {
  it('serves index.html with the CSP, nosniff and its content type', async () => {
    const response = await handle(new Request('app://valgo/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>Valgo</title>');
  });

  it('serves assets with a JavaScript type and the CSP', async () => {
    const response = await handle(new Request('app://valgo/assets/app.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toBe('console.log(1);');
  });

  it('serves index.html for the bare origin', async () => {
    const response = await handle(new Request('app://valgo/'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Valgo');
  });

  it.each([
    'app://valgo/..%2fsecret.txt',
    'app://valgo/%2e%2e%2fsecret.txt',
    'app://valgo/assets/..%2f..%2fsecret.txt',
    'app://valgo/..%5csecret.txt',
    `app://valgo/${encodeURIComponent(path.join(os.tmpdir(), 'x'))}`,
  ])('refuses traversal %s with 404 and still sends the CSP', async (url) => {
    const response = await handle(new Request(url));
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('not for the page');
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('answers 404 for missing files and folders', async () => {
    expect((await handle(new Request('app://valgo/nope.js'))).status).toBe(404);
    expect((await handle(new Request('app://valgo/assets'))).status).toBe(404);
  });

  it('answers 404 for any host other than valgo', async () => {
    const response = await handle(new Request('app://other/index.html'));
    expect(response.status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await handle(new Request('app://valgo/index.html', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers HEAD without a body', async () => {
    const response = await handle(new Request('app://valgo/index.html', { method: 'HEAD' }));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it('never reads a file outside the folder', async () => {
    const readFile = vi.fn(async () => new Uint8Array(new ArrayBuffer(1)));
    const guarded = createAppRequestHandler(rendererDir, readFile);
    await guarded(new Request('app://valgo/..%2fsecret.txt'));
    expect(readFile).not.toHaveBeenCalled();
    await guarded(new Request('app://valgo/index.html'));
    expect(readFile).toHaveBeenCalledWith(path.join(rendererDir, 'index.html'));
  });
});

describe('isAppUrl', () => {
  it.each([
    ['app://valgo/index.html', true],
    ['app://valgo/#/patients/1', true],
    ['app://valgo.evil/index.html', false],
    ['app://other/index.html', false],
    ['https://valgo/index.html', false],
    ['file:///etc/passwd', false],
    ['not a url', false],
    ['', false],
  ])('%s -> %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected);
  });
});

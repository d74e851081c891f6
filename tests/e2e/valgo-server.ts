import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, type Page } from '@playwright/test';
import { call } from './page-api';

/** The built browser-mode server (out/main/bridge.js) on its own data folder. */
export class ValgoServer {
  private child: ChildProcess | null = null;
  url = '';

  constructor(readonly dataDir: string) {}

  async start(): Promise<void> {
    const entry = path.resolve('out/main/bridge.js');
    if (!fs.existsSync(entry)) throw new Error('out/main/bridge.js is missing: run `npm run build` first.');
    const child = spawn(process.execPath, [entry, '--port', '0', '--data-dir', this.dataDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    let log = '';
    this.url = await new Promise<string>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        log += chunk.toString();
        const match = /Open (http:\/\/\S+)/.exec(log);
        if (match) resolve(match[1]!);
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      child.once('exit', (code) => reject(new Error(`Valgo server exited (${code}):\n${log}`)));
    });
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
    this.child = null;
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }
}

/** The administrator the harness creates on first run (tests/e2e/staff.spec.ts creates its own). */
export const E2E_ADMIN = { name: 'Anna Admin', username: 'admin', password: 'admin-password' };

/** Signs the page's browser session in as E2E_ADMIN (creating it on first run); true when it had to. */
export async function signInAdmin(page: Page): Promise<boolean> {
  const status = await call<{ needsSetup: boolean; user: unknown; locked: boolean }>(page, 'staff:status', {});
  if (status.needsSetup) await call(page, 'staff:setup', E2E_ADMIN);
  else if (!status.user || status.locked) {
    await call(page, 'staff:sign-out', {});
    await call(page, 'staff:sign-in', { username: E2E_ADMIN.username, password: E2E_ADMIN.password });
  } else return false;
  return true;
}

interface Fixtures {
  /** Leave the data folder without staff: the app opens on its first-run screen (default false). */
  firstRun: boolean;
  server: ValgoServer;
  /** Opens the app at `hash` (e.g. `#/children`) through the token URL. */
  openApp: (hash?: string) => Promise<Page>;
}

/** Each test gets a fresh temp data folder and its own server. */
export const test = base.extend<Fixtures>({
  firstRun: [false, { option: true }],
  // Playwright requires the destructuring pattern even when no fixture is used.
  // eslint-disable-next-line no-empty-pattern
  server: async ({}, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'valgo-e2e-'));
    const server = new ValgoServer(dataDir);
    await server.start();
    await use(server);
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
  openApp: async ({ page, server, firstRun }, use) => {
    await use(async (hash = '') => {
      await page.goto(server.url + hash);
      // Every test starts signed in as the administrator, unless it asked for the first-run screen.
      if (!firstRun && (await signInAdmin(page))) await page.reload();
      return page;
    });
  },
});

export { expect } from '@playwright/test';

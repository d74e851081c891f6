import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, type Page } from '@playwright/test';

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

interface Fixtures {
  server: ValgoServer;
  /** Opens the app at `hash` (e.g. `#/children`) through the token URL. */
  openApp: (hash?: string) => Promise<Page>;
}

/** Each test gets a fresh temp data folder and its own server. */
export const test = base.extend<Fixtures>({
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
  openApp: async ({ page, server }, use) => {
    await use(async (hash = '') => {
      await page.goto(server.url + hash);
      return page;
    });
  },
});

export { expect } from '@playwright/test';

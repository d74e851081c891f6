import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

// scripts/launch.mjs is plain JavaScript, so it is loaded by URL and typed here; the check is the
// same one `npm start` uses to choose between Electron and browser mode.
const { findElectronBinary } = (await import(new URL('../../scripts/launch.mjs', import.meta.url).href)) as {
  findElectronBinary(root: string): string | null;
};
const binary = findElectronBinary(root);

const SKIP_REASON =
  'No Electron binary on this machine: node_modules/electron/dist is missing (Electron was installed with ' +
  'ELECTRON_SKIP_BINARY_DOWNLOAD=1). Install the binary (`npx install-electron`) or run where it exists.';
test.skip(!binary, SKIP_REASON);

test('the built app opens its window, exposes window.valgo and answers app:info', async () => {
  const main = path.join(root, 'out', 'main', 'main.js');
  expect(fs.existsSync(main), 'out/main/main.js exists (run `npm run build` first)').toBe(true);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'valgo-electron-'));
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const app = await electron.launch({
    executablePath: binary!,
    // --user-data-dir keeps the test's database (and the single-instance lock) in a temp folder.
    // Chromium refuses to run as root with its OS sandbox on (CI containers); the renderer
    // sandbox settings under test are Electron's and stay on.
    args: [main, `--user-data-dir=${dataDir}`, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    cwd: root,
    env: env as Record<string, string>,
  });
  try {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    expect(page.url()).toBe('app://valgo/index.html');
    await expect(page).toHaveTitle('Valgo');
    // A screen heading means the bundle ran under the CSP and its first calls went through IPC.
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    expect(await page.evaluate(() => typeof window.valgo?.invoke)).toBe('function');

    const info = await page.evaluate(() => window.valgo!.invoke('app:info', {}));
    expect(info).toMatchObject({ ok: true, value: { mode: 'electron', dataDir: path.resolve(dataDir) } });

    const refused = await page.evaluate(() => window.valgo!.invoke('no:such-channel', {}));
    expect(refused).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });

    // The page has no Node: no require, no process.
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
  } finally {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

// Smoke test of the built Electron app (`npm run build` first). Without an Electron binary the
// test reports itself skipped, with the reason, and the run still succeeds.
// The list reporter shows a skipped test without its reason, so the config says it in the log.
const { findElectronBinary } = (await import(new URL('../../scripts/launch.mjs', import.meta.url).href)) as {
  findElectronBinary(root: string): string | null;
};
if (!findElectronBinary(fileURLToPath(new URL('../..', import.meta.url)))) {
  console.log(
    'Electron smoke test: SKIPPED, because no Electron binary exists on this machine ' +
      '(node_modules/electron/dist is missing; it cannot be downloaded here).',
  );
}

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../../test-results/electron',
  timeout: 60_000,
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
});

import { defineConfig } from '@playwright/test';

// Smoke test of the built Electron app (`npm run build` first). Without an Electron binary the
// test reports itself skipped, with the reason, and the run still succeeds.
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

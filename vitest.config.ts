import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          // better-sqlite3 and pdfkit are native/CPU heavy: forks keep them isolated per file.
          pool: 'forks',
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/renderer/setup.ts'],
          // Whole screens driven key by key against the real core (scrypt sign-in included): on a
          // loaded 2-core CI machine a single test can pass 5 s without anything being wrong.
          testTimeout: 20_000,
        },
      },
    ],
  },
});

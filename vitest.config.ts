import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/** Service test files that only run on SQLite (see the comment at the top of each). */
const PG_EXCLUDED = [
  'tests/unit/audit/chain.test.ts',
  'tests/unit/audit/verify-pages.test.ts',
  'tests/unit/staff/redaction.test.ts',
  'tests/unit/appointments/migration.test.ts',
];

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
        test: {
          // The services suite again on PostgreSQL (issue 13): one throwaway cluster for the run,
          // a copy of one migrated template database per test (tests/unit/test-db.ts serviceDb()).
          name: 'unit-pg',
          environment: 'node',
          env: { VALGO_TEST_ENGINE: 'postgres' },
          globalSetup: ['tests/support/pg-global-setup.ts'],
          include: [
            'tests/unit/services/**/*.test.ts',
            'tests/unit/appointments/**/*.test.ts',
            'tests/unit/staff/**/*.test.ts',
            'tests/unit/audit/**/*.test.ts',
            'tests/unit/print/card-*.test.ts',
            'tests/unit/print/channels.test.ts',
          ],
          // SQLite-only by nature (raw handle, PRAGMA, data-folder files); each says why at its top.
          exclude: PG_EXCLUDED,
          pool: 'forks',
          testTimeout: 15_000,
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

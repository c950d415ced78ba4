import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: 'forks',
    // vitest's default is one worker fewer than the cores, which on CI's 2 cores is one file at a time;
    // most files wait on DuckDB, a spawned CLI or Chromium, so two files at once use the cores better
    maxWorkers: Math.max(2, availableParallelism()),
    // the built CLI, spawned by tests, keeps no validated store (each run reads its files): test/store
    // and the store tests in test/cli give each run its own temporary store instead
    env: { CLA_ANALYSE_NO_STORE: '1' },
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.test.json' },
    coverage: { provider: 'v8', include: ['src/**/*.ts'], reporter: ['text', 'json-summary'] },
  },
});

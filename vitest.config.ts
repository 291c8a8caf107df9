import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/claims/**/*.test.ts'],
    // tfjs greets Node with a banner about its native backend; the tests run on its cpu backend.
    // Filtering the banner here, rather than importing tfjs in a setup file to set IS_TEST,
    // keeps tfjs out of the many test files that never use it (that import cost ~45 s a run).
    onConsoleLog: (log) => !log.includes('install our node backend'),
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'threads',
  },
});

// One test run for the whole workspace: unit, integration (SQLite, and PostgreSQL when
// TEST_DATABASE_URL is set) and browser tests.
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['{apps,packages}/*/test/**/*.test.{ts,tsx}'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 2,
    // In CI a JSON report also feeds the one-line summary that .ci/run prints.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test-artifacts/vitest.json' },
  },
})

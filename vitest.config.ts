import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Redis suites share one server; run files one at a time there, as BullMQ's own suite does.
    fileParallelism: true,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    env: { DOTENV_CONFIG_QUIET: 'true' },
  },
});

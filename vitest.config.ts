import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Redis suites share one server; run files one at a time there, as BullMQ's own suite does.
    fileParallelism: true,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Test files share trained models and redacted training notes through a cache of their own,
    // inside the checkout (a clean clone starts empty; keys cover the code, so edits never read stale entries).
    env: { DOTENV_CONFIG_QUIET: 'true', DRAFTER_CACHE_DIR: fileURLToPath(new URL('./node_modules/.cache/drafter-tests', import.meta.url)) },
  },
});

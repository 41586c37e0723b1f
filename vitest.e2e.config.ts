import { defineConfig } from 'vitest/config';

// One browser at a time: the machine has two cores and each suite starts its own Chromium.
export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: '.test-results/e2e.json' },
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    globalSetup: ['test/e2e/harness/global-setup.ts'],
  },
});

import { defineConfig } from 'vitest/config';

// The Firefox suite (npm run test:e2e:firefox): one firefox-esr at a time, as the Chromium suites.
export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: '.test-results/e2e-firefox.json' },
    include: ['test/e2e/firefox/**/*.firefox.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    globalSetup: ['test/e2e/harness/firefox-setup.ts'],
  },
});

import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: '.test-results/unit.json' },
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    setupFiles: ['test/unit/setup.ts'],
    restoreMocks: true,
    // The popup inlines its style sheet (entrypoints/popup-script.tsx): its test reads the real text.
    css: { include: [/components\/tickets\/tickets\.css/] },
    // npm run test:coverage: what the unit tests reach of the product code (the E2E suites are not counted).
    coverage: {
      provider: 'v8',
      include: ['lib/**', 'components/**', 'entrypoints/**'],
      reporter: ['text-summary', 'text', 'json-summary'],
      reportsDirectory: '.test-results/coverage',
    },
  },
});

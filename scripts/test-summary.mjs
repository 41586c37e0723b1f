// Adds up the vitest JSON reports (unit and end-to-end) into the closing lines CI reads. The
// harness self-tests (the look-alike pages checked with a do-nothing extension) are counted apart
// from the product's tests; the last line covers everything: "N passed, N failed" (", N skipped").
import { existsSync, readFileSync } from 'node:fs';

const REPORTS = ['.test-results/unit.json', '.test-results/e2e.json', '.test-results/e2e-firefox.json'];
// Suites that test the test stage itself, not the product.
const HARNESS_SUITE = /(?:^|\/)(?:harness|lookalikes-[^/]*)\.e2e\.test\.ts$/;

const totals = { product: { passed: 0, failed: 0, skipped: 0 }, harness: { passed: 0, failed: 0, skipped: 0 } };

for (const file of REPORTS) {
  if (!existsSync(file)) {
    console.log(`${file}: not produced (that stage did not run)`);
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  for (const suite of report.testResults ?? []) {
    const bucket = HARNESS_SUITE.test(suite.name ?? '') ? totals.harness : totals.product;
    const results = suite.assertionResults ?? [];
    for (const test of results) {
      if (test.status === 'passed') bucket.passed += 1;
      else if (test.status === 'failed') bucket.failed += 1;
      else bucket.skipped += 1;
    }
    // A file that failed to load has no failing test of its own; count it once so it is not lost.
    if (suite.status === 'failed' && !results.some((test) => test.status === 'failed')) bucket.failed += 1;
  }
  console.log(`${file}: ${report.numPassedTests} passed, ${report.numFailedTests} failed of ${report.numTotalTests}`);
}

const line = ({ passed, failed, skipped }) => `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
const all = {
  passed: totals.product.passed + totals.harness.passed,
  failed: totals.product.failed + totals.harness.failed,
  skipped: totals.product.skipped + totals.harness.skipped,
};
console.log(`product: ${line(totals.product)}; harness: ${line(totals.harness)}`);
console.log(line(all));
process.exit(all.failed > 0 ? 1 : 0);

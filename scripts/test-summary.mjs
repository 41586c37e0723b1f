// Adds up the vitest JSON reports (unit and end-to-end) into the closing line CI reads:
// "N passed, N failed" (", N skipped" when any were skipped).
import { existsSync, readFileSync } from 'node:fs';

const reports = ['.test-results/unit.json', '.test-results/e2e.json'];
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of reports) {
  if (!existsSync(file)) {
    console.log(`${file}: not produced (that stage did not run)`);
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  // A file that failed to load has no failing test of its own; count it once so it is not lost.
  for (const suite of report.testResults ?? []) {
    if (suite.status === 'failed' && !suite.assertionResults?.some((test) => test.status === 'failed')) failed += 1;
  }
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  console.log(`${file}: ${report.numPassedTests} passed, ${report.numFailedTests} failed of ${report.numTotalTests}`);
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);

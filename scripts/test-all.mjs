#!/usr/bin/env node
// `npm test`: every stage in order, stopping at the first that fails, then the closing summary
// (scripts/test-summary.mjs) whatever happened. Run through scripts/toolchain.mjs, which brings
// Node >= 22, Chromium and Firefox ESR first.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const STAGES = ['typecheck', 'lint', 'imports', 'test:unit', 'build', 'lint:firefox', 'test:e2e', 'test:e2e:firefox'];

rmSync('.test-results', { recursive: true, force: true });
let status = 0;
for (const stage of STAGES) {
  console.log(`\n== npm run ${stage}`);
  status = spawnSync('npm', ['run', stage], { stdio: 'inherit' }).status ?? 1;
  if (status !== 0) {
    console.log(`\n== stage "${stage}" failed (exit ${status}); later stages did not run`);
    break;
  }
}
const summary = spawnSync(process.execPath, ['scripts/test-summary.mjs'], { stdio: 'inherit' }).status ?? 1;
process.exit(status || summary);

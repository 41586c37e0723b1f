/**
 * `npm run fixture:from-report <report.json> [--name <slug>] [--force]`: a page report ("Report this page"
 * in the assistant's panel) becomes a look-alike page, served at the real host under /reports/<slug>.html,
 * and an E2E test skeleton under test/e2e/reports/. The report is validated first; nothing is written
 * from a bad one.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { pageReportSchema } from '../lib/report/schema.ts';
import { renderPage, renderTest, siteOf } from './report-fixture.ts';

const args = process.argv.slice(2);
const file = args.find((arg) => !arg.startsWith('--') && args[args.indexOf(arg) - 1] !== '--name');
const nameAt = args.indexOf('--name');
if (!file) {
  console.error('usage: npm run fixture:from-report <report.json> [--name <slug>] [--force]');
  process.exit(1);
}
const name = (nameAt >= 0 ? args[nameAt + 1] : basename(file).replace(/\.json$/i, '')) ?? '';
if (!/^[a-z0-9][a-z0-9-]{0,60}$/.test(name)) {
  console.error(`The name "${name}" must be lower-case letters, digits and dashes (use --name).`);
  process.exit(1);
}
let parsed: unknown;
try {
  parsed = JSON.parse((await readFile(file, 'utf8')).replace(/^\uFEFF/, ''));
} catch (error) {
  console.error(`${file} is not a JSON file: ${(error as Error).message}`);
  process.exit(1);
}
const checked = pageReportSchema.safeParse(parsed);
if (!checked.success) {
  console.error(`${file} is not a page report:`);
  for (const issue of checked.error.issues) console.error(`  ${issue.path.join('.') || '(file)'}: ${issue.message}`);
  process.exit(1);
}
const report = checked.data;
// Run from the project root (npm run sets it), also when bundled into .scratch/.
const root = process.cwd();
const page = join(root, 'test/fixtures/sites', siteOf(report).site, 'reports', `${name}.html`);
const test = join(root, 'test/e2e/reports', `${name}.e2e.test.ts`);
for (const target of [page, test]) {
  if (existsSync(target) && !args.includes('--force')) {
    console.error(`${target} exists; pass --force to replace it.`);
    process.exit(1);
  }
}
for (const [target, text] of [
  [page, renderPage(report, name)],
  [test, renderTest(report, name)],
] as const) {
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, text);
  console.log(`wrote ${target}`);
}
console.log(`Next: npm run test:e2e -- test/e2e/reports/${name}.e2e.test.ts (it fails until the product handles this page).`);

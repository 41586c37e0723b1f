#!/usr/bin/env node
// Runs a TypeScript script that imports the product's lib/ (whose imports carry no file extensions,
// as the bundler resolves them): esbuild bundles it into .scratch/, then Node runs it with the args.
//   node scripts/run-bundled.mjs <script.ts> [args…]
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { build } from 'esbuild';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-bundled.mjs <script.ts> [args…]');
  process.exit(1);
}
const outDir = resolve('.scratch');
mkdirSync(outDir, { recursive: true });
const outfile = join(outDir, `${basename(entry, '.ts')}.mjs`);
await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', target: 'node22', outfile, packages: 'external', logLevel: 'warning' });
process.exit(spawnSync(process.execPath, [outfile, ...args], { stdio: 'inherit' }).status ?? 1);

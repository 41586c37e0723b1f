/**
 * vitest globalSetup of the E2E suite: fail in one clear line, before any browser starts, when the
 * extension or the look-alike bundles were not built or no Chromium is installed.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { EXTENSION_DIR, FIXTURES_DIST, REPO_ROOT, findChromium } from './paths.ts';
import { removeStalePolicy } from './policy.ts';

export default function setup(): void {
  // A policy file left by a killed run would lock settings in every other suite.
  removeStalePolicy();
  const missing = [join(EXTENSION_DIR, 'manifest.json'), join(FIXTURES_DIST, 'azure.js')].filter((file) => !existsSync(file));
  if (missing.length > 0) {
    const names = missing.map((file) => relative(REPO_ROOT, file)).join(', ');
    throw new Error(`E2E prerequisites missing (${names}): run npm run build:chrome && npm run fixtures`);
  }
  if (!findChromium()) {
    const configured = process.env.PUPPETEER_EXECUTABLE_PATH;
    throw new Error(configured ? `PUPPETEER_EXECUTABLE_PATH=${configured} does not exist.` : 'No Chromium found: apt-get install chromium, or set PUPPETEER_EXECUTABLE_PATH.');
  }
}

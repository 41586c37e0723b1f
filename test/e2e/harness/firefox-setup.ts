/**
 * vitest globalSetup of the Firefox suite: fail in one clear line, before Firefox starts, when the
 * Firefox build or the look-alike bundles are missing or no Firefox is installed.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FIREFOX_EXTENSION_DIR, findFirefox } from './firefox.ts';
import { FIXTURES_DIST, REPO_ROOT } from './paths.ts';
import { removeStalePolicy } from './policy.ts';

export default function setup(): void {
  // A policy left by a killed run would lock settings in the other suite.
  removeStalePolicy();
  const missing = [join(FIREFOX_EXTENSION_DIR, 'manifest.json'), join(FIXTURES_DIST, 'azure.js')].filter((file) => !existsSync(file));
  if (missing.length > 0) throw new Error(`Firefox E2E prerequisites missing (${missing.map((file) => relative(REPO_ROOT, file)).join(', ')}): run npm run build:firefox && npm run fixtures`);
  if (!findFirefox()) throw new Error(process.env.FIREFOX_PATH ? `FIREFOX_PATH=${process.env.FIREFOX_PATH} does not exist.` : 'No Firefox found: apt-get install firefox-esr, or set FIREFOX_PATH.');
}

/** Where the harness finds the built extension, the look-alike sites and bundles, and Chromium. */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const EXTENSION_DIR = resolve(REPO_ROOT, '.output/chrome-mv3');
export const FIXTURES_DIST = resolve(REPO_ROOT, 'test/fixtures/dist');
export const FIXTURES_SITES = resolve(REPO_ROOT, 'test/fixtures/sites');

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** PUPPETEER_EXECUTABLE_PATH when set, else the first installed Chromium-family browser, else null. */
export function findChromium(): string | null {
  const configured = process.env.PUPPETEER_EXECUTABLE_PATH;
  if (configured) return existsSync(configured) ? configured : null;
  return CHROMIUM_CANDIDATES.find((candidate) => existsSync(candidate)) ?? null;
}

import { mkdir, rm, writeFile } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { CHROMIUM_EXTENSION_ID, FIREFOX_EXTENSION_ID } from '../../../lib/extension-id.ts';

/**
 * A Chromium policy for the extension, the way an admin deploys one on Linux: a JSON file in
 * /etc/chromium/policies/managed (writing there needs root, as CI runs). Every Chromium started
 * while the file exists reads it, so only the policy suite writes it and the global setup removes
 * one a killed run left behind.
 */
const POLICY_DIR = '/etc/chromium/policies/managed';
export const POLICY_FILE = join(POLICY_DIR, 'csp-support-assistant-e2e.json');

export async function writeExtensionPolicy(policy: object): Promise<void> {
  await mkdir(POLICY_DIR, { recursive: true });
  await writeFile(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [CHROMIUM_EXTENSION_ID]: policy } } }));
}

export async function removeExtensionPolicy(): Promise<void> {
  await rm(POLICY_FILE, { force: true });
}

/**
 * Firefox on Linux reads one policies.json per machine (/etc/firefox/policies). The suite writes its
 * own there and refuses to replace one it did not write (an admin's).
 */
const FIREFOX_POLICY_DIR = '/etc/firefox/policies';
export const FIREFOX_POLICY_FILE = join(FIREFOX_POLICY_DIR, 'policies.json');
const WRITTEN_BY = 'csp-support-assistant e2e';

export async function writeFirefoxPolicy(policy: object): Promise<void> {
  if (existsSync(FIREFOX_POLICY_FILE) && !readFileSync(FIREFOX_POLICY_FILE, 'utf8').includes(WRITTEN_BY)) {
    throw new Error(`${FIREFOX_POLICY_FILE} exists and was not written by these tests: move it away to run the Firefox policy suite`);
  }
  await mkdir(FIREFOX_POLICY_DIR, { recursive: true });
  await writeFile(FIREFOX_POLICY_FILE, JSON.stringify({ policies: { '3rdparty': { Extensions: { [FIREFOX_EXTENSION_ID]: { ...policy } } } }, writtenBy: WRITTEN_BY }));
}

export async function removeFirefoxPolicy(): Promise<void> {
  if (existsSync(FIREFOX_POLICY_FILE) && readFileSync(FIREFOX_POLICY_FILE, 'utf8').includes(WRITTEN_BY)) await rm(FIREFOX_POLICY_FILE);
}

export function removeStalePolicy(): void {
  rmSync(POLICY_FILE, { force: true });
  if (existsSync(FIREFOX_POLICY_FILE) && readFileSync(FIREFOX_POLICY_FILE, 'utf8').includes(WRITTEN_BY)) rmSync(FIREFOX_POLICY_FILE);
}

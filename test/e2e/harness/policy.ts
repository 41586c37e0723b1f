import { mkdir, rm, writeFile } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_EXTENSION_ID } from '../../../lib/extension-id.ts';

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

export function removeStalePolicy(): void {
  rmSync(POLICY_FILE, { force: true });
}

/**
 * A do-nothing MV3 extension (a service worker, no content script) for tests that check the
 * look-alikes themselves: with the real product loaded, its content script would fill the forms
 * those tests are reading, and they would test the product instead of the stage.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Writes the stub into a new temp directory and returns its path (the caller removes it). */
export async function makeStubExtension(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'csp-e2e-stub-ext-'));
  const manifest = { manifest_version: 3, name: 'Harness stub', version: '1.0.0', background: { service_worker: 'background.js' } };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  // A listener keeps the worker a normal, wakeable extension worker.
  await writeFile(join(dir, 'background.js'), 'chrome.runtime.onInstalled.addListener(() => {});\n');
  return dir;
}

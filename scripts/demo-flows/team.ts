import type { ExtensionBrowser } from '../../test/e2e/harness/browser.ts';
import { launchWithExtension } from '../../test/e2e/harness/browser.ts';
import { removeExtensionPolicy, writeExtensionPolicy } from '../../test/e2e/harness/policy.ts';
import { EXAMPLE_POLICY } from '../policy-templates.ts';
import { shoot, type DemoContext } from './shots.ts';

/** The partner profile with the pickers: country, time zone and support language by name. */
export async function optionsPickers(eb: ExtensionBrowser, ctx: DemoContext): Promise<void> {
  const page = await eb.extensionPage('options.html');
  await page.setViewport({ width: 1000, height: 900 });
  await page.waitForFunction(() => (document.querySelector('#partner-country') as HTMLInputElement | null)?.value === 'Spain');
  await shoot(ctx, page, 'options-pickers');
  await page.close();
}

/**
 * The options page under the example team policy (policies/): company, phone, country, time zone,
 * language, own tenant and targets locked. A Chromium policy file needs root; without it the shot
 * is left out and the demo says so.
 */
export async function optionsManaged(port: number, ctx: DemoContext): Promise<void> {
  try {
    await writeExtensionPolicy(EXAMPLE_POLICY);
  } catch (error) {
    console.warn(`options-managed left out: ${String(error)} (writing a Chromium policy needs root)`);
    return;
  }
  try {
    const eb = await launchWithExtension({ port, lang: 'en' });
    try {
      const page = await eb.extensionPage('options.html');
      await page.setViewport({ width: 1000, height: 1500 });
      // Chrome delivers a policy some time after start-up; the page redraws when it arrives.
      await page.waitForFunction(() => (document.querySelector('#partner-companyName') as HTMLInputElement | null)?.readOnly === true, { timeout: 30_000 });
      await shoot(ctx, page, 'options-managed');
      await page.close();
    } finally {
      await eb.close();
    }
  } finally {
    await removeExtensionPolicy();
  }
}

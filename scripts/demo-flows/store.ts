import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from '../../test/e2e/harness/browser.ts';
import { walkToAdditionalDetails } from '../../test/e2e/harness/azure-driver.ts';
import { formFrame, waitForPayload } from '../../test/e2e/harness/lookalike.ts';
import { shoot, waitForPanel, type DemoContext } from './shots.ts';

const NEW_REQUEST = 'view/Microsoft_Azure_Support/NewSupportRequestV3Blade/callerName/Microsoft_Azure_Support%2FHelpAndSupportOverview.ReactView';
/** The size the Chrome Web Store, Edge Add-ons and AMO all take. */
const STORE = { width: 1280, height: 800 };

async function at(eb: ExtensionBrowser, url: string, extension = false): Promise<Page> {
  const page = extension ? await eb.extensionPage(url) : await eb.newPage(url);
  await page.setViewport(STORE);
  return page;
}

/** Store screenshots at 1280×800 into demo-output/store/: the form filled, the own-tenant alert, the tracker. */
export async function storeShots(eb: ExtensionBrowser, ctx: DemoContext): Promise<void> {
  const store: DemoContext = { outDir: join(ctx.outDir, 'store'), written: ctx.written };
  await mkdir(store.outDir, { recursive: true });

  const filled = await at(eb, `https://portal.azure.com/?ui=fluent&frame=reactblade#@contoso.onmicrosoft.com/${NEW_REQUEST}`);
  const frame = await formFrame(filled);
  await walkToAdditionalDetails(frame);
  await waitForPayload(frame, ['"supportPlan": "csp"', '"timeZone": "Romance Standard Time"']);
  await waitForPanel(frame, 'status', /Customer context/);
  await shoot(store, filled, '1-form-filled-for-the-customer');
  await filled.close();

  const own = await at(eb, `https://portal.azure.com/?ui=fluent&frame=reactblade#@fabrikampartners.onmicrosoft.com/${NEW_REQUEST}`);
  await waitForPanel(await formFrame(own), 'alert', /own tenant/);
  await shoot(store, own, '2-own-tenant-alert');
  await own.close();

  const tracker = await at(eb, 'tracker.html', true);
  await tracker.waitForSelector('[data-testid=ticket-row]');
  await shoot(store, tracker, '3-response-clock');
  await tracker.close();

  const options = await at(eb, 'options.html', true);
  await options.waitForSelector('#partner-companyName');
  await shoot(store, options, '4-settings');
  await options.close();
}

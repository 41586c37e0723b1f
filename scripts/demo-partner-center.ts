/**
 * Demo of the Partner Center hand-off: Contoso's Service management → "Create or view service request"
 * (Azure) opens the portal in a new tab, and the assistant's panel says which customer the partner picked.
 * Two screenshots: the match (Contoso, "from Partner Center") and the mismatch (the portal reopens in
 * Northwind: an alert naming both). `scripts/demo.ts` calls `demoPartnerCenter`; run alone with
 * `node --experimental-strip-types scripts/demo-partner-center.ts [outDir]` after `npx wxt build && npm run fixtures`.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { launchWithExtension, type ExtensionBrowser } from '../test/e2e/harness/browser.ts';
import { startLookalikeServer } from '../test/e2e/harness/server.ts';
import { formFrame } from '../test/e2e/harness/lookalike.ts';
import { waitForRoleText } from '../test/e2e/support/panel.ts';
import { seedSettings } from '../test/e2e/support/settings.ts';
import { CONTOSO, NORTHWIND } from '../test/fixtures/src/shared/tenants.ts';

const SERVICE_MANAGEMENT = `https://partner.microsoft.com/dashboard/v2/customers/${CONTOSO.id}/servicemanagementpage`;

/** Clicks the Azure "Create or view service request" link and returns the tab it opens, on the new request form. */
async function openAzureFromPartnerCenter(eb: ExtensionBrowser, query: string): Promise<Page> {
  const partnerCenter = await eb.newPage(`${SERVICE_MANAGEMENT}${query}`);
  const link = await partnerCenter.waitForSelector('[data-testid="sr-link-azure"]', { timeout: 15_000 });
  const before = new Set(eb.browser.targets());
  const opened = eb.browser.waitForTarget((target) => !before.has(target) && target.type() === 'page', { timeout: 15_000 });
  await link!.click();
  const azure = await (await opened).page();
  if (!azure) throw new Error('the Azure link opened no tab');
  await partnerCenter.close();
  await azure.bringToFront();
  await azure.setViewport({ width: 1400, height: 900 });
  const create = await azure.waitForSelector('::-p-aria([name="Create a support request"][role="button"])', { timeout: 15_000 });
  await create!.click();
  return azure;
}

/** Takes `partner-center-match.png` and `partner-center-mismatch.png` in `outDir`; returns their paths. */
export async function demoPartnerCenter(ctx: { eb: ExtensionBrowser; outDir: string }): Promise<string[]> {
  const { eb, outDir } = ctx;
  await mkdir(outDir, { recursive: true });
  const shots: string[] = [];

  const match = await openAzureFromPartnerCenter(eb, '');
  await waitForRoleText(await formFrame(match, 15_000), 'status', /\(from Partner Center\)|\(del Centro de partners\)/, 15_000);
  shots.push(join(outDir, 'partner-center-match.png'));
  await match.screenshot({ path: shots.at(-1) });
  await match.close();

  // The link names no tenant and the portal reopens the directory it last used: Northwind.
  await eb.browser.setCookie({ name: 'lookalike-directory', value: NORTHWIND.domain, domain: 'portal.azure.com', path: '/', secure: true });
  try {
    const mismatch = await openAzureFromPartnerCenter(eb, '?azurelink=notenant');
    await waitForRoleText(await formFrame(mismatch, 15_000), 'alert', new RegExp(NORTHWIND.name), 15_000);
    shots.push(join(outDir, 'partner-center-mismatch.png'));
    await mismatch.screenshot({ path: shots.at(-1) });
    await mismatch.close();
  } finally {
    await eb.browser.deleteMatchingCookies({ name: 'lookalike-directory', domain: 'portal.azure.com' });
  }
  return shots;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const server = await startLookalikeServer();
  const eb = await launchWithExtension({ port: server.port, lang: 'en' });
  try {
    // Also lets the first-run options tab open first, so it does not push a demo tab to the background.
    await seedSettings(eb);
    for (const shot of await demoPartnerCenter({ eb, outDir: resolve(process.argv[2] ?? 'demo-output') })) console.log(`wrote ${shot}`);
  } finally {
    await eb.close();
    await server.close();
  }
}

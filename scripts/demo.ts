/**
 * `npm run demo`: the extension against the bundled portal look-alikes. Headed when a display
 * exists (try it by hand); with --headless, or under CI, it drives the main flows itself and writes
 * screenshots to demo-output/.
 */
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchWithExtension, type ExtensionBrowser } from '../test/e2e/harness/browser.ts';
import { startLookalikeServer } from '../test/e2e/harness/server.ts';
import { seedSettings } from '../test/e2e/support/settings.ts';
import { azureCustomer, azureKnockoutSpanish, azureOwnTenant, azureToastOnly, m365, m365DelegatedOrg } from './demo-flows/portals.ts';
import { shoot, type DemoContext } from './demo-flows/shots.ts';
import { storeShots } from './demo-flows/store.ts';
import { optionsManaged, optionsPickers } from './demo-flows/team.ts';
import { popup } from './demo-flows/tickets.ts';

const headless = process.argv.includes('--headless') || process.env.CI === 'true' || !process.env.DISPLAY;
const server = await startLookalikeServer();

async function optionsShot(eb: ExtensionBrowser, ctx: DemoContext, name: string) {
  const page = await eb.extensionPage('options.html');
  await page.setViewport({ width: 1000, height: 1400 });
  await page.waitForSelector('#partner-companyName');
  await shoot(ctx, page, name);
  await page.close();
}

async function runHeadless() {
  const ctx: DemoContext = { outDir: resolve('demo-output'), written: [] };
  await rm(ctx.outDir, { recursive: true, force: true });
  await mkdir(ctx.outDir, { recursive: true });
  const eb = await launchWithExtension({ port: server.port, lang: 'en' });
  try {
    await seedSettings(eb);
    await optionsShot(eb, ctx, 'options-en');
    for (const flow of [optionsPickers, azureCustomer, azureKnockoutSpanish, azureOwnTenant, m365, m365DelegatedOrg, azureToastOnly, popup, storeShots]) await flow(eb, ctx);
    if (existsSync(resolve('scripts/demo-partner-center.ts'))) {
      const { demoPartnerCenter } = await import('./demo-partner-center.ts');
      ctx.written.push(...(await demoPartnerCenter({ eb, outDir: ctx.outDir })));
    }
  } finally {
    await eb.close();
  }
  await optionsManaged(server.port, ctx);
  const spanish = await launchWithExtension({ port: server.port, lang: 'es' });
  try {
    await seedSettings(spanish);
    await optionsShot(spanish, ctx, 'options-es');
  } finally {
    await spanish.close();
  }
  console.log(`Screenshots written:\n${ctx.written.map((file) => `  ${file}`).join('\n')}`);
}

async function runHeaded() {
  const eb = await launchWithExtension({ port: server.port, lang: 'en', headless: false });
  await seedSettings(eb);
  await eb.newPage('https://partner.microsoft.com/dashboard/v2/customers/22222222-2222-4222-8222-222222222222/servicemanagementpage');
  await eb.newPage('https://portal.azure.com/#@contoso.onmicrosoft.com/view/Microsoft_Azure_Support/HelpAndSupportBlade/~/overview');
  await eb.extensionPage('options.html');
  console.log(`Chromium is open with the extension on the look-alikes (server on port ${server.port}). Try:
  https://portal.azure.com/?ui=fluent&frame=reactblade#@contoso.onmicrosoft.com/view/Microsoft_Azure_Support/NewSupportRequestV3Blade   (customer)
  https://portal.azure.com/?ui=knockout&frame=top&lang=es#@contoso.onmicrosoft.com/view/Microsoft_Azure_Support/NewSupportRequestV3Blade (Spanish, Knockout)
  https://portal.azure.com/#@fabrikampartners.onmicrosoft.com/view/Microsoft_Azure_Support/NewSupportRequestV3Blade                     (your own tenant)
  https://admin.microsoft.com/AdminPortal/Home?ctid=22222222-2222-4222-8222-222222222222#/support                                        (M365)
  https://partner.microsoft.com/dashboard/v2/customers/list                                                                              (Partner Center)
Press Ctrl+C to stop.`);
  await new Promise<void>((done) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => done());
    eb.browser.once('disconnected', () => done());
  });
  await eb.close();
}

try {
  await (headless ? runHeadless() : runHeaded());
} finally {
  await server.close();
}

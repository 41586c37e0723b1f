import type { ExtensionBrowser } from '../../test/e2e/harness/browser.ts';
import { fillProblemDetails, walkToAdditionalDetails, reviewAndCreate } from '../../test/e2e/harness/azure-driver.ts';
import { formFrame, waitForPayload } from '../../test/e2e/harness/lookalike.ts';
import { shoot, waitForPanel, type DemoContext } from './shots.ts';

const NEW_REQUEST = 'view/Microsoft_Azure_Support/NewSupportRequestV3Blade/callerName/Microsoft_Azure_Support%2FHelpAndSupportOverview.ReactView';

async function open(eb: ExtensionBrowser, url: string) {
  const page = await eb.newPage(url);
  await page.setViewport({ width: 1400, height: 1000 });
  return page;
}

/** Azure, customer context: the Fluent form in a blade iframe, filled. */
export async function azureCustomer(eb: ExtensionBrowser, ctx: DemoContext): Promise<void> {
  const page = await open(eb, `https://portal.azure.com/?ui=fluent&frame=reactblade#@contoso.onmicrosoft.com/${NEW_REQUEST}`);
  const frame = await formFrame(page);
  await walkToAdditionalDetails(frame);
  await waitForPayload(frame, ['"supportPlan": "csp"', '"timeZone": "Romance Standard Time"']);
  await waitForPanel(frame, 'status', /Customer context/);
  await shoot(ctx, page, 'azure-customer-filled');
  // The page report the partner can send when the assistant misses something: previewed before it leaves.
  await (await frame.waitForSelector('::-p-aria([name="Report this page"][role="button"])'))?.click();
  await frame.waitForSelector('::-p-aria([name="Page report"][role="region"])');
  await shoot(ctx, page, 'page-report-preview');
  await page.close();
}

/** Azure in Spanish with the older Knockout controls in the portal page itself. */
export async function azureKnockoutSpanish(eb: ExtensionBrowser, ctx: DemoContext): Promise<void> {
  const page = await open(eb, `https://portal.azure.com/?ui=knockout&frame=top&lang=es#@contoso.onmicrosoft.com/${NEW_REQUEST}`);
  const frame = await formFrame(page);
  await walkToAdditionalDetails(frame, 'La máquina virtual no arranca');
  await waitForPayload(frame, ['"supportPlan": "csp"', '"timeZone": "Romance Standard Time"']);
  await waitForPanel(frame, 'status', /Customer context|Contexto del cliente/);
  await shoot(ctx, page, 'azure-knockout-es');
  await page.close();
}

/** Azure in the partner's own tenant: the alert, nothing filled. */
export async function azureOwnTenant(eb: ExtensionBrowser, ctx: DemoContext): Promise<void> {
  const page = await open(eb, `https://portal.azure.com/?ui=fluent&frame=reactblade#@fabrikampartners.onmicrosoft.com/${NEW_REQUEST}`);
  const frame = await formFrame(page);
  await waitForPanel(frame, 'alert', /own tenant|propio inquilino/);
  await shoot(ctx, page, 'azure-own-tenant');
  await page.close();
}

/** M365 admin center: the partner card with the hint, then an unknown context. */
export async function m365(eb: ExtensionBrowser, ctx: DemoContext): Promise<void> {
  const card = await open(eb, 'https://admin.microsoft.com/AdminPortal/Home?ctid=22222222-2222-4222-8222-222222222222#/support');
  await (await card.waitForSelector('[data-testid="contact-support"]'))!.click();
  await card.waitForSelector('[data-testid="partner-card"]');
  await waitForPanel(card, 'status', /Customer context/);
  await shoot(ctx, card, 'm365-partner-card');
  await card.close();

  const unknown = await open(eb, 'https://admin.microsoft.com/AdminPortal/Home?hideOrg=1#/support');
  await (await unknown.waitForSelector('[data-testid="contact-support"]'))!.click();
  await waitForPanel(unknown, 'status', /not confirmed|sin confirmar/);
  await shoot(ctx, unknown, 'm365-unknown');
  await unknown.close();

  // The help pane's icon-only headset in the partner's own tenant: the alert shows before any form.
  const headset = await open(eb, 'https://admin.microsoft.com/AdminPortal/Home?headset=icon&ctid=11111111-1111-4111-8111-111111111111#/support');
  await headset.waitForSelector('[data-testid="contact-support"]');
  await waitForPanel(headset, 'alert', /own tenant|propio inquilino/);
  await shoot(ctx, headset, 'm365-headset-own-tenant');
  await headset.close();
}

/** NewSupportRequestV4Blade: Create lands on Home with only a toast; the popup has logged it. */
export async function azureToastOnly(eb: ExtensionBrowser, ctx: DemoContext): Promise<void> {
  const V4 = 'view/Microsoft_Azure_Support/NewSupportRequestV4Blade/callerName/Quota/summary/Quota%20request';
  const page = await open(eb, `https://portal.azure.com/?ui=fluent&frame=reactblade#@contoso.onmicrosoft.com/${V4}`);
  const frame = await formFrame(page);
  const form = await walkToAdditionalDetails(frame, 'Logged from the toast alone');
  await waitForPayload(frame, ['"supportPlan": "csp"', '"supportLanguage": "en-us"']);
  await fillProblemDetails(form);
  await reviewAndCreate(form);
  const toast = await page.waitForSelector('.fxs-toast-item .fxs-toast-description', { timeout: 10_000 });
  const number = /\d{16}/.exec((await toast?.evaluate((el) => el.textContent)) ?? '')?.[0] ?? '';
  await shoot(ctx, page, 'azure-toast-only');
  const popup = await eb.extensionPage('popup.html');
  await popup.setViewport({ width: 440, height: 760 });
  await popup.waitForFunction((wanted) => document.body.textContent?.includes(wanted), { timeout: 15_000 }, number);
  await shoot(ctx, popup, 'azure-toast-only-logged');
  await popup.close();
  await page.close();
}

/** M365 reached with ?delegatedOrg=: the suite logo names the partner, the org switcher the customer; filled, no alert. */
export async function m365DelegatedOrg(eb: ExtensionBrowser, ctx: DemoContext): Promise<void> {
  const page = await open(eb, 'https://admin.microsoft.com/AdminPortal/Home?delegatedOrg=contoso.onmicrosoft.com#/support');
  await (await page.waitForSelector('[data-testid="contact-support"]'))?.click();
  await (await page.waitForSelector('[data-testid="new-microsoft-request"]'))?.click();
  await page.waitForFunction(() => document.querySelector('[data-testid="would-submit"]')?.textContent?.includes('support@fabrikampartners.example'), { timeout: 10_000 });
  await waitForPanel(page, 'status', /Customer context/);
  await shoot(ctx, page, 'm365-delegated-org-filled');
  await page.close();
}

import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import { choose, fillProblemDetails, formContext, reviewAndCreate, walkToAdditionalDetails } from '../harness/azure-driver.ts';
import { isShown, launchFirefoxWithExtension, waitUntilShown, type FirefoxWithExtension } from '../harness/firefox.ts';
import { formFrame, waitForPayload, wouldSubmit } from '../harness/lookalike.ts';
import { startLookalikeServer, type LookalikeServer } from '../harness/server.ts';
import { NEW_REQUEST } from '../support/azure-page.ts';
import { PARTNER_SETTINGS_FILE } from '../support/settings.ts';

/**
 * The core flows in Debian's firefox-esr with the Firefox build: the settings file imported on the
 * options page, the Azure React-blade form filled in a customer's tenant, the own-tenant alert, and a
 * created request listed in the popup. The tests run in order: the import seeds the others.
 */
let server: LookalikeServer;
let ff: FirefoxWithExtension;

beforeAll(async () => {
  server = await startLookalikeServer();
  ff = await launchFirefoxWithExtension({ port: server.port, lang: 'en' });
});

afterAll(async () => {
  await ff?.close();
  await server?.close();
});

async function portal(tenant: string, view = NEW_REQUEST): Promise<Page> {
  const page = await ff.newPage(`https://portal.azure.com/?ui=fluent&frame=reactblade#@${tenant}/${view}`);
  await page.setViewport({ width: 1400, height: 1000 });
  return page;
}

describe('Firefox: core flows', () => {
  it('the options page imports the partner’s settings file', async () => {
    const page = await ff.extensionPage('options.html');
    await page.waitForSelector('#partner-companyName');
    const dir = await mkdtemp(join(tmpdir(), 'csp-firefox-files-'));
    const file = join(dir, 'fabrikam.json');
    await writeFile(file, JSON.stringify(PARTNER_SETTINGS_FILE));
    const input = (await page.waitForSelector('#import-file')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(file);
    await page.waitForFunction(() => document.querySelector('[data-testid="import-report"]')?.textContent?.includes('Imported fabrikam.json'), { timeout: 15_000 });
    expect(await page.$eval('#partner-companyName', (el) => (el as HTMLInputElement).value)).toBe('Fabrikam Partners');
    expect(await page.$eval('[id="customers.0-name"]', (el) => (el as HTMLInputElement).value)).toBe('Contoso Ltd');
    expect(await page.$eval('#partner-country', (el) => (el as HTMLInputElement).value)).toBe('Spain');
    await page.close();
  });

  it('Azure, Fluent form in a cross-origin React blade iframe, customer context: CSP plan and partner contact filled', async () => {
    const page = await portal('contoso.onmicrosoft.com');
    const frame = await formFrame(page);
    expect(new URL(frame.url()).hostname).toMatch(/\.reactblade\.portal\.azure\.net$/);
    await waitUntilShown(frame, 'Customer context: Contoso Ltd');
    await walkToAdditionalDetails(frame);
    await waitForPayload(frame, ['"supportPlan": "csp"', '"email": "support@fabrikampartners.example"']);
    expect(await wouldSubmit(frame)).toMatchObject({ supportPlan: 'csp', firstName: 'Lucía', lastName: 'García', additionalEmail: 'noc@fabrikampartners.example', contactMethod: 'email' });
    expect(await isShown(frame, 'Wrong tenant')).toBe(false);
    await page.close();
  });

  it('Azure in the partner’s own tenant: the alert explains the entitlement and nothing is filled', async () => {
    const page = await portal('fabrikampartners.onmicrosoft.com');
    const frame = await formFrame(page);
    await waitUntilShown(frame, 'Wrong tenant: this is your own tenant, Fabrikam Partners');
    expect(await isShown(frame, 'does not cover your own subscriptions')).toBe(true);
    expect(await isShown(frame, 'Customer context')).toBe(false);
    expect((await wouldSubmit(frame)).supportPlan).not.toBe('csp');
    await page.close();
  });

  it('a request created for the customer is listed in the popup with its severity', async () => {
    const page = await portal('contoso.onmicrosoft.com');
    const frame = await formFrame(page);
    await walkToAdditionalDetails(frame, 'Firefox: production VM down');
    await waitForPayload(frame, ['"supportPlan": "csp"']);
    const ctx = await formContext(frame);
    await choose(ctx, 'severity', 'B - Moderate impact');
    await fillProblemDetails(ctx, 'Started at 09:00 after patching.');
    await reviewAndCreate(ctx);
    await page.waitForFunction(() => location.hash.includes('SupportRequestDetails.ReactView'), { timeout: 15_000 });

    const popup = await ff.extensionPage('popup.html');
    await popup.waitForFunction(() => document.body.textContent?.includes('Firefox: production VM down'), { timeout: 20_000 });
    const text = (await popup.evaluate(() => document.body.textContent ?? '')).replace(/\s+/g, ' ');
    expect(text).toContain('Contoso Ltd');
    expect(text).toContain('Sev B');
    expect(text).toMatch(/\d{16}/);
    await popup.close();
    await page.close();
    // Nothing reached a real site: every host the browser asked for other than the look-alikes was refused.
    expect(ff.tunnel.refused.filter((host) => /azure|microsoft|office/.test(host))).toEqual([]);
  });
});

/**
 * The harness itself: the look-alike server answers on the portals' real host names over HTTPS, the
 * extension's service worker starts (and can be stopped and woken), and the Azure look-alikes render
 * and can be driven by user-like events in both flavours, frames and languages. These tests depend
 * on the product only for loading; they check the stage the product tests play on.
 */
import { rm } from 'node:fs/promises';
import { request } from 'node:https';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTOSO, NORTHWIND, PARTNER_TENANT } from '../fixtures/src/shared/tenants.ts';
import { chooseOption, clickButton, controlFor, formContext, goToAdditionalDetails, type, waitForStep, createRequest } from './harness/azure-driver.ts';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser.ts';
import { formFrame, isReactbladeFrame, readWouldSubmit } from './harness/lookalike.ts';
import { AZURE_URLS, setAzureScenario } from './harness/scenario.ts';
import { startLookalikeServer, type LookalikeServer } from './harness/server.ts';
import { makeStubExtension } from './harness/stub-extension.ts';

let server: LookalikeServer;
let chromium: ExtensionBrowser;

beforeAll(async () => {
  server = await startLookalikeServer();
});

afterAll(async () => {
  await server?.close();
});

/** Each describe block runs its own Chromium (one at a time): the product, or the do-nothing stub. */
function useBrowser(which: 'product' | 'stub', lang?: string): void {
  let stubDir: string | undefined;
  beforeAll(async () => {
    stubDir = which === 'stub' ? await makeStubExtension() : undefined;
    chromium = await launchWithExtension({ port: server.port, extensionPath: stubDir, lang });
  });
  afterAll(async () => {
    await chromium?.close();
    if (stubDir) await rm(stubDir, { recursive: true, force: true });
  });
}

/** Opens a page, runs the body, always closes the page (one browser serves the whole file). */
async function withPage<T>(url: string, body: (page: Page) => Promise<T>): Promise<T> {
  const page = await chromium.newPage(url);
  try {
    return await body(page);
  } finally {
    await page.close();
  }
}

/** GET through the server directly with any Host header (the browser cannot reach unknown hosts). */
function rawGet(host: string, path: string): Promise<{ status: number; type: string; cache: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, headers: { host }, rejectUnauthorized: false }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), cache: String(res.headers['cache-control']), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function tenantShown(page: Page): Promise<{ tenant: string; user: string; tooltip: string }> {
  await page.waitForSelector('.fxs-avatarmenu-tenant');
  return page.evaluate(() => ({
    tenant: document.querySelector('.fxs-avatarmenu-tenant')?.textContent ?? '',
    user: document.querySelector('.fxs-avatarmenu-username')?.textContent ?? '',
    tooltip: document.querySelector('.fxs-avatarmenu-header')?.getAttribute('title') ?? '',
  }));
}

describe('look-alike server, with the product loaded', () => {
  useBrowser('product');
  it('serves each site at its real host over HTTPS, with no-store and the right content type', async () => {
    const cases = [
      { url: 'https://portal.azure.com/#home', selector: '.fxs-topbar' },
      { url: 'https://ms.portal.azure.com/#home', selector: '.fxs-topbar' },
      { url: 'https://sandbox-7.reactblade.portal.azure.net/React/Index', selector: '#root' },
      { url: 'https://www.example.org/', selector: 'form' },
      { url: 'https://admin.microsoft.com/AdminPortal/Home', selector: '#root' },
    ];
    for (const { url, selector } of cases) {
      const page = await chromium.browser.newPage();
      try {
        const response = await page.goto(url, { waitUntil: 'domcontentloaded' });
        expect(response?.status(), url).toBe(200);
        expect(response?.securityDetails(), url).not.toBeNull();
        expect(response?.headers()['cache-control'], url).toBe('no-store');
        expect(response?.headers()['content-type'], url).toMatch(/^text\/html/);
        expect(await page.$(selector), url).not.toBeNull();
      } finally {
        await page.close();
      }
    }
    expect(server.requests.some((r) => r.host.startsWith('sandbox-7.reactblade.portal.azure.net'))).toBe(true);
  });

  it('serves bundles on every host, falls back to index.html, and answers 404 to unknown hosts', async () => {
    const bundle = await rawGet('sandbox-1.reactblade.portal.azure.net', '/dist/azure.js');
    expect([bundle.status, bundle.type, bundle.cache]).toEqual([200, 'text/javascript; charset=utf-8', 'no-store']);
    expect((await rawGet('portal.azure.com', '/contoso.onmicrosoft.com')).body).toContain('/dist/azure.js');
    expect((await rawGet('portal.azure.com', '/dist/missing.js')).status).toBe(404);
    expect((await rawGet('portal.azure.com', '/dist/%2e%2e/%2e%2e/%2e%2e/package.json')).status).toBe(404);
    expect((await rawGet('evil.example.com', '/')).status).toBe(404);
  });
});

/** Runs in the service worker: the extension id as the worker itself sees it. */
const runtimeId = () => (globalThis as unknown as { chrome: { runtime: { id: string } } }).chrome.runtime.id;

describe('extension, in a Spanish browser', () => {
  useBrowser('product', 'es');

  it('gives pages the browser language, which the portal look-alike follows without a lang knob', async () => {
    await withPage(AZURE_URLS.home, async (page) => {
      expect(await page.evaluate(() => [navigator.language, navigator.languages[0]])).toEqual(['es', 'es']);
      await page.waitForSelector('.fxs-topbar-search input');
      expect(await page.$eval('.fxs-topbar-search input', (el) => el.getAttribute('placeholder'))).toBe('Buscar recursos, servicios y documentos (G+/)');
    });
  });

  it('starts its service worker, which can be stopped and woken again', async () => {
    expect(chromium.extensionId).toMatch(/^[a-p]{32}$/);
    // Extension pages (the settings page opened on install) may message the worker and restart it.
    for (const page of await chromium.browser.pages()) if (page.url().startsWith('chrome-extension://')) await page.close();
    const worker = await chromium.worker();
    expect(await worker.evaluate(runtimeId)).toBe(chromium.extensionId);
    await worker.evaluate(() => Object.assign(globalThis, { harnessMarker: 'first instance' }));
    await chromium.stopServiceWorker();
    const woken = await chromium.worker();
    expect(await woken.evaluate(runtimeId)).toBe(chromium.extensionId);
    // A new instance: the global set in the stopped one is gone.
    expect(await woken.evaluate(() => (globalThis as { harnessMarker?: string }).harnessMarker ?? null)).toBeNull();
  });
});

// The product's content script would fill these forms; the stub keeps them as the portal renders them.
describe('Azure portal look-alike, with a do-nothing stub extension', () => {
  useBrowser('stub');
  it('Knockout form in the top document, Spanish: driven to Additional details; Fx dropdowns open on mouseup only', async () => {
    await setAzureScenario(chromium.browser, { directory: NORTHWIND.domain, lang: 'es', ui: 'knockout', frame: 'top' });
    await withPage(AZURE_URLS.helpOverview, async (page) => {
      await clickButton(page.mainFrame(), 'Crear solicitud de soporte técnico');
      const frame = await formFrame(page);
      expect(frame).toBe(page.mainFrame());
      expect(page.url()).toContain('#view/Microsoft_Azure_Support/NewSupportRequestV3Blade/callerWorkflowId/');
      expect(await page.$$eval('[role="tab"]', (tabs) => tabs.map((t) => t.textContent))).toEqual(['Descripción del problema', 'Solución recomendada', 'Detalles adicionales', 'Revisar y crear']);
      // Lazy steps: nothing of Additional details exists before it is reached.
      expect(await page.$('.azc-checkBox')).toBeNull();

      const ctx = await formContext(frame);
      await goToAdditionalDetails(ctx, NORTHWIND.subscriptions[0]!.name);
      const plan = await controlFor(frame, 'Plan de soporte técnico');
      expect(await plan.evaluate((el) => el.matches('div.azc-formControl.azc-input.fxc-dropdown-input[role="combobox"]'))).toBe(true);
      await plan.evaluate((el) => (el as HTMLElement).click());
      expect(await page.$('.fxc-dropdown-popup')).toBeNull();
      await plan.evaluate((el) => el.dispatchEvent(new MouseEvent('mouseup', { bubbles: true })));
      expect(await page.$$eval('.fxc-dropdown-popup .fxc-dropdown-option', (options) => options.map((o) => o.textContent))).toContain('Proveedor de soluciones en la nube');
      await plan.evaluate((el) => el.dispatchEvent(new MouseEvent('mouseup', { bubbles: true })));

      await chooseOption(frame, 'Plan de soporte técnico', 'Proveedor de soluciones en la nube');
      const payload = await readWouldSubmit(frame);
      expect(payload).toMatchObject({
        step: 'additionalDetails',
        flavour: 'knockout',
        directory: NORTHWIND.domain,
        issueType: 'technical',
        supportPlan: 'csp',
        firstName: 'Nancy',
        email: 'nancy@northwind.onmicrosoft.com',
      });
      expect((payload.shown as Record<string, string>).supportPlan).toBe('Proveedor de soluciones en la nube');
      expect(await plan.evaluate((el) => el.textContent?.trim())).toBe('Proveedor de soluciones en la nube');
      await page.screenshot({ path: '/tmp/lookalike-knockout-top-es.png' });
    });
  });

  it('Fluent form in a cross-origin React-blade iframe, English: Dropdown and ComboBox set by clicks', async () => {
    await setAzureScenario(chromium.browser, { directory: CONTOSO.domain, lang: 'en', ui: 'fluent', frame: 'reactblade' });
    await withPage(AZURE_URLS.newRequest, async (page) => {
      const frame = await formFrame(page);
      expect(isReactbladeFrame(frame)).toBe(true);
      expect(new URL(frame.url()).pathname).toBe('/React/Index');
      const ctx = await formContext(frame);
      await goToAdditionalDetails(ctx, CONTOSO.subscriptions[0]!.name);
      expect(await readWouldSubmit(frame)).toMatchObject({ supportPlan: 'developer', firstName: 'Customer', lastName: 'Admin', email: 'admin@contoso.onmicrosoft.com' });

      await chooseOption(frame, 'Support plan', 'Cloud Solution Provider (CSP)');
      await chooseOption(frame, 'Country/region', 'Spain');
      await type(ctx, 'firstName', 'Carla');
      const payload = await readWouldSubmit(frame);
      expect(payload).toMatchObject({ flavour: 'fluent', supportPlan: 'csp', country: 'esp', firstName: 'Carla', lastName: 'Admin' });
      expect(payload.shown).toMatchObject({ supportPlan: 'Cloud Solution Provider (CSP)', country: 'Spain' });
      await page.screenshot({ path: '/tmp/lookalike-fluent-reactblade-en.png' });
    });
  });

  it('changing Issue type clears the later answers and sends the wizard back to its first step', async () => {
    await setAzureScenario(chromium.browser, { directory: CONTOSO.domain, lang: 'en', ui: 'fluent', frame: 'top' });
    await withPage(AZURE_URLS.newRequestTechnical, async (page) => {
      const frame = await formFrame(page);
      expect(frame).toBe(page.mainFrame());
      const ctx = await formContext(frame);
      expect(await readWouldSubmit(frame)).toMatchObject({ issueType: 'technical' });
      await goToAdditionalDetails(ctx, CONTOSO.subscriptions[1]!.name);
      await chooseOption(frame, 'Support plan', 'Cloud Solution Provider (CSP)');
      await clickButton(frame, 'Problem description');
      await waitForStep(frame, 'problemDescription');
      await chooseOption(frame, 'Issue type', 'Billing');
      const payload = await readWouldSubmit(frame);
      expect(payload).toMatchObject({ issueType: 'billing', subscription: CONTOSO.subscriptions[1]!.id, service: '', summary: '', supportPlan: 'developer', step: 'problemDescription' });
      expect(await page.evaluate(() => document.body.innerText)).toContain('information entered after it was cleared');
      expect(await page.$$eval('.ms-Pivot button[disabled]', (tabs) => tabs.length)).toBe(3);
    });
  });

  it('Create opens the details blade with a unique 16-digit support request number (both frames)', async () => {
    const numbers: string[] = [];
    await setAzureScenario(chromium.browser, { directory: CONTOSO.domain, lang: 'en', ui: 'fluent', frame: 'reactblade' });
    await withPage(AZURE_URLS.createGallery, async (page) => {
      const text = await createRequest(page, await formFrame(page), CONTOSO.subscriptions[0]!.name);
      expect(text).toContain('Support request number');
      numbers.push(/\b(\d{16})\b/.exec(text)?.[1] ?? '');
      expect(decodeURIComponent(page.url())).toMatch(
        /SupportRequestDetails\.ReactView\/id\/\/subscriptions\/[0-9a-f-]{36}\/providers\/Microsoft\.Support\/supportTickets\/[0-9a-f-]+\/portalJourney~\/true$/,
      );
      await page.screenshot({ path: '/tmp/lookalike-details-en.png' });
    });
    await setAzureScenario(chromium.browser, { directory: NORTHWIND.domain, lang: 'es', ui: 'knockout', frame: 'top' });
    await withPage(AZURE_URLS.legacyBlade, async (page) => {
      const text = await createRequest(page, await formFrame(page), NORTHWIND.subscriptions[0]!.name);
      expect(text).toContain('Número de solicitud de soporte técnico');
      numbers.push(/\b(\d{16})\b/.exec(text)?.[1] ?? '');
    });
    expect(numbers[0]).toMatch(/^\d{16}$/);
    expect(numbers[1]).toMatch(/^\d{16}$/);
    expect(numbers[0]).not.toBe(numbers[1]);
  });

  it('the directory comes from #@ deep links, a /<domain> path, the cookie, else the partner; the menu switches it', async () => {
    for (const tenant of [PARTNER_TENANT, CONTOSO, NORTHWIND]) {
      await setAzureScenario(chromium.browser, { directory: tenant.domain });
      const shown = await withPage(AZURE_URLS.home, tenantShown);
      expect(shown.tenant).toBe(tenant.name);
      const lines = shown.tooltip.split('\n');
      expect(/^.*[：:]\s*(.*)\s\((.*)\)$/.exec(lines[lines.length - 2] ?? '')?.slice(1)).toEqual([tenant.name, tenant.domain]);
    }
    await setAzureScenario(chromium.browser, { directory: CONTOSO.domain, gdap: true });
    expect(await withPage(AZURE_URLS.inDirectory(NORTHWIND.domain), tenantShown)).toMatchObject({ tenant: NORTHWIND.name, user: 'user_4711' });
    expect(await withPage(`https://portal.azure.com/#@${NORTHWIND.id}/home`, tenantShown)).toMatchObject({ tenant: NORTHWIND.name });
    await setAzureScenario(chromium.browser, { gdap: true });
    expect(await withPage('https://portal.azure.com/contoso.onmicrosoft.com', tenantShown)).toMatchObject({ tenant: CONTOSO.name, user: 'user_4711' });
    expect(await withPage(AZURE_URLS.home, tenantShown)).toMatchObject({ tenant: PARTNER_TENANT.name, user: 'alex@fabrikampartners.onmicrosoft.com' });

    await withPage(AZURE_URLS.home, async (page) => {
      await page.click('.fxs-avatarmenu-header');
      await Promise.all([page.waitForNavigation(), page.click('.fxs-directory-list li:nth-child(3)')]);
      expect((await tenantShown(page)).tenant).toBe(NORTHWIND.name);
      await page.screenshot({ path: '/tmp/lookalike-home-northwind.png' });
    });
  });

  it('the 2021 layout names the tabs Basics / Solutions / Details and asks the support plan on Basics', async () => {
    await setAzureScenario(chromium.browser, { directory: CONTOSO.domain, lang: 'en', ui: 'knockout', frame: 'reactblade', era: '2021', delayMs: 300 });
    await withPage(AZURE_URLS.createGallery, async (page) => {
      const frame = await formFrame(page);
      expect(isReactbladeFrame(frame)).toBe(true);
      await controlFor(frame, 'Support plan');
      expect(await frame.$$eval('[role="tab"]', (tabs) => tabs.map((t) => t.textContent))).toEqual(['Basics', 'Solutions', 'Details', 'Review + create']);
      const ctx = await formContext(frame);
      await goToAdditionalDetails(ctx, CONTOSO.subscriptions[0]!.name);
      expect(await readWouldSubmit(frame)).toMatchObject({ era: '2021', supportPlan: 'developer', step: 'additionalDetails' });
      await page.screenshot({ path: '/tmp/lookalike-knockout-reactblade-2021.png' });
    });
  });

  it('the plain page carries Subscription and Service labels but no portal', async () => {
    await withPage('https://www.example.org/', async (page) => {
      const labels = await page.$$eval('label', (all) => all.map((l) => l.textContent));
      expect(labels).toEqual(expect.arrayContaining(['Subscription', 'Service']));
      expect(await page.$('.fxs-topbar, [data-testid="would-submit"]')).toBeNull();
    });
  });
});

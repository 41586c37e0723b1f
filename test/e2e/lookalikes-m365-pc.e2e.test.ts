/**
 * Smoke test of the Microsoft 365 admin center, portal.office.com and Partner Center look-alikes:
 * the stage the product's M365 and Partner Center tests play on. It runs the pages with a stub
 * extension (a bare service worker) instead of the product, so what it checks is the pages alone —
 * the product could otherwise fill the contact fields before the test reads their prefilled values.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADATUM, CONTOSO, NORTHWIND, PARTNER_TENANT } from '../fixtures/src/shared/tenants.ts';
import { holdsWithin, waitUntil } from './harness/wait.ts';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser.ts';
import { readWouldSubmit } from './harness/lookalike.ts';
import { startLookalikeServer, type LookalikeServer } from './harness/server.ts';

let server: LookalikeServer;
let chromium: ExtensionBrowser;
let stubDir: string;

beforeAll(async () => {
  stubDir = await mkdtemp(join(tmpdir(), 'lookalike-stub-ext-'));
  const manifest = { manifest_version: 3, name: 'stub', version: '1.0', background: { service_worker: 'background.js' } };
  await writeFile(join(stubDir, 'manifest.json'), JSON.stringify(manifest));
  await writeFile(join(stubDir, 'background.js'), '// The look-alike smoke test needs no extension code.\n');
  server = await startLookalikeServer();
  chromium = await launchWithExtension({ port: server.port, extensionPath: stubDir });
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
  if (stubDir) await rm(stubDir, { recursive: true, force: true });
});

async function withPage<T>(url: string, body: (page: Page) => Promise<T>): Promise<T> {
  const page = await chromium.newPage(url);
  try {
    return await body(page);
  } finally {
    await page.close();
  }
}

/**
 * Clicks a Fluent CommandBar command as a person would: in the bar once it is enabled, or, when the
 * bar is too narrow and moved it into the overflow, through "More" and its menu item.
 */
async function clickCommand(page: Page, name: string): Promise<void> {
  const inBar = `xpath/.//div[contains(@class,"ms-CommandBar")]//button[not(@disabled) and not(@aria-disabled="true") and not(contains(@class,"ms-CommandBar-overflowButton")) and .//text()[normalize-space(.)="${name}"]]`;
  const overflow = '.ms-CommandBar-overflowButton';
  const where = await waitUntil(`command "${name}" enabled in the bar or its overflow`, async () => ((await page.$(inBar)) ? 'bar' : (await page.$(overflow)) ? 'overflow' : null));
  if (where === 'bar') {
    await (await page.$(inBar))!.click();
    return;
  }
  await (await page.$(overflow))!.click();
  const item = await page.waitForSelector(`xpath/.//button[@role="menuitem" and not(@aria-disabled="true") and .//text()[normalize-space(.)="${name}"]]`);
  await item!.click();
}

const text = (page: Page, selector: string) => page.$eval(selector, (el) => (el.textContent ?? '').trim());

/** Sets an input the way a content script does: native setter, then a bubbling input event. */
async function setValue(page: Page, selector: string, value: string): Promise<void> {
  await page.$eval(
    selector,
    (el, v) => {
      const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
      Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, v);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    },
    value,
  );
}

async function isDisabled(page: Page, selector: string): Promise<boolean> {
  return page.$eval(selector, (el) => (el as HTMLButtonElement).disabled || el.getAttribute('aria-disabled') === 'true');
}

const adminUrl = (ctid: string, route: string, extra = '') => `https://admin.microsoft.com/AdminPortal/Home?ctid=${ctid}${extra}#/${route}`;

describe('BeginClientSession hop', () => {
  it('portal.office.com → admin center with ?ctid=, and CSDEST=Support opens the Help & support pane', async () => {
    const hop = `https://portal.office.com/Partner/BeginClientSession.aspx?CTID=${CONTOSO.id}&CSDEST=Support`;
    await withPage(hop, async (page) => {
      await page.waitForSelector('[data-testid="help-pane"]', { timeout: 10_000 });
      expect(page.url()).toBe(adminUrl(CONTOSO.id, 'support'));
      expect(await text(page, '[data-testid="org-name"]')).toBe(CONTOSO.name);
      expect(server.requests.some((r) => r.host === 'portal.office.com' && r.path.startsWith('/Partner/BeginClientSession.aspx?CTID='))).toBe(true);
    });
  });

  it('?dropctid=1 → no ctid in the admin URL; the directory is remembered in a cookie instead', async () => {
    const hop = `https://portal.office.com/Partner/BeginClientSession.aspx?CTID=${NORTHWIND.id}&CSDEST=o365admincenter&dropctid=1`;
    await withPage(hop, async (page) => {
      await page.waitForFunction(() => location.pathname === '/AdminPortal/Home', { timeout: 10_000 });
      await page.waitForSelector('[data-testid="org-name"]');
      expect(page.url()).toBe('https://admin.microsoft.com/AdminPortal/Home#/homepage');
      expect(await text(page, '[data-testid="org-name"]')).toBe(NORTHWIND.name);
      expect(await page.evaluate(() => document.cookie)).toContain(`lookalike-directory=${NORTHWIND.domain}`);
    });
    await chromium.browser.deleteMatchingCookies({ name: 'lookalike-directory', domain: 'admin.microsoft.com' });
  });
});

describe('M365 admin center look-alike', () => {
  it('a CSP customer sees the partner card first; the form prefills the customer contact; Contact me creates a 16-digit request', async () => {
    await withPage(adminUrl(CONTOSO.id, 'support'), async (page) => {
      await page.waitForSelector('[data-testid="contact-support"]');
      expect(await page.$('button[aria-label="Minimize Button"]')).not.toBeNull();
      await page.click('[data-testid="contact-support"]');
      await page.waitForSelector('[data-testid="partner-card"]');
      expect(await text(page, '[data-testid="partner-name"]')).toBe('Fabrikam Partners');
      expect(await text(page, '[data-testid="partner-email"]')).toBe('support@fabrikampartners.example');
      expect(await page.$('[data-testid="service-request-form"]')).toBeNull();

      await page.click('[data-testid="new-microsoft-request"]');
      await page.waitForSelector('[data-testid="service-request-form"]');
      expect(await readWouldSubmit(page)).toEqual({
        title: '',
        description: '',
        phone: CONTOSO.contact.phone,
        email: CONTOSO.contact.email,
        contactMethod: 'email',
        alternateEmail: '',
      });
      expect(await isDisabled(page, '[data-testid="contact-me"]')).toBe(true);

      await page.type('input[name="title"]', 'Mail flow');
      await page.type('textarea[name="description"]', 'Outbound mail bounces with 550 5.7.1.');
      await setValue(page, 'input[name="email"]', 'support@fabrikampartners.example');
      await setValue(page, 'input[name="phone"]', '+34 910 000 000');
      const [, phoneRadio] = await page.$$('[data-testid="service-request-form"] input[type="radio"]');
      await phoneRadio!.click();
      expect(await readWouldSubmit(page)).toMatchObject({ title: 'Mail flow', email: 'support@fabrikampartners.example', phone: '+34 910 000 000', contactMethod: 'phone' });
      expect(await isDisabled(page, '[data-testid="contact-me"]')).toBe(false);

      await page.click('[data-testid="contact-me"]');
      await page.waitForSelector('[data-testid="request-number"]');
      const number = await text(page, '[data-testid="request-number"]');
      expect(number).toMatch(/^\d{16}$/);
      expect(await text(page, '[role="status"]')).toBe(`Service request ${number} created`);
      const submitted = JSON.parse(await text(page, '[data-testid="submitted"]')) as Record<string, unknown>;
      expect(submitted).toMatchObject({ requestId: number, tenantId: CONTOSO.id, contactMethod: 'phone', email: 'support@fabrikampartners.example' });

      await page.goto(adminUrl(CONTOSO.id, 'support/requests'), { waitUntil: 'domcontentloaded' });
      await page.waitForSelector('[data-testid="grid-request-id"]');
      expect(await page.$$eval('[data-testid="grid-request-id"]', (cells) => cells.map((c) => c.textContent))).toContain(number);
    });
  });

  it("the partner's own tenant goes straight to the form, with no partner card", async () => {
    await withPage('https://admin.microsoft.com/AdminPortal/Home#/homepage', async (page) => {
      await page.waitForSelector('[data-testid="org-name"]');
      expect(await text(page, '[data-testid="org-name"]')).toBe(PARTNER_TENANT.name);
      expect(await text(page, '[data-testid="home-org-name"]')).toBe(PARTNER_TENANT.name);
      await page.click('[data-testid="help-button"]');
      await page.click('[data-testid="contact-support"]');
      await page.waitForSelector('[data-testid="service-request-form"]');
      expect(await page.$('[data-testid="partner-card"]')).toBeNull();
    });
  });

  it('Spanish labels (?lang=es), and ?hideOrg=1 names no organisation', async () => {
    await withPage(adminUrl(NORTHWIND.id, 'support', '&lang=es&hideOrg=1'), async (page) => {
      await page.waitForSelector('[data-testid="contact-support"]');
      expect(await page.$('[data-testid="org-name"], [data-testid="home-org-name"]')).toBeNull();
      expect(await text(page, '#m365-helppane-title')).toBe('Ayuda y soporte técnico');
      expect(await text(page, '[data-testid="contact-support"]')).toBe('Ponerse en contacto con el soporte técnico');
      await page.click('[data-testid="contact-support"]');
      await page.waitForSelector('[data-testid="new-microsoft-request"]');
      expect(await text(page, '[data-testid="new-microsoft-request"]')).toBe('Nueva solicitud de servicio de Microsoft');
      await page.click('[data-testid="new-microsoft-request"]');
      await page.waitForSelector('[data-testid="service-request-form"]');
      const form = await page.$eval('[data-testid="service-request-form"]', (el) => (el as HTMLElement).innerText);
      for (const label of ['Número de teléfono de contacto', 'Método de contacto preferido', 'Correo electrónico', 'Teléfono', 'Ponerse en contacto conmigo']) {
        expect(form).toContain(label);
      }
      await page.type('input[name="title"]', 'Teams no carga');
      await page.type('textarea[name="description"]', 'Desde ayer.');
      await page.click('[data-testid="contact-me"]');
      await page.waitForSelector('[data-testid="request-number"]');
      const number = await text(page, '[data-testid="request-number"]');
      expect(await text(page, '[role="status"]')).toBe(`Se creó la solicitud de servicio ${number}`);
      expect(await text(page, '[data-testid="request-confirmation"]')).toContain('Id. de solicitud de servicio');
    });
  });
});

describe('Partner Center look-alike', () => {
  it('customer list: search, "Select row", Service management → new-tab links to the BeginClientSession hop and Azure', async () => {
    await withPage('https://partner.microsoft.com/en-us/dashboard/v2/customers/list', async (page) => {
      await page.waitForSelector('#customer-search-box input[placeholder="Search"]');
      expect(await text(page, '[data-testid="pc-partner-name"]')).toBe('Fabrikam Partners');
      // A mark on the window survives only client-side (History API) navigation.
      await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
      await page.type('#customer-search-box input', 'contoso');
      await page.waitForFunction(() => document.querySelectorAll('input[aria-label="Select row"]').length === 1);
      // The row counts as selected once the page's own state says so (aria-selected), not when the radio looks checked.
      for (let attempt = 0; attempt < 3 && !(await page.$('tr[aria-selected="true"]')); attempt++) {
        await page.click('input[aria-label="Select row"]');
        await holdsWithin(() => page.$('tr[aria-selected="true"]'), { timeout: 2000 });
      }
      await page.waitForSelector('tr[aria-selected="true"]', { timeout: 1000 });
      await clickCommand(page, 'Service management');
      await page.waitForSelector('#MicrosoftOffice');
      expect(page.url()).toBe(`https://partner.microsoft.com/en-us/dashboard/v2/customers/${CONTOSO.id}/servicemanagementpage`);
      expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);

      const links = await page.$$eval('#MicrosoftOffice, #MicrosoftAzure, [data-testid^="sr-link-"]', (as) =>
        as.map((a) => ({ id: a.id || a.getAttribute('data-testid'), href: a.getAttribute('href'), target: a.getAttribute('target'), rel: a.getAttribute('rel') })),
      );
      expect(links).toEqual([
        { id: 'MicrosoftOffice', href: `https://portal.office.com/Partner/BeginClientSession.aspx?CTID=${CONTOSO.id}&CSDEST=o365admincenter`, target: '_blank', rel: 'noopener' },
        { id: 'sr-link-m365', href: `https://portal.office.com/Partner/BeginClientSession.aspx?CTID=${CONTOSO.id}&CSDEST=Support`, target: '_blank', rel: 'noopener' },
        { id: 'MicrosoftAzure', href: `https://portal.azure.com/#@${CONTOSO.domain}`, target: '_blank', rel: 'noopener' },
        { id: 'sr-link-azure', href: `https://portal.azure.com/#@${CONTOSO.domain}/blade/Microsoft_Azure_Support/HelpAndSupportBlade/overview`, target: '_blank', rel: 'noopener' },
      ]);

      const opened = chromium.browser.waitForTarget((t) => t.opener() === page.target(), { timeout: 10_000 });
      await page.click('#MicrosoftOffice');
      const tab = (await (await opened).page())!;
      try {
        await tab.bringToFront();
        await tab.waitForFunction(() => location.pathname === '/AdminPortal/Home', { timeout: 10_000 });
        await tab.waitForSelector('[data-testid="org-name"]');
        expect(await text(tab, '[data-testid="org-name"]')).toBe(CONTOSO.name);
      } finally {
        await tab.close();
      }
    });
  });

  it('account page shows the Microsoft ID; the indirect-reseller customer says who must file Azure requests', async () => {
    await withPage(`https://partner.microsoft.com/dashboard/commerce2/customers/${ADATUM.id}/account`, async (page) => {
      await page.waitForSelector('[data-testid="pc-microsoft-id"]');
      expect(await text(page, '[data-testid="pc-microsoft-id"]')).toBe(ADATUM.id);
      expect(await text(page, '[data-testid="pc-primary-domain"]')).toBe(ADATUM.domain);
      expect(await text(page, '[data-testid="pc-relationship"]')).toBe('Indirect reseller');
      await page.click('a[role="menuitem"][href$="/servicemanagementpage"]');
      await page.waitForSelector('[data-testid="indirect-reseller-note"]');
      expect(await text(page, '[data-testid="indirect-reseller-note"]')).toContain('can only be created by the provider of the Azure subscription');
      await page.goBack();
      await page.waitForSelector('[data-testid="pc-microsoft-id"]');
    });
  });

  it('Spanish under /es-es/; Service requests → New request offers Azure and Microsoft 365 for the chosen customer', async () => {
    await withPage(`https://partner.microsoft.com/es-es/dashboard/v2/support/servicerequests?customer=${NORTHWIND.id}`, async (page) => {
      await page.waitForSelector('[data-testid="new-request"]');
      expect(await text(page, 'h1')).toBe('Solicitudes de servicio');
      expect(await page.$eval('.pc-leftnav', (el) => (el as HTMLElement).innerText)).toContain('Administración de servicios');
      await page.click('[data-testid="new-request"]');
      await page.waitForSelector('[data-testid="new-request-m365"]');
      const items = await page.$$eval('[data-testid^="new-request-"]', (as) => as.filter((a) => a.tagName === 'A').map((a) => [a.getAttribute('href'), a.getAttribute('target')]));
      expect(items).toEqual([
        [`https://portal.azure.com/#@${NORTHWIND.domain}/blade/Microsoft_Azure_Support/HelpAndSupportBlade/overview`, '_blank'],
        [`https://portal.office.com/Partner/BeginClientSession.aspx?CTID=${NORTHWIND.id}&CSDEST=Support`, '_blank'],
      ]);
    });
  });
});

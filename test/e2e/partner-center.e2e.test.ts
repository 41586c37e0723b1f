/**
 * The Partner Center hand-off: the customer picked in Partner Center follows the partner into the Azure
 * portal and the M365 admin center (new tab, same tab, the BeginClientSession hop), a portal in another
 * customer raises an alert naming both, and the customers Partner Center shows are learned into settings.
 * Everything is read as the partner sees it: the panel through the accessibility tree, the options page.
 */
import type { Page } from 'puppeteer-core';
import { afterEach, describe, expect, it } from 'vitest';
import { ADATUM, CONTOSO, NORTHWIND } from '../fixtures/src/shared/tenants.ts';
import { formFrame } from './harness/lookalike.ts';
import { waitUntil } from './harness/wait.ts';
import { textsWithRole, waitForRoleText } from './support/panel.ts';
import { useLookalikeSession } from './support/session.ts';
import { seedSettings } from './support/settings.ts';

const session = useLookalikeSession();

// Every test starts from a browser with no portal tab open, whatever the previous one left behind.
afterEach(async () => {
  const [, ...opened] = await session.eb.browser.pages();
  await Promise.all(opened.map((page) => page.close().catch(() => undefined)));
});

const serviceManagement = (tenantId: string, query = '') => `https://partner.microsoft.com/dashboard/v2/customers/${tenantId}/servicemanagementpage${query}`;

async function open(url: string): Promise<Page> {
  const page = await session.eb.newPage(url);
  await page.setViewport({ width: 1400, height: 1000 });
  return page;
}

/** Clicks a Partner Center admin link (it opens a new tab, like the real one) and returns the new tab. */
async function followToNewTab(page: Page, selector: string, host: string): Promise<Page> {
  const link = await page.waitForSelector(selector, { timeout: 10_000 });
  const before = new Set(session.eb.browser.targets());
  const opened = session.eb.browser.waitForTarget((target) => !before.has(target) && target.type() === 'page' && new URL(target.url()).hostname === host, { timeout: 10_000 });
  await link!.click();
  const tab = await (await opened).page();
  if (!tab) throw new Error(`no page for the new ${host} tab`);
  await tab.bringToFront();
  await tab.setViewport({ width: 1400, height: 1000 });
  return tab;
}

/** Help + support overview → "Create a support request", then the frame that shows the form. */
async function startAzureRequest(tab: Page) {
  const create = await tab.waitForSelector('::-p-aria([name="Create a support request"][role="button"])', { timeout: 15_000 });
  await create!.click();
  return formFrame(tab, 15_000);
}

describe('Partner Center → Azure portal', () => {
  it("customer A's Service management → Azure: the new tab's panel confirms Contoso Ltd from Partner Center, no alert", async () => {
    const partnerCenter = await open(serviceManagement(CONTOSO.id));
    const azure = await followToNewTab(partnerCenter, '[data-testid="sr-link-azure"]', 'portal.azure.com');
    const frame = await startAzureRequest(azure);
    expect(await waitForRoleText(frame, 'status', /Customer context: Contoso Ltd \(from Partner Center\)/)).toBeTruthy();
    expect(await textsWithRole(frame, 'alert')).toEqual([]);
  });

  it('the same link landing in customer B: an alert names Contoso Ltd and Northwind Traders and links back to Partner Center', async () => {
    // The portal reopens the directory it last used (cookie) because this link names no tenant.
    await session.eb.browser.setCookie({ name: 'lookalike-directory', value: NORTHWIND.domain, domain: 'portal.azure.com', path: '/', secure: true });
    try {
      const partnerCenter = await open(serviceManagement(CONTOSO.id, '?azurelink=notenant'));
      const azure = await followToNewTab(partnerCenter, '[data-testid="sr-link-azure"]', 'portal.azure.com');
      expect(azure.url()).not.toContain('#@');
      const frame = await startAzureRequest(azure);
      const alert = await waitForRoleText(frame, 'alert', /Wrong customer/);
      expect(alert).toContain('Contoso Ltd');
      expect(alert).toContain('Northwind Traders');
      expect(alert).toContain('Open Contoso Ltd in Partner Center');
      const back = await frame.$('::-p-aria([name="Open Contoso Ltd in Partner Center"][role="link"])');
      expect(await back!.evaluate((el) => el.getAttribute('href'))).toBe(serviceManagement(CONTOSO.id));
    } finally {
      await session.eb.browser.deleteMatchingCookies({ name: 'lookalike-directory', domain: 'portal.azure.com' });
    }
  });

  it('a same-tab link keeps the intent in its own tab', async () => {
    const page = await open(serviceManagement(CONTOSO.id, '?sametab=1'));
    const link = await page.waitForSelector('[data-testid="sr-link-azure"]');
    await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), link!.click()]);
    expect(new URL(page.url()).hostname).toBe('portal.azure.com');
    const frame = await startAzureRequest(page);
    expect(await waitForRoleText(frame, 'status', /Customer context: Contoso Ltd \(from Partner Center\)/)).toBeTruthy();
  });

  it('an indirect reseller (Adatum) is told that the indirect provider must file Azure requests', async () => {
    const partnerCenter = await open(serviceManagement(ADATUM.id));
    await partnerCenter.waitForSelector('[data-testid="indirect-reseller-note"]');
    const azure = await followToNewTab(partnerCenter, '[data-testid="sr-link-azure"]', 'portal.azure.com');
    const frame = await startAzureRequest(azure);
    await waitForRoleText(frame, 'status', /Customer context: Adatum Corporation/);
    const note = await waitForRoleText(frame, 'status', /indirect reseller/);
    expect(note).toMatch(/cannot open Azure support requests/);
    expect(note).toMatch(/indirect provider/);
    expect(await textsWithRole(frame, 'alert')).toEqual([]);
  });
});

describe('Partner Center → Microsoft 365 admin center', () => {
  it('BeginClientSession.aspx?CTID= with the CTID dropped and no organisation shown: the admin center tab still knows Contoso Ltd', async () => {
    // The admin center names no organisation: only what the hop carried can tell the tenant.
    await session.eb.browser.setCookie({ name: 'lookalike-hide-org', value: '1', domain: 'admin.microsoft.com', path: '/', secure: true });
    try {
      const partnerCenter = await open(serviceManagement(CONTOSO.id, '?dropctid=1'));
      const m365 = await followToNewTab(partnerCenter, '[data-testid="sr-link-m365"]', 'portal.office.com');
      await m365.waitForFunction(() => location.hostname === 'admin.microsoft.com' && location.pathname === '/AdminPortal/Home', { timeout: 15_000 });
      expect(m365.url()).not.toMatch(/ctid/i);
      expect(await m365.$('[data-testid="org-name"]')).toBeNull();
      const contact = await m365.waitForSelector('[data-testid="contact-support"]', { timeout: 10_000 });
      await contact!.click();
      const newRequest = await m365.waitForSelector('[data-testid="new-microsoft-request"]', { timeout: 10_000 });
      await newRequest!.click();
      await m365.waitForSelector('[data-testid="service-request-form"]');
      expect(await waitForRoleText(m365, 'status', /Customer context: Contoso Ltd \(from Partner Center\)/)).toBeTruthy();
      expect(await textsWithRole(m365, 'alert')).toEqual([]);
    } finally {
      await session.eb.browser.deleteMatchingCookies({ name: 'lookalike-hide-org', domain: 'admin.microsoft.com' });
      await session.eb.browser.deleteMatchingCookies({ name: 'lookalike-directory', domain: 'admin.microsoft.com' });
    }
  });
});

describe('Customer directory', () => {
  it('the GDAP grid, drawn by web components in open shadow roots after skeleton rows, is learned; its link-style buttons navigate by pushState', async () => {
    await seedSettings(session.eb); // Contoso only
    const grid = await open('https://partner.microsoft.com/dashboard/v2/customers/granularadminaccess');
    const button = await grid.waitForSelector(`pierce/#cell-displayName-${NORTHWIND.id} customersvcadmin_he-button`, { timeout: 10_000 });
    const options = await session.eb.extensionPage('options.html');
    const learned = await waitUntil(
      'Northwind and Adatum learned from the grid',
      async () => {
        await options.reload({ waitUntil: 'domcontentloaded' });
        await options.waitForSelector('#partner-companyName');
        const ids = await options.$$eval('[data-testid="customers-row"] input[id$="-tenantId"]', (inputs) => inputs.map((input) => (input as HTMLInputElement).value));
        return ids.includes(NORTHWIND.id) && ids.includes(ADATUM.id) ? ids : null;
      },
      { timeout: 15_000, interval: 300 },
    );
    expect(learned.filter((id) => id.startsWith('row-') || id === '')).toEqual([]);
    await options.close();
    await grid.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    await button!.click();
    await grid.waitForFunction((id) => location.pathname === `/dashboard/v2/customers/${id}/adminrelationships`, {}, NORTHWIND.id);
    expect(await grid.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  });

  it('customers seen in Partner Center appear in the options page as learned; the one entered by hand stays as it was', async () => {
    await seedSettings(session.eb); // what the grid test learned is forgotten: this list teaches it again
    const list = await open('https://partner.microsoft.com/dashboard/v2/customers/list');
    await list.waitForSelector(`tr[data-tenant-id="${ADATUM.id}"]`);
    const options = await session.eb.extensionPage('options.html');
    // The options page reads settings once: reload it until the learned customers have arrived.
    const rows = await waitUntil(
      'three customers on the options page',
      async () => {
        await options.reload({ waitUntil: 'domcontentloaded' });
        await options.waitForSelector('#partner-companyName');
        const found = await options.$$eval('[data-testid="customers-row"]', (items) =>
          items.map((item) => ({
            name: (item.querySelector('input[id$="-name"]') as HTMLInputElement | null)?.value ?? '',
            tenantId: (item.querySelector('input[id$="-tenantId"]') as HTMLInputElement | null)?.value ?? '',
            learned: /Learned from Partner Center/.test(item.textContent ?? ''),
          })),
        );
        return found.length >= 3 ? found : null;
      },
      { timeout: 15_000, interval: 300 },
    );
    expect(rows).toEqual(
      expect.arrayContaining([
        { name: CONTOSO.name, tenantId: CONTOSO.id, learned: false },
        { name: NORTHWIND.name, tenantId: NORTHWIND.id, learned: true },
        { name: ADATUM.name, tenantId: ADATUM.id, learned: true },
      ]),
    );
    expect(rows.filter((row) => row.tenantId === CONTOSO.id)).toHaveLength(1);
  });

  it('an options page opened before Partner Center taught new customers, saved after: the learned customers stay, and the page says it merged', async () => {
    await seedSettings(session.eb);
    const options = await session.eb.extensionPage('options.html');
    await options.waitForSelector('#partner-phone');
    const list = await open('https://partner.microsoft.com/dashboard/v2/customers/list');
    await list.waitForSelector(`tr[data-tenant-id="${ADATUM.id}"]`);
    const probe = await session.eb.extensionPage('options.html');
    await waitUntil('Adatum learned', async () => {
      const reply = await probe.evaluate(() =>
        (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ value?: { customers: { tenantId: string }[] } }> } } }).chrome.runtime.sendMessage({ name: 'getSettings' }),
      );
      return reply.value?.customers.some((customer) => customer.tenantId === ADATUM.id) ? true : null;
    });
    await probe.close();
    await options.bringToFront();
    const phone = await options.waitForSelector('#partner-phone');
    await phone!.click({ count: 3 });
    await options.keyboard.press('Backspace');
    await phone!.type('+34 600 111 222');
    await options.click('button[type="submit"]');
    await options.waitForFunction(() => /together with changes made elsewhere/.test(document.querySelector('[data-testid="save-status"]')?.textContent ?? ''));
    const ids = await options.$$eval('[data-testid="customers-row"] input[id$="-tenantId"]', (inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(ids).toEqual(expect.arrayContaining([CONTOSO.id, NORTHWIND.id, ADATUM.id]));
    expect(await options.$eval('#partner-phone', (el) => (el as HTMLInputElement).value)).toBe('+34 600 111 222');
    await options.close();
    await list.close();
  });
});

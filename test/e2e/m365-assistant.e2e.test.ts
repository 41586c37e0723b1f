import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { textsWithRole, waitForRoleText } from './support/panel.ts';
import { useLookalikeSession } from './support/session.ts';
import { PARTNER_SETTINGS_FILE, seedSettings } from './support/settings.ts';

/** The Microsoft 365 admin center's Help & support pane, and the request it files. */
const CONTOSO_ID = '22222222-2222-4222-8222-222222222222';
const PARTNER_ID = '11111111-1111-4111-8111-111111111111';

const session = useLookalikeSession();

async function openSupport(query: string): Promise<Page> {
  const page = await session.eb.newPage(`https://admin.microsoft.com/AdminPortal/Home?${query}#/support`);
  await page.setViewport({ width: 1400, height: 1000 });
  const contact = await page.waitForSelector('[data-testid="contact-support"]');
  await contact!.click();
  return page;
}

const payload = async (page: Page) => JSON.parse((await page.$eval('[data-testid="would-submit"]', (el) => el.textContent)) ?? '{}') as Record<string, string>;

describe('Microsoft 365 admin center: Help & support', () => {
  it('guides from the partner contact card to "New Microsoft service request", then fills the partner contact', async () => {
    const page = await openSupport(`ctid=${CONTOSO_ID}`);
    await page.waitForSelector('[data-testid="partner-card"]');
    expect(await waitForRoleText(page, 'status', /Customer context: Contoso Ltd/)).toBeTruthy();
    const hint = await page.waitForSelector('::-p-aria([name="CSP Support Assistant"][role="complementary"]) ::-p-text(New Microsoft service request)', { timeout: 10_000 }).catch(() => null);
    expect(hint, 'the panel points to New Microsoft service request').not.toBeNull();
    await (await page.waitForSelector('[data-testid="new-microsoft-request"]'))!.click();
    await page.waitForFunction(() => document.querySelector('[data-testid="would-submit"]')?.textContent?.includes('support@fabrikampartners.example'), { timeout: 10_000 });
    expect(await payload(page)).toMatchObject({ email: 'support@fabrikampartners.example', phone: '+34 910 000 000', contactMethod: 'email' });
    await page.close();
  });

  it('files the request: the popup lists it with the customer and a running clock', async () => {
    const page = await openSupport(`ctid=${CONTOSO_ID}`);
    await (await page.waitForSelector('[data-testid="new-microsoft-request"]'))!.click();
    await page.waitForFunction(() => document.querySelector('[data-testid="would-submit"]')?.textContent?.includes('support@fabrikampartners.example'), { timeout: 10_000 });
    await (await page.waitForSelector('input[name="title"]'))!.type('Mailbox migration stuck');
    await (await page.waitForSelector('textarea[name="description"]'))!.type('Since this morning the batch does not progress.');
    await (await page.waitForSelector('[data-testid="contact-me"]:not([disabled])'))!.click();
    const number = await page.waitForSelector('[data-testid="request-number"]');
    const requestNumber = (await number!.evaluate((el) => el.textContent ?? '')).replace(/\D/g, '');
    expect(requestNumber).toMatch(/^\d{16}$/);

    const popup = await session.eb.extensionPage('popup.html');
    await popup.waitForFunction((wanted) => document.body.textContent?.includes(wanted), { timeout: 15_000 }, requestNumber);
    const text = await popup.evaluate(() => document.body.textContent ?? '');
    expect(text).toContain('Contoso Ltd');
    expect(text).toContain('Mailbox migration stuck');
    await popup.close();
    await page.close();
  });

  it('a ?delegatedOrg= session: the org switcher names the customer, the tenant logo the partner → customer, filled, no alert', async () => {
    const page = await openSupport('delegatedOrg=contoso.onmicrosoft.com');
    await page.waitForSelector('#O365_MainLink_TenantLogo[title="Fabrikam Partners"]');
    expect(await waitForRoleText(page, 'status', /Customer context: Contoso Ltd/)).toBeTruthy();
    await (await page.waitForSelector('[data-testid="new-microsoft-request"]'))!.click();
    await page.waitForFunction(() => document.querySelector('[data-testid="would-submit"]')?.textContent?.includes('support@fabrikampartners.example'), { timeout: 10_000 });
    expect(await payload(page)).toMatchObject({ email: 'support@fabrikampartners.example', contactMethod: 'email' });
    expect(await textsWithRole(page, 'alert')).toEqual([]);
    // "Why?" lists the partner-branded logo as weak evidence, and the org switcher as the basis.
    const why = await page.waitForSelector('::-p-aria([name="CSP Support Assistant"][role="complementary"]) ::-p-text(Why?)');
    await why!.click();
    const evidence = await page.waitForSelector('::-p-aria([name="CSP Support Assistant"][role="complementary"]) ::-p-text(weak: it describes the signed-in person)');
    expect(await evidence!.evaluate((el) => el.textContent)).toMatch(/suite header's logo: .?Fabrikam Partners.? — one of your own tenants \(weak/);
    await page.close();
  });

  it('the partner card without "New Microsoft service request": the panel sends the partner to Partner Center for this customer', async () => {
    const page = await openSupport(`ctid=${CONTOSO_ID}&nomsrequest=1`);
    await page.waitForSelector('[data-testid="partner-card"]');
    expect(await page.$('[data-testid="new-microsoft-request"]')).toBeNull();
    const panel = '::-p-aria([name="CSP Support Assistant"][role="complementary"])';
    await page.waitForSelector(`${panel} ::-p-text(This pane offers no Microsoft service request)`, { timeout: 10_000 });
    const link = await page.waitForSelector(`${panel} ::-p-aria([name="Open this customer in Partner Center"][role="link"])`);
    expect(await link!.evaluate((el) => el.getAttribute('href'))).toBe(`https://partner.microsoft.com/dashboard/v2/customers/${CONTOSO_ID}/servicemanagementpage`);
    expect(await textsWithRole(page, 'alert')).toEqual([]);
    await page.close();
  });

  it('no own tenant configured: the panel asks, "This is my own tenant" adds it, and the verdict turns into the own-tenant alert', async () => {
    await seedSettings(session.eb, { ...PARTNER_SETTINGS_FILE, ownTenants: [] });
    try {
      const page = await openSupport(`ctid=${PARTNER_ID}`);
      const panel = '::-p-aria([name="CSP Support Assistant"][role="complementary"])';
      await page.waitForSelector(`${panel} ::-p-text(You have not listed your own tenants yet)`, { timeout: 10_000 });
      expect(await textsWithRole(page, 'alert')).toEqual([]);
      await (await page.waitForSelector(`${panel} ::-p-aria([name="This is my own tenant"][role="button"])`))!.click();
      expect(await waitForRoleText(page, 'alert', /own tenant/)).toMatch(/Fabrikam Partners/);
      const options = await session.eb.extensionPage('options.html');
      await options.waitForSelector('#partner-companyName');
      expect(await options.$$eval('[data-testid="ownTenants-row"] input[id$="-tenantId"]', (inputs) => inputs.map((input) => (input as HTMLInputElement).value))).toEqual([PARTNER_ID]);
      await options.close();
      await page.close();
    } finally {
      await seedSettings(session.eb);
    }
  });

  it("the help pane's icon-only headset: the own-tenant alert shows before the form, on an English and a Spanish page", async () => {
    for (const lang of ['en', 'es']) {
      const page = await session.eb.newPage(`https://admin.microsoft.com/AdminPortal/Home?headset=icon&lang=${lang}&ctid=${PARTNER_ID}#/support`);
      const headset = await page.waitForSelector('[data-testid="contact-support"]');
      expect(await headset!.evaluate((el) => [el.textContent?.trim(), el.getAttribute('aria-label'), el.querySelector('[data-icon-name]')?.getAttribute('data-icon-name')])).toEqual([
        '',
        null,
        'Headset',
      ]);
      expect(await waitForRoleText(page, 'alert', /own tenant/)).toMatch(/Fabrikam Partners/);
      expect(await page.waitForSelector('::-p-aria([name="CSP Support Assistant"][role="complementary"]) ::-p-text(the headset icon)')).not.toBeNull();
      await page.close();
    }
  });

  it('the icon-only headset in a customer context: a status, no alert, and the way on to the partner card', async () => {
    const page = await session.eb.newPage(`https://admin.microsoft.com/AdminPortal/Home?headset=icon&ctid=${CONTOSO_ID}#/support`);
    expect(await waitForRoleText(page, 'status', /Customer context: Contoso Ltd/)).toBeTruthy();
    expect(await textsWithRole(page, 'alert')).toEqual([]);
    await (await page.waitForSelector('[data-testid="contact-support"]'))!.click();
    await page.waitForSelector('[data-testid="partner-card"]');
    await page.waitForSelector('::-p-aria([name="CSP Support Assistant"][role="complementary"]) ::-p-text(New Microsoft service request)');
    await page.close();
  });

  it('the multi-tenant "All tenants" view names no single tenant: unknown, not own, not a customer', async () => {
    const page = await openSupport('view=alltenants');
    await page.waitForSelector('[data-testid="org-name"] ::-p-text(All tenants)');
    const notice = await waitForRoleText(page, 'status', /Tenant context not confirmed/);
    expect(notice).not.toMatch(/Customer context/);
    expect(await textsWithRole(page, 'alert')).toEqual([]);
    await page.close();
  });

  it('unknown context: a status notice, no alert, and the partner can confirm', async () => {
    const page = await openSupport('hideOrg=1');
    await (await page.waitForSelector('[data-testid="new-microsoft-request"], input[name="title"]'))!.evaluate((el) => (el as HTMLElement).click?.());
    const notice = await waitForRoleText(page, 'status', /Tenant context not confirmed/);
    expect(notice).toMatch(/cannot tell whether this is a customer/);
    expect(await textsWithRole(page, 'alert')).toEqual([]);
    await page.close();
  });

  it('ten tabs file at once: ten requests logged, each once, none lost', async () => {
    const pages: Page[] = [];
    for (let n = 0; n < 10; n++) {
      const page = await openSupport(`ctid=${CONTOSO_ID}`);
      await (await page.waitForSelector('[data-testid="new-microsoft-request"]'))!.click();
      await page.waitForFunction(() => document.querySelector('[data-testid="would-submit"]')?.textContent?.includes('support@fabrikampartners.example'), { timeout: 10_000 });
      await (await page.waitForSelector('input[name="title"]'))!.type(`Ten tabs ${n}`);
      await (await page.waitForSelector('textarea[name="description"]'))!.type('Filed together with nine others.');
      pages.push(page);
    }
    // The ten presses come back to back (each tab brought to front for a trusted click); the background sees them overlap.
    for (const page of pages) {
      await page.bringToFront();
      await (await page.waitForSelector('[data-testid="contact-me"]:not([disabled])'))!.click();
    }
    const numbers: string[] = [];
    for (const page of pages) {
      const shown = await page.waitForSelector('[data-testid="request-number"]');
      numbers.push((await shown!.evaluate((el) => el.textContent ?? '')).replace(/\D/g, ''));
    }
    expect(new Set(numbers).size).toBe(10);
    const tracker = await session.eb.extensionPage('tracker.html');
    const rows = await tracker.waitForFunction(
      () => {
        const titles = [...document.querySelectorAll('[data-testid=ticket-row]')].map((row) => /Ten tabs \d/.exec(row.textContent ?? '')?.[0]).filter(Boolean);
        return titles.length >= 10 ? titles : null;
      },
      { timeout: 20_000 },
    );
    const titles = (await rows.jsonValue()) as string[];
    expect(titles.sort()).toEqual(Array.from({ length: 10 }, (_, n) => `Ten tabs ${n}`));
    const text = await tracker.evaluate(() => document.body.textContent ?? '');
    for (const number of numbers) expect(text.split(number).length - 1).toBe(1);
    await tracker.close();
    await Promise.all(pages.map((page) => page.close()));
  });
});

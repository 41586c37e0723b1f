import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { CHROMIUM_EXTENSION_ID } from '../../lib/extension-id.ts';
import { walkToAdditionalDetails } from './harness/azure-driver.ts';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser.ts';
import { formFrame, waitForPayload, wouldSubmit } from './harness/lookalike.ts';
import { removeExtensionPolicy, writeExtensionPolicy } from './harness/policy.ts';
import { startLookalikeServer, type LookalikeServer } from './harness/server.ts';
import { axeViolations } from './support/axe.ts';
import { NEW_REQUEST } from './support/azure-page.ts';
import { waitForRoleText } from './support/panel.ts';

/**
 * A team deployment through a real Chromium policy file (harness/policy.ts). The policy sets the
 * company profile, the partner's own tenant, a customer, a switch and the SLA lead time; the engineer
 * adds only a name and an email. The file is removed after the suite.
 */
const OWN = { name: 'Fabrikam Partners', tenantId: '11111111-1111-4111-8111-111111111111', domains: ['fabrikampartners.onmicrosoft.com'] };
const POLICY = {
  partner: { companyName: 'Fabrikam Partners', phone: '+34 910 000 000', country: 'ES', timeZone: 'Europe/Madrid', supportLanguage: 'en-US' },
  ownTenants: [OWN],
  customers: [{ name: 'Contoso Ltd', tenantId: '22222222-2222-4222-8222-222222222222', domains: ['contoso.onmicrosoft.com'] }],
  switches: { prefillSupportPlan: true },
  sla: { leadTimeMinutes: 30 },
};

let server: LookalikeServer;
let eb: ExtensionBrowser;

beforeAll(async () => {
  await writeExtensionPolicy(POLICY);
  server = await startLookalikeServer();
  eb = await launchWithExtension({ port: server.port, lang: 'en' });
});

afterAll(async () => {
  await eb?.close();
  await server?.close();
  await removeExtensionPolicy();
});

/** The options page once it shows the policy (Chrome reads the policy file some time after start-up). */
async function optionsPage(): Promise<Page> {
  const page = await eb.extensionPage('options.html');
  await page.waitForSelector('[data-testid="policy-notice"]');
  await page.waitForFunction(() => (document.querySelector('#partner-companyName') as HTMLInputElement | null)?.readOnly === true);
  return page;
}

const field = (page: Page, selector: string) =>
  page.$eval(selector, (el) => {
    const input = el as HTMLInputElement;
    const described = (input.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '');
    return { value: input.type === 'checkbox' ? String(input.checked) : input.value, readOnly: input.readOnly, disabled: input.disabled, described: described.join(' | ') };
  });

async function typeInto(page: Page, selector: string, text: string) {
  const input = await page.waitForSelector(selector);
  await input!.type(text);
  await page.waitForFunction((sel, want) => (document.querySelector(sel) as HTMLInputElement).value === want, {}, selector, text);
}

describe('managed policy (Chromium policy file)', () => {
  it('the extension has the id the policy templates name', () => {
    expect(eb.extensionId).toBe(CHROMIUM_EXTENSION_ID);
  });

  it('the options page shows the managed values locked and leaves the rest to the engineer', async () => {
    const page = await optionsPage();
    expect(await page.$eval('[data-testid="policy-notice"]', (el) => el.textContent)).toMatch(/Your organization manages some of these settings/);
    expect(await field(page, '#partner-companyName')).toMatchObject({ value: 'Fabrikam Partners', readOnly: true, described: expect.stringContaining('Set by your organization') });
    expect(await field(page, '#partner-country')).toMatchObject({ value: 'Spain', readOnly: true });
    expect(await field(page, '#partner-supportLanguage')).toMatchObject({ value: 'en-US', disabled: true, described: expect.stringContaining('Set by your organization') });
    expect(await field(page, '#partner-firstName')).toMatchObject({ value: '', readOnly: false, described: '' });
    expect(await field(page, '#switch-prefillSupportPlan')).toMatchObject({ value: 'true', disabled: true, described: 'Set by your organization' });
    expect(await field(page, '#switch-prefillContact')).toMatchObject({ disabled: false });
    expect(await field(page, '#sla-leadTimeMinutes')).toMatchObject({ value: '30', readOnly: true });
    // The managed own tenant is read only and has no Remove button.
    const own = await page.$$eval('[data-testid="ownTenants-row"]', (rows) =>
      rows.map((row) => ({ managed: row.hasAttribute('data-managed'), text: row.textContent ?? '', buttons: row.querySelectorAll('button').length })),
    );
    expect(own).toEqual([{ managed: true, text: expect.stringContaining('Set by your organization'), buttons: 0 }]);
    expect(await field(page, '#ownTenants\\.0-tenantId')).toMatchObject({ value: OWN.tenantId, readOnly: true });
    // Locked fields, their notes and the policy notice pass axe-core too.
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('the engineer completes the profile and adds a tenant; the managed values stay, the additions are kept', async () => {
    const page = await optionsPage();
    await typeInto(page, '#partner-firstName', 'Lucía');
    await typeInto(page, '#partner-lastName', 'García');
    await typeInto(page, '#partner-email', 'lucia@fabrikampartners.example');
    await page.click('button ::-p-text(Add own tenant)');
    await page.waitForSelector('#ownTenants\\.1-name');
    await typeInto(page, '#ownTenants\\.1-name', 'Fabrikam lab');
    await typeInto(page, '#ownTenants\\.1-tenantId', '33333333-3333-4333-8333-333333333333');
    await page.click('button[type=submit]');
    await page.waitForFunction(() => document.querySelector('[data-testid="save-status"]')?.textContent === 'Settings saved.');
    await page.close();

    const again = await optionsPage();
    expect(await field(again, '#partner-firstName')).toMatchObject({ value: 'Lucía', readOnly: false });
    expect(await field(again, '#partner-companyName')).toMatchObject({ value: 'Fabrikam Partners', readOnly: true });
    const rows = await again.$$eval('[data-testid="ownTenants-row"]', (list) => list.map((row) => row.hasAttribute('data-managed')));
    expect(rows).toEqual([true, false]);
    expect(await field(again, '#ownTenants\\.1-name')).toMatchObject({ value: 'Fabrikam lab', readOnly: false });
    await again.close();
  });

  it('on the portal: the managed own tenant raises the own-tenant alert; a managed customer gets the policy’s company and the engineer’s name', async () => {
    const own = await eb.newPage(`https://portal.azure.com/?ui=fluent&frame=reactblade#@fabrikampartners.onmicrosoft.com/${NEW_REQUEST}`);
    expect(await waitForRoleText(await formFrame(own), 'alert', /own tenant/)).toMatch(/Fabrikam Partners/);
    await own.close();

    const customer = await eb.newPage(`https://portal.azure.com/?ui=fluent&frame=reactblade#@contoso.onmicrosoft.com/${NEW_REQUEST}`);
    const frame = await formFrame(customer);
    expect(await waitForRoleText(frame, 'status', /Customer context: Contoso Ltd/)).toBeTruthy();
    await walkToAdditionalDetails(frame);
    await waitForPayload(frame, ['"supportPlan": "csp"', '"email": "lucia@fabrikampartners.example"']);
    expect(await wouldSubmit(frame)).toMatchObject({ supportPlan: 'csp', firstName: 'Lucía', lastName: 'García', phone: '+34 910 000 000' });
    await customer.close();
  });
});

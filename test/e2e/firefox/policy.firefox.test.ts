import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from '../harness/firefox.ts';
import { removeFirefoxPolicy, writeFirefoxPolicy } from '../harness/policy.ts';
import { startLookalikeServer, type LookalikeServer } from '../harness/server.ts';

/** Firefox's managed storage: policies.json → 3rdparty → Extensions → the add-on's id. */
const POLICY = {
  partner: { companyName: 'Fabrikam Partners', country: 'ES' },
  ownTenants: [{ name: 'Fabrikam Partners', tenantId: '11111111-1111-4111-8111-111111111111', domains: ['fabrikampartners.onmicrosoft.com'] }],
  switches: { prefillContact: true },
};

let server: LookalikeServer;
let ff: FirefoxWithExtension;

beforeAll(async () => {
  await writeFirefoxPolicy(POLICY);
  server = await startLookalikeServer();
  ff = await launchFirefoxWithExtension({ port: server.port, lang: 'en' });
});

afterAll(async () => {
  await ff?.close();
  await server?.close();
  await removeFirefoxPolicy();
});

describe('Firefox: a managed policy from policies.json', () => {
  it('the options page shows the policy’s values locked and the managed own tenant without a Remove button', async () => {
    const page = await ff.extensionPage('options.html');
    await page.waitForFunction(() => (document.querySelector('#partner-companyName') as HTMLInputElement | null)?.readOnly === true, { timeout: 20_000 });
    expect(await page.$eval('#partner-companyName', (el) => (el as HTMLInputElement).value)).toBe('Fabrikam Partners');
    expect(await page.$eval('#partner-country', (el) => (el as HTMLInputElement).value)).toBe('Spain');
    expect(await page.$eval('#switch-prefillContact', (el) => (el as HTMLInputElement).disabled)).toBe(true);
    expect(await page.$eval('#partner-firstName', (el) => (el as HTMLInputElement).readOnly)).toBe(false);
    const own = await page.$$eval('[data-testid="ownTenants-row"]', (rows) => rows.map((row) => ({ managed: row.hasAttribute('data-managed'), buttons: row.querySelectorAll('button').length })));
    expect(own).toEqual([{ managed: true, buttons: 0 }]);
    await page.close();
  });
});

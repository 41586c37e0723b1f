import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from '../harness/browser.ts';

/** The partner every suite plays: Fabrikam Partners, with Contoso as a known customer. */
export const PARTNER_SETTINGS_FILE = {
  format: 'csp-support-assistant/settings',
  version: 1,
  partner: {
    companyName: 'Fabrikam Partners',
    firstName: 'Lucía',
    lastName: 'García',
    email: 'support@fabrikampartners.example',
    additionalEmails: ['noc@fabrikampartners.example'],
    phone: '+34 910 000 000',
    country: 'ES',
    timeZone: 'Europe/Madrid',
    preferredContactMethod: 'email',
    supportLanguage: 'en-US',
  },
  ownTenants: [{ name: 'Fabrikam Partners', tenantId: '11111111-1111-4111-8111-111111111111', domains: ['fabrikampartners.onmicrosoft.com'] }],
  customers: [{ name: 'Contoso Ltd', tenantId: '22222222-2222-4222-8222-222222222222', domains: ['contoso.onmicrosoft.com'] }],
};

/** Stores settings the way the options page does (importSettings from an extension page). */
export async function seedSettings(eb: ExtensionBrowser, file: object = PARTNER_SETTINGS_FILE): Promise<void> {
  const page: Page = await eb.extensionPage('options.html');
  const reply = await page.evaluate(async (text) => {
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value?: { ok: boolean } }> } } }).chrome.runtime;
    return runtime.sendMessage({ name: 'importSettings', data: { text } });
  }, JSON.stringify(file));
  await page.close();
  if (!reply.ok || !reply.value?.ok) throw new Error(`settings were not stored: ${JSON.stringify(reply)}`);
}

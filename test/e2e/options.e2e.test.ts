import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser.ts';
import { startLookalikeServer, type LookalikeServer } from './harness/server.ts';
import { axeViolations } from './support/axe.ts';
import { sendOk } from './support/messages.ts';
import { PARTNER_SETTINGS_FILE } from './support/settings.ts';

/** The options page as a partner uses it: typing, saving, reloading, importing files. */
let server: LookalikeServer;
let eb: ExtensionBrowser;
let files: string;

beforeAll(async () => {
  server = await startLookalikeServer();
  eb = await launchWithExtension({ port: server.port, lang: 'en' });
  files = await mkdtemp(join(tmpdir(), 'csp-settings-files-'));
});

afterAll(async () => {
  await eb?.close();
  await server?.close();
});

async function optionsPage(): Promise<Page> {
  const page = await eb.extensionPage('options.html');
  await page.waitForSelector('#partner-companyName');
  return page;
}

async function typeInto(page: Page, selector: string, text: string) {
  const field = await page.waitForSelector(selector);
  await field!.click({ count: 3 });
  await page.keyboard.press('Backspace');
  await field!.type(text);
}

const value = (page: Page, selector: string) => page.$eval(selector, (el) => (el as HTMLInputElement).value);

async function importFile(page: Page, name: string, content: string): Promise<string> {
  const path = join(files, name);
  await writeFile(path, content);
  const input = (await page.waitForSelector('#import-file')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(path);
  await page.waitForFunction((file) => document.querySelector('[data-testid="import-report"]')?.textContent?.includes(file), {}, name);
  return page.$eval('[data-testid="import-report"]', (el) => (el.textContent ?? '').replace(/\s+/g, ' '));
}

describe('options page', () => {
  it('first run: the guide asks for the profile, then the own tenants, then says what happens next; what it saved survives a reload', async () => {
    const page = await optionsPage();
    expect(await page.$eval('[data-testid=onboarding]', (el) => (el as HTMLElement).dataset.step)).toBe('profile');
    // The step's heading has the focus, so a screen reader says where the partner is.
    await page.waitForFunction(() => document.activeElement?.id === 'onboarding-title');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Your partner profile');
    expect(await axeViolations(page)).toEqual([]);
    // An empty profile does not pass the first step.
    await page.click('button ::-p-text(Save and continue)');
    await page.waitForSelector('#partner-companyName-error');
    expect(await page.$eval('[data-testid=onboarding]', (el) => (el as HTMLElement).dataset.step)).toBe('profile');

    await typeInto(page, '#partner-companyName', 'Fabrikam Partners');
    await typeInto(page, '#partner-firstName', 'Lucía');
    await typeInto(page, '#partner-lastName', 'García');
    await typeInto(page, '#partner-email', 'support@fabrikampartners.example');
    // Country by name, time zone by city (then Tab, as a keyboard user leaves the field), language from the list.
    await typeInto(page, '#partner-country', 'Spain');
    await typeInto(page, '#partner-timeZone', 'Madrid');
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => (document.querySelector('#partner-timeZone') as HTMLInputElement).value.endsWith('Madrid — Europe/Madrid'));
    await page.select('#partner-supportLanguage', 'es-ES');
    expect(await page.$eval('#partner-supportLanguage', (el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe('Spanish (Spain)');
    await page.click('button ::-p-text(Save and continue)');

    await page.waitForSelector('[data-testid=onboarding][data-step=tenants]');
    await page.waitForFunction(() => document.activeElement?.id === 'onboarding-title' && document.activeElement.textContent === 'Your own tenants');
    await page.click('button ::-p-text(Add own tenant)');
    await typeInto(page, '[id="ownTenants.0-name"]', 'Fabrikam Partners');
    await typeInto(page, '[id="ownTenants.0-tenantId"]', '11111111-1111-4111-8111-111111111111');
    await typeInto(page, '[id="ownTenants.0-domains"]', 'fabrikampartners.onmicrosoft.com');
    await page.click('button ::-p-text(Save and finish)');
    await page.waitForSelector('[data-testid=onboarding][data-step=done]');
    expect(await page.$eval('[data-testid=onboarding]', (el) => el.textContent)).toContain('Create or view service request');
    expect(await axeViolations(page)).toEqual([]);
    await page.click('button ::-p-text(Show all settings)');
    await page.waitForSelector('button[type="submit"]');

    await page.reload();
    await page.waitForSelector('#partner-companyName');
    // Saved settings: the whole page now, no guide.
    expect(await page.$('[data-testid=onboarding]')).toBeNull();
    expect(await value(page, '#partner-firstName')).toBe('Lucía');
    expect(await value(page, '#partner-country')).toBe('Spain');
    expect(await value(page, '#partner-supportLanguage')).toBe('es-ES');
    expect(await value(page, '[id="ownTenants.0-tenantId"]')).toBe('11111111-1111-4111-8111-111111111111');
    // What is stored are the codes the support form is filled from.
    expect((await sendOk<{ partner: object }>(page, 'getSettings')).partner).toMatchObject({ country: 'ES', timeZone: 'Europe/Madrid', supportLanguage: 'es-ES' });
    await page.close();
  });

  it('shows inline messages from the schema and keeps the stored settings on a bad save', async () => {
    const page = await optionsPage();
    await typeInto(page, '#partner-email', 'not-an-email');
    await page.click('button[type="submit"]');
    await page.waitForFunction(() => /Not saved/.test(document.querySelector('[data-testid="save-status"]')?.textContent ?? ''));
    expect(await page.$eval('#partner-email', (el) => el.getAttribute('aria-invalid'))).toBe('true');
    expect(await page.$eval('#partner-email-error', (el) => el.textContent)).toBe('Enter a valid email address.');
    await page.reload();
    await page.waitForSelector('#partner-companyName');
    expect(await value(page, '#partner-email')).toBe('support@fabrikampartners.example');
    await page.close();
  });

  it('imports a valid settings file', async () => {
    const page = await optionsPage();
    const report = await importFile(page, 'good.json', JSON.stringify(PARTNER_SETTINGS_FILE));
    expect(report).toContain('Imported good.json');
    expect(await value(page, '[id="customers.0-name"]')).toBe('Contoso Ltd');
    expect(await value(page, '#partner-supportLanguage')).toBe('en-US');
    await page.close();
  });

  it.each([
    ['not-json.json', '{"format": "csp-support-assistant/settings", ', ['The file is not valid JSON.']],
    ['other-format.json', JSON.stringify({ ...PARTNER_SETTINGS_FILE, format: 'someone-else/settings' }), ['format: This is not a CSP Support Assistant settings file.']],
    [
      'bad-fields.json',
      JSON.stringify({
        ...PARTNER_SETTINGS_FILE,
        partner: { ...PARTNER_SETTINGS_FILE.partner, email: 'nope', country: 'Spain' },
        customers: [{ name: 'Contoso Ltd', tenantId: 'contoso', domains: ['contoso.onmicrosoft.com'] }],
      }),
      ['partner.email: Enter a valid email address.', 'partner.country: Enter a two-letter country code such as ES.', 'customers.0.tenantId: Enter a tenant ID'],
    ],
  ])('rejects %s with messages and changes nothing', async (name, content, messages) => {
    const page = await optionsPage();
    const before = await value(page, '#partner-email');
    const report = await importFile(page, name, content);
    expect(report).toContain(`${name} was not imported`);
    for (const message of messages) expect(report).toContain(message);
    await page.reload();
    await page.waitForSelector('#partner-companyName');
    expect(await value(page, '#partner-email')).toBe(before);
    expect(await value(page, '[id="customers.0-name"]')).toBe('Contoso Ltd');
    await page.close();
  });
});

describe('stored settings that do not validate', () => {
  it('one bad field sets nothing else aside: the readable rest is shown, the original kept once, the popup points to it, discard forgets it', async () => {
    const bad = {
      ...PARTNER_SETTINGS_FILE,
      format: undefined,
      partner: { ...PARTNER_SETTINGS_FILE.partner, phone: '------' },
      ownTenants: [...PARTNER_SETTINGS_FILE.ownTenants, { name: '', tenantId: 'not-a-guid' }],
    };
    const worker = await eb.worker();
    await worker.evaluate(async (value) => {
      await (globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void>; set(items: object): Promise<void> } } } }).chrome.storage.local.clear();
      await (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome.storage.local.set({ settings: value });
    }, bad);
    const page = await optionsPage();
    const notice = await page.waitForSelector('[data-testid="set-aside"]');
    const text = (await notice!.evaluate((el) => el.textContent ?? '')).replace(/\s+/g, ' ');
    expect(text).toContain('Some stored settings could not be read');
    expect(text).toMatch(/partner\.phone/);
    expect(text).toMatch(/ownTenants\.1\.tenantId/);
    // The readable rest is in use: the profile (without the bad phone) and the valid own tenant.
    expect(await value(page, '#partner-email')).toBe('support@fabrikampartners.example');
    expect(await value(page, '#partner-phone')).toBe('');
    expect(await page.$$eval('[data-testid="ownTenants-row"]', (rows) => rows.length)).toBe(1);
    const keys = await worker.evaluate(async () =>
      Object.keys(await (globalThis as unknown as { chrome: { storage: { local: { get(): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get()),
    );
    expect(keys.filter((key) => key.startsWith('settings')).sort()).toEqual(['settings', 'settingsSetAside']);

    const popup = await eb.extensionPage('popup.html');
    await popup.waitForSelector('[data-testid="settings-set-aside"]');
    await popup.close();

    await page.bringToFront();
    await (await page.waitForSelector('[data-testid="set-aside"] button ::-p-text(Discard it)'))!.click();
    await page.waitForFunction(() => !document.querySelector('[data-testid="set-aside"]'));
    await page.reload();
    await page.waitForSelector('#partner-companyName');
    expect(await page.$('[data-testid="set-aside"]')).toBeNull();
    await page.close();
  });
});

describe('a storage quota error while saving', () => {
  it('storage.local full: the save bar says the browser refused, and the stored settings stay as they were', async () => {
    const page = await optionsPage();
    const worker = await eb.worker();
    type Local = { getBytesInUse(keys: null): Promise<number>; set(items: object): Promise<void>; remove(key: string): Promise<void>; get(key: string): Promise<Record<string, unknown>> };
    const before = await worker.evaluate(async () => (await (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome.storage.local.get('settings')).settings);
    // Fill storage.local (10 MB quota) to a few bytes short of full: the next, longer save cannot fit.
    await worker.evaluate(async () => {
      const local = (globalThis as unknown as { chrome: { storage: { local: Local & { QUOTA_BYTES: number } } } }).chrome.storage.local;
      const room = local.QUOTA_BYTES - (await local.getBytesInUse(null)) - 'quotaFiller'.length - 2 - 8;
      await local.set({ quotaFiller: 'x'.repeat(room) });
    });
    try {
      await typeInto(page, '#partner-companyName', `Fabrikam Partners ${'and a much longer legal name '.repeat(8)}`.slice(0, 120));
      await page.click('button[type="submit"]');
      await page.waitForFunction(() => /the browser refused to store the settings/.test(document.querySelector('[data-testid="save-status"]')?.textContent ?? ''));
      const after = await worker.evaluate(async () => (await (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome.storage.local.get('settings')).settings);
      expect(after).toEqual(before);
    } finally {
      await worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome.storage.local.remove('quotaFiller'));
      await page.close();
    }
  });
});

describe('the debug log', () => {
  it('is off until switched on; then an error another page recovers from shows in it; switched off, it forgets it', async () => {
    const page = await optionsPage();
    await sendOk(page, 'importSettings', { text: JSON.stringify(PARTNER_SETTINGS_FILE) });
    await page.reload();
    const box = await page.waitForSelector('#debug-log');
    expect(await box!.evaluate((el) => (el as HTMLInputElement).checked)).toBe(false);
    expect(await page.$('[data-testid=debug-log-count]')).toBeNull();
    await box!.click();
    await page.waitForFunction(() => document.querySelector('[data-testid=debug-log-count]')?.textContent === 'Entries in the debug log: 0 (newest first).');
    expect(await box!.evaluate((el) => (el as HTMLInputElement).checked)).toBe(true);

    // The tracker opened from a notification link whose ticket id is malformed: the list still opens,
    // and the refused lookup is kept in the log with where it happened and which kind of page sent it.
    const tracker = await eb.extensionPage('tracker.html#ticket=not-a-ticket-id');
    await tracker.waitForSelector('[data-testid=open-count]');
    await tracker.close();
    await page.bringToFront();
    await page.click('button ::-p-text(Refresh)');
    await page.waitForFunction(() => document.querySelector('[data-testid=debug-log]')?.textContent?.includes('reading the linked ticket'));
    const line = await page.$eval('[data-testid=debug-log] li', (el) => el.textContent ?? '');
    expect(line).toContain('extensionPage');
    expect(line).toContain('reading the linked ticket: Error: Invalid getTicket: id');
    expect(await axeViolations(page)).toEqual([]);

    // Switched off, it forgets what it held and keeps nothing more.
    await box!.click();
    await page.waitForFunction(() => document.querySelector('[data-testid=debug-log-count]') === null);
    expect(await sendOk(page, 'getDebugLog')).toEqual({ enabled: false, entries: [] });
    await page.close();
  });
});

describe('sovereign clouds', () => {
  it('are not requested up front; the options page offers to allow them', async () => {
    const page = await optionsPage();
    expect(await page.$eval('[data-testid="sovereign-status"]', (el) => el.textContent)).toBe('Not allowed on the sovereign-cloud portals.');
    expect(await page.$('button ::-p-text(Allow on sovereign clouds)')).not.toBeNull();
    const granted = await page.evaluate(() =>
      (globalThis as unknown as { chrome: { permissions: { contains(p: unknown): Promise<boolean> } } }).chrome.permissions.contains({ origins: ['https://portal.azure.us/*'] }),
    );
    expect(granted).toBe(false);
    // Granted at install: the four API permissions and the portal hosts the content script runs on, nothing else.
    const all = await page.evaluate(() => (globalThis as unknown as { chrome: { permissions: { getAll(): Promise<{ permissions: string[]; origins: string[] }> } } }).chrome.permissions.getAll());
    expect(all.permissions.sort()).toEqual(['alarms', 'notifications', 'scripting', 'storage']);
    expect(all.origins.some((origin) => origin.includes('azure.us') || origin.includes('microsoftazure.de'))).toBe(false);
    expect(all.origins).toEqual(expect.arrayContaining(['https://portal.azure.com/*', 'https://*.reactblade.portal.azure.net/*', 'https://admin.microsoft.com/*']));
    await page.close();
  });
});

describe('options page in Spanish (--lang=es)', () => {
  it('renders the Spanish UI: the first-run guide, then the whole page', async () => {
    const spanish = await launchWithExtension({ port: server.port, lang: 'es' });
    try {
      const page = await spanish.extensionPage('options.html');
      await page.waitForSelector('#partner-companyName');
      expect(await page.$eval('h1', (el) => el.textContent)).toBe('Configuración del Asistente de soporte CSP');
      expect(await page.$eval('#onboarding-title', (el) => el.textContent)).toBe('Su perfil de partner');
      expect(await page.$eval('[aria-current=step]', (el) => el.textContent)).toBe('Paso 1 de 3: Su perfil de partner');
      expect(await page.$eval('label[for="partner-email"]', (el) => el.textContent)).toContain('Correo electrónico');
      expect(await page.$eval('#partner-country', (el) => (el as HTMLInputElement).list?.options.length ?? 0)).toBeGreaterThan(240);
      expect(await page.$eval('#partner-country-choices option[value="España"]', (el) => el !== null)).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      await page.click('button ::-p-text(Ver toda la configuración)');
      await page.waitForSelector('button[type="submit"]');
      expect(await page.$eval('button[type="submit"]', (el) => el.textContent)).toBe('Guardar configuración');
      expect(await page.evaluate(() => document.documentElement.lang)).toMatch(/^es/);
    } finally {
      await spanish.close();
    }
  });
});

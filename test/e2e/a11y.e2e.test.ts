import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser.ts';
import { startLookalikeServer, type LookalikeServer } from './harness/server.ts';
import { axeViolations } from './support/axe.ts';
import { sendOk } from './support/messages.ts';
import { seedSettings } from './support/settings.ts';

/**
 * axe-core on every extension page and on the assistant's panel (each state, rendered on the panel
 * gallery page), in English and in Spanish: no violation at all.
 */
let server: LookalikeServer;

beforeAll(async () => {
  server = await startLookalikeServer();
});

afterAll(async () => {
  await server?.close();
});

async function withTickets(page: Page): Promise<void> {
  const now = Date.now();
  const contoso = { name: 'Contoso Ltd', tenantId: '22222222-2222-4222-8222-222222222222', domain: 'contoso.onmicrosoft.com' };
  const base = { portal: 'azure', breakFix: true, issueType: 'technical', supportLanguage: 'en-US', contactMethod: 'email', customer: contoso } as const;
  await sendOk(page, 'addTicket', { ...base, number: '2612010040001201', severity: 'A', title: 'Production SQL VM unreachable', createdAt: now - 110 * 60_000 });
  await sendOk(page, 'addTicket', { ...base, number: '2612010040001202', severity: 'B', title: 'App Service slot swap fails', createdAt: now - 300 * 60_000 });
  await sendOk(page, 'addTicket', { ...base, number: null, severity: 'C', title: 'Mailbox migration stuck', createdAt: now - 20 * 60_000 });
}

describe.each(['en', 'es'])('accessibility (axe-core), %s', (lang) => {
  let eb: ExtensionBrowser;

  beforeAll(async () => {
    eb = await launchWithExtension({ port: server.port, lang });
    await seedSettings(eb);
    const page = await eb.extensionPage('tracker.html');
    await withTickets(page);
    await page.close();
  });

  afterAll(async () => {
    await eb?.close();
  });

  it.each([
    ['options.html', '#partner-companyName'],
    ['popup.html', '[data-testid=ticket-row]'],
    ['tracker.html', '[data-testid=ticket-row]'],
    ['privacy.html', 'article'],
  ])('%s has no violation', async (path, ready) => {
    const page = await eb.extensionPage(path);
    await page.waitForSelector(ready);
    if (path !== 'privacy.html') expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('the tracker with a row being edited and a copied summary has no violation', async () => {
    const page = await eb.extensionPage('tracker.html');
    await (await page.waitForSelector('[data-testid=ticket-row] [data-action=copySummary]'))!.click();
    await page.waitForSelector('[data-testid=summary-copied], [data-testid=summary-text]');
    await (await page.waitForSelector('[data-testid=ticket-row] [data-action=edit]'))!.click();
    await page.waitForSelector('[data-testid=ticket-row] form');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('the assistant panel, in each of its states, has no violation', async () => {
    const gallery = await eb.newPage(`https://panel-gallery.example.org/?lang=${lang}`);
    await gallery.waitForSelector('body[data-ready=true]');
    const states = (await gallery.$eval('body', (body) => body.dataset.states ?? '')).split(' ');
    expect(states).toEqual(['customer', 'own', 'mismatch', 'unknown', 'report', 'm365-card']);
    // The words shown are the catalog's (a key name would mean a missing message).
    expect(await gallery.$eval('[data-state=own]', (host) => host.shadowRoot?.textContent ?? '')).toMatch(lang === 'es' ? /propio/ : /own tenant/);
    await gallery.close();
    // One panel on the page at a time, as on a portal.
    const found: Record<string, unknown[]> = {};
    for (const state of states) {
      const page = await eb.newPage(`https://panel-gallery.example.org/?lang=${lang}&state=${state}`);
      await page.waitForSelector('body[data-ready=true]');
      found[state] = await axeViolations(page);
      await page.close();
    }
    expect(found).toEqual(Object.fromEntries(states.map((state) => [state, []])));
  });
});

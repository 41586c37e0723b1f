import { describe, expect, it } from 'vitest';
import { choose, formContext, planText, typeInto, waitForStep, walkToAdditionalDetails } from './harness/azure-driver.ts';
import { formFrame, waitForPayload, wouldSubmit } from './harness/lookalike.ts';
import { waitUntil } from './harness/wait.ts';
import { panelList, textsWithRole, waitForPanelList, waitForRoleText } from './support/panel.ts';
import { NEW_REQUEST, openPortalPage } from './support/azure-page.ts';
import { useLookalikeSession } from './support/session.ts';
import { PARTNER_SETTINGS_FILE, seedSettings } from './support/settings.ts';

/** Azure page shapes from the field: forms in motion, page reports, time zones, support plan lists. */
const session = useLookalikeSession();

const open = (url: string) => openPortalPage(session, url);

/** The browser's id of the tab in front (the portal page the test just brought to front). */
async function activeTabId(): Promise<number> {
  const worker = await session.eb.worker();
  const ids = await worker.evaluate(async () => {
    const tabs = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome.tabs;
    return (await tabs.query({ active: true, lastFocusedWindow: true })).map((tab) => tab.id);
  });
  if (ids.length !== 1 || typeof ids[0] !== 'number') throw new Error(`expected one active tab, found ${JSON.stringify(ids)}`);
  return ids[0];
}

describe('Azure portal: forms in motion', () => {
  it('the page resets the support plan in place (Severity changed): the CSP plan is chosen again, once; after the partner picks a plan, never', async () => {
    const page = await open(`https://portal.azure.com/?ui=fluent&frame=reactblade&planreset=1#@contoso.onmicrosoft.com/${NEW_REQUEST}`);
    const frame = await formFrame(page);
    const ctx = await walkToAdditionalDetails(frame);
    await waitForPayload(frame, ['"supportPlan": "csp"', '"supportLanguage": "en-us"']);
    await choose(ctx, 'severity', 'B - Moderate impact'); // the look-alike empties Support plan in the same control
    await waitForPayload(frame, ['"severity": "moderate"', '"supportPlan": "csp"']);
    // The partner's own choice stands, even when the page resets the plan again afterwards.
    await choose(ctx, 'supportPlan', planText(ctx, 'developer'));
    await choose(ctx, 'severity', 'A - Critical impact');
    await waitForPayload(frame, ['"severity": "critical"', '"supportPlan": ""']);
    await waitForPanelList(frame, /Left as you typed/, ['Support plan']);
    expect((await wouldSubmit(frame)).supportPlan).toBe('');
    await page.close();
  });

  it('a Knockout blade whose bindings update in a microtask (deferred updates) is filled on each step', async () => {
    const page = await open(`https://portal.azure.com/?ui=knockout&frame=top&kodefer=1#@contoso.onmicrosoft.com/${NEW_REQUEST}`);
    const frame = await formFrame(page);
    await walkToAdditionalDetails(frame);
    await waitForPayload(frame, ['"supportPlan": "csp"', '"email": "support@fabrikampartners.example"', '"supportLanguage": "en-us"']);
    await page.close();
  });

  it('a blade prepared off-screen and transparent gets nothing; once the portal shows it, it is filled', async () => {
    const page = await open(`https://portal.azure.com/?ui=fluent&frame=top#@contoso.onmicrosoft.com/${NEW_REQUEST}`);
    const frame = await formFrame(page);
    const ctx = await formContext(frame);
    // Problem description filled by the partner; the portal then prepares the next step out of sight.
    await choose(ctx, 'issueType', 'Technical');
    await choose(ctx, 'subscription', 'Contoso Production');
    await choose(ctx, 'service', 'Virtual Machine running Windows');
    await typeInto(frame, ctx.t.fields.summary, 'Prepared blade');
    await choose(ctx, 'problemType', 'Cannot connect to my VM');
    await choose(ctx, 'problemSubtype', 'Connection issues with RDP');
    await page.waitForSelector('::-p-aria([name="CSP Support Assistant"][role="complementary"])');
    await page.evaluate(() => document.querySelector('.fxs-blade')?.classList.add('fxs-blade-prepared'));
    for (const step of ['recommendedSolution', 'additionalDetails']) {
      // A script click: the button is off-screen, as the whole blade is.
      await page.evaluate((label) => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === label)?.click(), ctx.t.next);
      await waitForStep(frame, step);
    }
    // The assistant saw the hidden step: it put its panel away and filled nothing.
    await waitUntil('the panel to go away for the hidden form', async () => (await page.$('::-p-aria([name="CSP Support Assistant"][role="complementary"])')) === null);
    expect((await wouldSubmit(frame)).email).toBe('admin@contoso.onmicrosoft.com');
    await page.evaluate(() => document.querySelector('.fxs-blade')?.classList.remove('fxs-blade-prepared'));
    await waitForPayload(frame, ['"email": "support@fabrikampartners.example"', '"supportPlan": "csp"']);
    await page.close();
  });
});

describe('Azure portal: "Report this page"', () => {
  it('previews what the assistant saw (labels, kinds, options, evidence) with no typed or prefilled value and masked ids', async () => {
    const page = await open(`https://portal.azure.com/?ui=knockout&frame=top#@contoso.onmicrosoft.com/${NEW_REQUEST}`);
    const frame = await formFrame(page);
    await walkToAdditionalDetails(frame, 'VM down for Contoso user alice@contoso.onmicrosoft.com');
    await waitForPayload(frame, ['"supportPlan": "csp"', '"supportLanguage": "en-us"']);
    await (await frame.waitForSelector('::-p-aria([name="Report this page"][role="button"])'))!.click();
    const region = await frame.waitForSelector('::-p-aria([name="Page report"][role="region"])');
    const json = await region!.evaluate((el) => el.querySelector('pre')?.textContent ?? '');
    const report = JSON.parse(json);
    expect(report).toMatchObject({ format: 'csp-support-assistant/page-report', version: 1, detected: true, portal: 'azure', step: 'additionalDetails', frame: { top: true } });
    const plan = report.controls.find((control: { field: string }) => control.field === 'supportPlan');
    expect(plan).toMatchObject({ kind: 'knockout-dropdown', role: 'combobox', label: 'Support plan' });
    expect(plan.options).toContain('Cloud Solution Provider');
    for (const secret of [
      'support@fabrikampartners.example',
      'Lucía',
      'García',
      '+34 910 000 000',
      'alice@contoso',
      '22222222-2222-4222-8222-222222222222',
      'contoso.onmicrosoft.com',
      'Contoso Ltd',
    ]) {
      expect(json).not.toContain(secret);
    }
    expect(report.frame.url).toContain('#@<domain>/view/Microsoft_Azure_Support/NewSupportRequestV3Blade');
    await page.close();
  });

  it('the popup over a support page where the assistant showed nothing offers the report (masked, no form); over the portal home it offers nothing', async () => {
    const page = await open('https://portal.azure.com/?ui=fluent&frame=top#@contoso.onmicrosoft.com/view/Microsoft_Azure_Support/HelpAndSupportBlade/~/overview');
    await page.waitForSelector('::-p-text(Create a support request)');
    // The popup reports on the active tab; opened as a page of its own it is told which tab (?tab=).
    const tabId = await activeTabId();
    const popup = await session.eb.extensionPage(`popup.html?tab=${tabId}`);
    await popup.waitForSelector('body[data-missed-page="offered"]', { timeout: 15_000 });
    expect(await popup.$eval('.missed-page', (el) => el.textContent)).toContain('looks like a support page, but the assistant found no form');
    await (await popup.waitForSelector('::-p-aria([name="Report this page"][role="button"])'))!.click();
    const json = await (await popup.waitForSelector('[data-testid="page-report"]'))!.evaluate((el) => el.textContent ?? '');
    const report = JSON.parse(json);
    expect(report).toMatchObject({ format: 'csp-support-assistant/page-report', detected: false, frame: { top: true } });
    expect(report.frame.url).toContain('#@<domain>/view/Microsoft_Azure_Support/HelpAndSupportBlade');
    expect(json).not.toContain('contoso');
    await popup.close();

    await page.bringToFront();
    await page.goto('https://portal.azure.com/?ui=fluent&frame=top#@contoso.onmicrosoft.com/home', { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('::-p-text(All resources)');
    const quiet = await session.eb.extensionPage(`popup.html?tab=${tabId}`);
    await quiet.waitForSelector('body[data-missed-page="none"]', { timeout: 15_000 });
    expect(await quiet.$('.missed-page')).toBeNull();
    await quiet.close();
    await page.close();
  });
});

describe('Azure portal: a partner in New York', () => {
  it('the time zone is "Eastern Time (US & Canada)" by its Windows id, not the first zone at today\'s offset (Bogota), in English and Spanish', async () => {
    await seedSettings(session.eb, { ...PARTNER_SETTINGS_FILE, partner: { ...PARTNER_SETTINGS_FILE.partner, timeZone: 'America/New_York', country: 'US' } });
    try {
      for (const [lang, ui, frameKind] of [
        ['en', 'fluent', 'reactblade'],
        ['es', 'knockout', 'top'],
      ] as const) {
        const page = await open(`https://portal.azure.com/?ui=${ui}&frame=${frameKind}&lang=${lang}#@contoso.onmicrosoft.com/${NEW_REQUEST}`);
        const frame = await formFrame(page);
        await walkToAdditionalDetails(frame);
        await waitForPayload(frame, ['"timeZone": "Eastern Standard Time"', '"country": "usa"']);
        expect((await wouldSubmit(frame)).shown.timeZone).toMatch(/Eastern Time \(US & Canada\)|Hora del este/);
        await page.close();
      }
    } finally {
      await seedSettings(session.eb);
    }
  });
});

describe('Azure portal: support plan lists as they vary', () => {
  it('the CSP plan named "Azure Support Plan - CSP" (Spanish too) is chosen', async () => {
    for (const [lang, shown] of [
      ['en', 'Azure Support Plan - CSP'],
      ['es', 'Plan de soporte técnico de Azure - CSP'],
    ] as const) {
      const page = await open(`https://portal.azure.com/?ui=fluent&frame=reactblade&plans=v4&lang=${lang}#@contoso.onmicrosoft.com/${NEW_REQUEST}`);
      const frame = await formFrame(page);
      await walkToAdditionalDetails(frame);
      await waitForPayload(frame, ['"supportPlan": "csp"']);
      expect((await wouldSubmit(frame)).shown.supportPlan).toBe(shown);
      await page.close();
    }
  });

  it('a plan shown as a value: "Azure Support Plan - CSP" is done (never reported missing); "… - Standard" gets the no-CSP status', async () => {
    for (const [variant, csp] of [
      ['fixedcsp', true],
      ['fixedstandard', false],
    ] as const) {
      const page = await open(`https://portal.azure.com/?ui=fluent&frame=reactblade&plans=${variant}#@contoso.onmicrosoft.com/${NEW_REQUEST}`);
      const frame = await formFrame(page);
      const ctx = await walkToAdditionalDetails(frame);
      await waitForPayload(frame, ['"email": "support@fabrikampartners.example"', '"supportLanguage": "en-us"']);
      await choose(ctx, 'severity', 'B - Moderate impact'); // the severity stays the partner's, and is not mistaken for the plan
      await waitForPayload(frame, ['"severity": "moderate"']);
      await waitForPanelList(frame, /Filled for you/, ['Email: support@fabrikampartners.example']);
      expect(await panelList(frame, /Not found/)).not.toContain('Support plan');
      const statuses = await textsWithRole(frame, 'status');
      expect(statuses.some((text) => /offers no Cloud Solution Provider support plan/.test(text))).toBe(!csp);
      expect((await wouldSubmit(frame)).supportPlan).toBe(csp ? 'csp' : 'standard');
      await page.close();
    }
  });

  it('a list with no CSP plan: a status says why, no other plan is picked, the contact is still filled', async () => {
    const page = await open(`https://portal.azure.com/?ui=knockout&frame=top&plans=nocsp#@contoso.onmicrosoft.com/${NEW_REQUEST}`);
    const frame = await formFrame(page);
    await walkToAdditionalDetails(frame);
    await waitForPayload(frame, ['"email": "support@fabrikampartners.example"', '"supportLanguage": "en-us"']);
    const status = await waitForRoleText(frame, 'status', /offers no Cloud Solution Provider support plan/);
    expect(status).toMatch(/not opened from Partner Center for this customer/);
    expect((await wouldSubmit(frame)).supportPlan).toBe('');
    expect(await textsWithRole(frame, 'alert')).toEqual([]);
    await page.close();
  });
});

import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { choose, clickButton, fillProblemDetails, formContext, planText, typeInto, waitForStep, walkToAdditionalDetails } from './harness/azure-driver.ts';
import { formFrame, waitForPayload, wouldSubmit } from './harness/lookalike.ts';
import { waitUntil } from './harness/wait.ts';
import { filledList, panelList, textsWithRole, waitForPanelList, waitForRoleText } from './support/panel.ts';
import { useLookalikeSession } from './support/session.ts';
import { PARTNER_SETTINGS_FILE, seedSettings } from './support/settings.ts';

/** The Azure portal look-alikes: Fluent UI in a React blade iframe and Knockout Fx in the top document. */
const NEW_REQUEST = 'view/Microsoft_Azure_Support/NewSupportRequestV3Blade/callerName/Microsoft_Azure_Support%2FHelpAndSupportOverview.ReactView';

const session = useLookalikeSession();

async function open(url: string): Promise<Page> {
  const page = await session.eb.newPage(url);
  await page.setViewport({ width: 1400, height: 1000 });
  return page;
}

describe('Azure portal: new support request', () => {
  it('Fluent form in a cross-origin React blade iframe (English): customer confirmed, CSP plan and partner contact filled', async () => {
    const page = await open(`https://portal.azure.com/?ui=fluent&frame=reactblade#@contoso.onmicrosoft.com/${NEW_REQUEST}`);
    const frame = await formFrame(page);
    expect(new URL(frame.url()).hostname).toMatch(/\.reactblade\.portal\.azure\.net$/);
    expect(await waitForRoleText(frame, 'status', /Customer context: Contoso Ltd/)).toBeTruthy();
    await walkToAdditionalDetails(frame);
    await waitForPayload(frame, ['"supportPlan": "csp"', '"supportLanguage": "en-us"', '"timeZone": "Romance Standard Time"', '"country": "esp"']);
    const payload = await wouldSubmit(frame);
    expect(payload).toMatchObject({
      supportPlan: 'csp',
      firstName: 'Lucía',
      lastName: 'García',
      email: 'support@fabrikampartners.example',
      additionalEmail: 'noc@fabrikampartners.example',
      phone: '+34 910 000 000',
      contactMethod: 'email',
    });
    expect(payload.shown).toMatchObject({ supportPlan: 'Cloud Solution Provider (CSP)', country: 'Spain', supportLanguage: 'English' });
    expect(payload.shown.timeZone).toContain('Madrid');
    // Severity is the partner's call: the assistant leaves it alone.
    expect(payload.severity).not.toBe('critical');
    expect(await filledList(frame)).toEqual(expect.arrayContaining([expect.stringMatching(/^Support plan: Cloud Solution Provider/), 'Email: support@fabrikampartners.example']));
    expect(await textsWithRole(frame, 'alert')).toEqual([]);
    await page.close();
  });

  it('Knockout Fx form in the top document (Spanish portal): same result with Spanish option names', async () => {
    const page = await open(`https://portal.azure.com/?ui=knockout&frame=top&lang=es#@contoso.onmicrosoft.com/${NEW_REQUEST}`);
    const frame = await formFrame(page);
    expect(frame).toBe(page.mainFrame());
    await walkToAdditionalDetails(frame, 'La máquina virtual no arranca');
    await waitForPayload(frame, ['"supportPlan": "csp"', '"country": "esp"', '"timeZone": "Romance Standard Time"']);
    const payload = await wouldSubmit(frame);
    expect(payload).toMatchObject({ supportPlan: 'csp', firstName: 'Lucía', email: 'support@fabrikampartners.example', country: 'esp' });
    expect(payload.shown).toMatchObject({ supportPlan: expect.stringMatching(/^Proveedor de soluciones en la nube/), country: 'España', supportLanguage: 'Inglés' });
    await page.close();
  });

  it("partner's own tenant: an alert explains the entitlement, the CSP plan is not selected, the customer's contact is untouched", async () => {
    const page = await open(`https://portal.azure.com/?ui=fluent&frame=reactblade#@fabrikampartners.onmicrosoft.com/${NEW_REQUEST}`);
    const frame = await formFrame(page);
    const alert = await waitForRoleText(frame, 'alert', /own tenant/);
    expect(alert).toMatch(/Fabrikam Partners/);
    expect(alert).toMatch(/does not cover your own subscriptions/);
    expect(alert).toMatch(/Premier\/Unified/);
    await walkToAdditionalDetails(frame);
    // The panel has seen this step's contact fields and says it holds them back: the fill decision is made.
    await waitForPanelList(frame, /Not filled in this tenant/, ['Support plan', 'Email', 'First name']);
    const payload = await wouldSubmit(frame);
    expect(payload.supportPlan).not.toBe('csp');
    expect(payload.email).not.toBe('support@fabrikampartners.example');
    expect(await filledList(frame)).toEqual([]);
    await page.close();
  });

  it('a directory that is neither own nor a known customer still counts as a customer (named by the portal)', async () => {
    const page = await open(`https://portal.azure.com/?ui=fluent&frame=reactblade#@northwind.onmicrosoft.com/${NEW_REQUEST}`);
    const frame = await formFrame(page);
    expect(await waitForRoleText(frame, 'status', /Customer context: Northwind Traders/)).toBeTruthy();
    await page.close();
  });

  it('late render after hash navigation: Help + support overview → Create a support request', async () => {
    // The directory comes from the session (cookie), as after "Switch directory": no hint in the URL.
    const page = await open('https://portal.azure.com/?ui=knockout&frame=top#home');
    await page.evaluate(() => (document.cookie = 'lookalike-directory=contoso.onmicrosoft.com; path=/'));
    await page.goto('https://portal.azure.com/?ui=knockout&frame=top&from=switch#view/Microsoft_Azure_Support/HelpAndSupportBlade/~/overview');
    expect(await textsWithRole(page, 'status')).not.toEqual(expect.arrayContaining([expect.stringMatching(/Customer context/)]));
    const create = await page.waitForSelector('::-p-aria([name="Create a support request"])', { timeout: 10_000 });
    await create!.click();
    const frame = await formFrame(page);
    expect(await waitForRoleText(frame, 'status', /Customer context: Contoso Ltd/)).toBeTruthy();
    await page.evaluate(() => (document.cookie = 'lookalike-directory=; path=/; max-age=0'));
    await page.close();
  });

  it('changing the issue type resets the form; the assistant fills the re-rendered fields again', async () => {
    const page = await open(`https://portal.azure.com/?ui=knockout&frame=top#@contoso.onmicrosoft.com/${NEW_REQUEST}`);
    const frame = await formFrame(page);
    await walkToAdditionalDetails(frame);
    await waitForPayload(frame, ['"supportPlan": "csp"', '"timeZone": "Romance Standard Time"']);
    // Back to the first step, pick another issue type: the look-alike clears everything after it.
    const ctx = await formContext(frame);
    await (await frame.waitForSelector('[role="tab"]'))!.click();
    await waitForStep(frame, 'problemDescription');
    await choose(ctx, 'issueType', 'Billing');
    await frame.waitForFunction(() => document.querySelector('[data-testid="would-submit"]')?.textContent?.includes('"supportPlan": ""'), { timeout: 10_000 });
    await walkToAdditionalDetails(frame);
    await waitForPayload(frame, ['"supportPlan": "csp"', '"email": "support@fabrikampartners.example"']);
    expect((await wouldSubmit(frame)).email).toBe('support@fabrikampartners.example');
    await page.close();
  });

  it('never overwrites what the partner typed, and undo restores what was there', async () => {
    const page = await open(`https://portal.azure.com/?ui=fluent&frame=reactblade#@contoso.onmicrosoft.com/${NEW_REQUEST}`);
    const frame = await formFrame(page);
    await walkToAdditionalDetails(frame);
    // The whole fill is done (support language is the last field) before the partner starts typing.
    await waitForPayload(frame, ['"firstName": "Lucía"', '"timeZone": "Romance Standard Time"', '"supportLanguage": "en-us"']);
    await typeInto(frame, 'First name', 'Lucy');
    // The panel lists the field as the partner's own: the assistant saw the edit and will not touch it.
    await waitForPanelList(frame, /Left as you typed/, ['First name']);
    expect((await wouldSubmit(frame)).firstName).toBe('Lucy');
    const undo = await frame.waitForSelector('::-p-aria([name="Undo the fill"][role="button"])');
    await undo!.click();
    await frame.waitForFunction(() => !document.querySelector('[data-testid="would-submit"]')?.textContent?.includes('support@fabrikampartners.example'), { timeout: 10_000 });
    const payload = await wouldSubmit(frame);
    expect(payload.email).toBe('admin@contoso.onmicrosoft.com');
    expect(payload.firstName).toBe('Lucy');
    await page.close();
  });
});

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

describe('Azure portal: the created request is logged', () => {
  it('Create → request details: the popup lists the request with its customer, severity and countdown', async () => {
    const page = await open(`https://portal.azure.com/?ui=fluent&frame=reactblade#@contoso.onmicrosoft.com/${NEW_REQUEST}`);
    const frame = await formFrame(page);
    await walkToAdditionalDetails(frame, 'Production VM down');
    await waitForPayload(frame, ['"supportPlan": "csp"', '"timeZone": "Romance Standard Time"']);
    // The partner picks severity B and writes the details; the assistant never does either.
    const ctx = await formContext(frame);
    await choose(ctx, 'severity', 'B - Moderate impact');
    await fillProblemDetails(ctx, 'Started at 09:00 after patching.');
    await clickButton(frame, ctx.t.next);
    await waitForStep(frame, 'review');
    await clickButton(frame, ctx.t.create);
    await page.waitForFunction(() => location.hash.includes('SupportRequestDetails.ReactView'), { timeout: 15_000 });

    const popup = await session.eb.extensionPage('popup.html');
    await popup.waitForFunction(() => /\d{16}/.test(document.body.textContent ?? '') && document.body.textContent?.includes('Contoso Ltd'), { timeout: 20_000 });
    const text = (await popup.evaluate(() => document.body.textContent ?? '')).replace(/\s+/g, ' ');
    expect(text).toContain('Production VM down');
    expect(text).toContain('Sev B');
    expect(text).toMatch(/3h 5\dm|4h 00m|3h 59m/);
    await popup.close();
    await page.close();
  });

  it('NewSupportRequestV4Blade: Create lands on Home with only a toast naming the request; the toast is enough to log it once', async () => {
    const V4 = 'view/Microsoft_Azure_Support/NewSupportRequestV4Blade/callerName/Quota/summary/Quota%20request';
    const page = await open(`https://portal.azure.com/?ui=fluent&frame=reactblade#@contoso.onmicrosoft.com/${V4}`);
    const frame = await formFrame(page);
    const ctx = await walkToAdditionalDetails(frame, 'Toast-only confirmation');
    await waitForPayload(frame, ['"supportPlan": "csp"', '"supportLanguage": "en-us"']);
    await choose(ctx, 'severity', 'A - Critical impact');
    await fillProblemDetails(ctx);
    await clickButton(frame, ctx.t.next);
    await waitForStep(frame, 'review');
    await clickButton(frame, ctx.t.create);
    const toast = await page.waitForSelector('.fxs-toast-item .fxs-toast-description', { timeout: 10_000 });
    const number = /\d{16}/.exec((await toast!.evaluate((el) => el.textContent)) ?? '')?.[0] ?? '';
    expect(number).toMatch(/^\d{16}$/);
    expect(page.url()).toMatch(/#@contoso\.onmicrosoft\.com\/home$/);

    const popup = await session.eb.extensionPage('popup.html');
    await popup.waitForFunction((wanted) => document.body.textContent?.includes(wanted), { timeout: 15_000 }, number);
    const text = (await popup.evaluate(() => document.body.textContent ?? '')).replace(/\s+/g, ' ');
    expect(text).toContain('Toast-only confirmation');
    expect(text).toContain('Sev A');
    // The toast goes away after a few seconds; the bell still lists it, and nothing is logged twice.
    await page.bringToFront(); // a background tab runs no animation frames, which the wait polls on
    await page.waitForSelector('.fxs-toast-item', { hidden: true, timeout: 15_000 });
    await (await page.waitForSelector('button[aria-label="Notifications"]'))!.click();
    await page.waitForSelector('.fxs-notification-panel .fxs-notification-item');
    const rows = await session.eb.extensionPage('tracker.html');
    await rows.waitForFunction((wanted) => document.body.textContent?.includes(wanted), { timeout: 15_000 }, number);
    expect(await rows.$$eval('[data-testid=ticket-row]', (items, wanted) => items.filter((item) => item.textContent?.includes(wanted as string)).length, number)).toBe(1);
    await rows.close();
    await popup.close();
    await page.close();
  });

  it('"Emergency - Severe impact" is logged as itself with its own target (1 h), not as C', async () => {
    const page = await open(`https://portal.azure.com/?ui=knockout&frame=top#@contoso.onmicrosoft.com/${NEW_REQUEST}`);
    const frame = await formFrame(page);
    const ctx = await walkToAdditionalDetails(frame, 'Region-wide outage');
    await waitForPayload(frame, ['"supportPlan": "csp"', '"supportLanguage": "en-us"']);
    await choose(ctx, 'severity', 'Emergency - Severe impact');
    await fillProblemDetails(ctx);
    await clickButton(frame, ctx.t.next);
    await waitForStep(frame, 'review');
    await clickButton(frame, ctx.t.create);
    await page.waitForFunction(() => location.hash.includes('SupportRequestDetails.ReactView'), { timeout: 15_000 });
    const popup = await session.eb.extensionPage('popup.html');
    await popup.waitForFunction(() => document.body.textContent?.includes('Region-wide outage') && /\d{16}/.test(document.body.textContent), { timeout: 15_000 });
    const row = await popup.$$eval('[data-testid=ticket-row]', (rows) => rows.map((r) => (r.textContent ?? '').replace(/\s+/g, ' ')).find((text) => text.includes('Region-wide outage')) ?? '');
    expect(row).toContain('Sev E');
    expect(row).toMatch(/Time left: ?(59m|1h 00m|58m)/);
    await popup.close();
    await page.close();
  });
});

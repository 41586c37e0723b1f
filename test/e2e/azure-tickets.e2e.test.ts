import { describe, expect, it } from 'vitest';
import { choose, chooseRadio, detailsRequestNumber, fillProblemDetails, formContext, walkToAdditionalDetails, reviewAndCreate } from './harness/azure-driver.ts';
import { pickOption } from './harness/dropdowns.ts';
import { formFrame, waitForPayload } from './harness/lookalike.ts';
import { NEW_REQUEST, openPortalPage } from './support/azure-page.ts';
import { useLookalikeSession } from './support/session.ts';

/** Azure: the created request is logged (details blade, toast only, Emergency severity, B with 24x7, a later severity change). */
const session = useLookalikeSession();

const open = (url: string) => openPortalPage(session, url);

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
    await reviewAndCreate(ctx);
    await page.waitForFunction(() => location.hash.includes('SupportRequestDetails.ReactView'), { timeout: 15_000 });

    const popup = await session.eb.extensionPage('popup.html');
    await popup.waitForFunction(() => /\d{16}/.test(document.body.textContent ?? '') && document.body.textContent?.includes('Contoso Ltd'), { timeout: 20_000 });
    const text = (await popup.evaluate(() => document.body.textContent ?? '')).replace(/\s+/g, ' ');
    expect(text).toContain('Production VM down');
    expect(text).toContain('Sev B');
    expect(text).toMatch(/3h 5\dm|4h 00m|3h 59m/);

    // Copy summary, then paste into a PSA's note field (a textarea on another site): plain text, one field per line.
    await (await popup.waitForSelector('[data-testid=ticket-row] [data-action=copySummary]'))!.click();
    await popup.waitForSelector('[data-testid=summary-copied]');
    const psa = await session.eb.newPage('https://www.example.org/');
    await psa.evaluate(() => document.body.append(Object.assign(document.createElement('textarea'), { id: 'note', rows: 10 })));
    await psa.click('#note');
    await psa.keyboard.down('Control');
    await psa.keyboard.press('KeyV');
    await psa.keyboard.up('Control');
    await psa.waitForFunction(() => (document.querySelector('#note') as HTMLTextAreaElement).value.length > 0);
    const summary = await psa.$eval('#note', (el) => (el as HTMLTextAreaElement).value);
    await psa.close();
    expect(summary).toMatch(/^Support request \d{16} \(Azure\)\nCustomer: Contoso Ltd \(contoso\.onmicrosoft\.com/);
    expect(summary).toContain('Severity: B: moderate impact');
    expect(summary).toContain('Title: Production VM down');
    expect(summary).toMatch(/Initial response due: \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC[+-]\d{2}:\d{2}/);
    expect(summary).toMatch(/\nPortal: https:\/\/portal\.azure\.com\/#@/);
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
    await reviewAndCreate(ctx);
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
    await reviewAndCreate(ctx);
    await page.waitForFunction(() => location.hash.includes('SupportRequestDetails.ReactView'), { timeout: 15_000 });
    const popup = await session.eb.extensionPage('popup.html');
    await popup.waitForFunction(() => document.body.textContent?.includes('Region-wide outage') && /\d{16}/.test(document.body.textContent), { timeout: 15_000 });
    const row = await popup.$$eval('[data-testid=ticket-row]', (rows) => rows.map((r) => (r.textContent ?? '').replace(/\s+/g, ' ')).find((text) => text.includes('Region-wide outage')) ?? '');
    expect(row).toContain('Sev E');
    expect(row).toMatch(/Time left: ?(59m|1h 00m|58m)/);
    await popup.close();
    await page.close();
  });

  it('severity B with "24x7 response: Yes" is logged with it; "Change severity" to A on the details page updates the log', async () => {
    const page = await open(`https://portal.azure.com/?ui=fluent&frame=top&b24x7=1#@contoso.onmicrosoft.com/${NEW_REQUEST}`);
    const frame = await formFrame(page);
    const ctx = await walkToAdditionalDetails(frame, 'Round-the-clock outage');
    await waitForPayload(frame, ['"supportPlan": "csp"']);
    await choose(ctx, 'severity', 'B - Moderate impact');
    await chooseRadio(frame, ctx.t.fields.response24x7, 'Yes');
    await waitForPayload(frame, ['"response24x7": "yes"']);
    await fillProblemDetails(ctx);
    await reviewAndCreate(ctx);
    const number = await detailsRequestNumber(page);

    const rowText = async () => {
      const popup = await session.eb.extensionPage('popup.html');
      await popup.waitForFunction((wanted) => document.body.textContent?.includes(wanted), { timeout: 15_000 }, number);
      const row = await popup.$$eval(
        '[data-testid=ticket-row]',
        (rows, wanted) => rows.map((r) => (r.textContent ?? '').replace(/\s+/g, ' ')).find((text) => text.includes(wanted as string)) ?? '',
        number,
      );
      await popup.close();
      return row;
    };
    const logged = await rowText();
    expect(logged).toContain('Sev B');
    expect(logged).toContain('24×7 response');

    // The partner raises the request to A on its details page; the log follows, with A's 2 h target.
    await page.bringToFront();
    await (await page.waitForSelector('[data-testid="change-severity"]'))!.click();
    const dropdown = await page.waitForSelector('[data-testid="change-severity-pane"] [role="combobox"]');
    await pickOption(page.mainFrame(), dropdown!, 'A - Critical impact', 'Severity');
    await (await page.waitForSelector('[data-testid="change-severity-pane"] button.ms-Button--primary:not([disabled])'))!.click();
    await page.waitForSelector('.fxs-essentials ::-p-text(A - Critical impact)');
    const popup = await session.eb.extensionPage('popup.html');
    await popup.waitForFunction(
      (wanted) => [...document.querySelectorAll('[data-testid=ticket-row]')].some((row) => row.textContent?.includes(wanted) && row.textContent.includes('Sev A')),
      { timeout: 15_000 },
      number,
    );
    const changed = await popup.$$eval(
      '[data-testid=ticket-row]',
      (rows, wanted) => rows.map((r) => (r.textContent ?? '').replace(/\s+/g, ' ')).find((text) => text.includes(wanted as string)) ?? '',
      number,
    );
    expect(changed).not.toContain('24×7 response');
    expect(changed).toMatch(/Time left: ?(1h 5\dm|2h 00m)/);
    await popup.close();
    await page.close();
  });

  it.each([
    ['before Create', 'beforeCreate'],
    ['right after Create', 'afterCreate'],
    ['once the confirmation is on screen (the write may still be under way)', 'atConfirmation'],
  ] as const)('the service worker stopped %s: the request is logged exactly once', async (_, when) => {
    const summary = `Worker stopped ${when}`;
    const page = await open(`https://portal.azure.com/?ui=fluent&frame=reactblade#@contoso.onmicrosoft.com/${NEW_REQUEST}`);
    const frame = await formFrame(page);
    const ctx = await walkToAdditionalDetails(frame, summary);
    await waitForPayload(frame, ['"supportPlan": "csp"']);
    await choose(ctx, 'severity', 'C - Minimal impact');
    await fillProblemDetails(ctx);
    if (when === 'beforeCreate') await session.eb.stopServiceWorker();
    await reviewAndCreate(ctx);
    if (when === 'afterCreate') await session.eb.stopServiceWorker();
    const number = await detailsRequestNumber(page);
    if (when === 'atConfirmation') await session.eb.stopServiceWorker();

    const tracker = await session.eb.extensionPage('tracker.html');
    await tracker.waitForFunction((wanted) => document.body.textContent?.includes(wanted), { timeout: 20_000 }, number);
    const rows = await tracker.$$eval('[data-testid=ticket-row]', (items, title) => items.filter((item) => item.textContent?.includes(title as string)).map((item) => item.textContent ?? ''), summary);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain(number);
    await tracker.close();
    await page.close();
  });
});

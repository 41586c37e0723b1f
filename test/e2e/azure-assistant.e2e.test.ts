import { describe, expect, it } from 'vitest';
import { choose, formContext, typeInto, waitForStep, walkToAdditionalDetails } from './harness/azure-driver.ts';
import { formFrame, waitForPayload, wouldSubmit } from './harness/lookalike.ts';
import { filledList, textsWithRole, waitForPanelList, waitForRoleText } from './support/panel.ts';
import { NEW_REQUEST, openPortalPage } from './support/azure-page.ts';
import { useLookalikeSession } from './support/session.ts';

/** The Azure portal look-alikes: Fluent UI in a React blade iframe and Knockout Fx in the top document. */
const session = useLookalikeSession();

const open = (url: string) => openPortalPage(session, url);

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
    // The lists took the focus to open; it goes back to Next, which the partner pressed last.
    await frame.waitForFunction(() => document.activeElement?.textContent?.trim() === 'Next', { timeout: 5_000 });
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

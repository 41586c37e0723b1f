import { describe, expect, it, vi } from 'vitest';
import { createAssistantHandlers } from '../../../entrypoints/background/assistant-handlers';
import { createTabRecords } from '../../../lib/assistant/tab-records';
import { tabRecordItem } from '../../../lib/storage/items';
import { freshBrowserStorage } from '../support/storage';
import { openTicketDb } from '../../../lib/tickets/db';
import { createTicketStore } from '../../../lib/tickets/store';
import { partnerSettings } from '../assistant/fixtures';

const START = Date.UTC(2026, 10, 23, 9, 30);

function setup() {
  // The day the numbers below were issued (YYMMDD 261123): a confirmation's number must be of that day.
  let now = START;
  const tickets = createTicketStore(openTicketDb(`test-${crypto.randomUUID()}`));
  const broadcast = vi.fn(async () => {});
  const injectAssistant = vi.fn(async (_tabId: number, _frameId: number) => {});
  let settings = partnerSettings();
  freshBrowserStorage();
  const handlers = createAssistantHandlers({
    settings: async () => settings,
    updateSettings: async (change) => {
      settings = change(settings) ?? settings;
      return { ok: true };
    },
    tabs: createTabRecords(),
    tickets,
    broadcast,
    injectAssistant,
    openOptions: async () => {},
    now: () => now,
  });
  const top = { id: 'ext', url: 'https://portal.azure.com/#home', tab: { id: 7 }, frameId: 0 };
  const blade = { ...top, url: 'https://sandbox-1.reactblade.portal.azure.net/React/Index', frameId: 3 };
  return { handlers, tickets, broadcast, injectAssistant, top, blade, advance: (ms: number) => (now += ms), settings: () => settings, setSettings: (next: typeof settings) => (settings = next) };
}

const snapshot = {
  portal: 'azure' as const,
  severity: 'A' as const,
  issueType: 'technical' as const,
  title: 'Production VM down',
  service: 'Virtual Machines',
  supportLanguage: 'en',
  contactMethod: 'email' as const,
  response24x7: false,
};
const SUBSCRIPTION = '2c0f1e5a-3b7d-4c8e-9f10-a1b2c3d4e5f6';
const header = (value: string) => ({ kind: 'directoryName' as const, value, source: 'header' as const });

describe('assistant handlers', () => {
  it('shares the top frame verdict with the blade iframe the assistant was loaded into, and pushes it to the tab', async () => {
    const { handlers, broadcast, injectAssistant, top, blade } = setup();
    expect(await handlers.loadAssistant({ reason: 'labels' }, blade)).toBe(true);
    expect(injectAssistant).toHaveBeenCalledWith(7, 3);
    expect((await handlers.getAssistantState(undefined, blade)).pending).toBe(true);
    // The sentinel that reported gets the tab status only: no partner data.
    expect(await handlers.reportTenant({ url: 'https://portal.azure.com/#home', signals: [header('Contoso Ltd')] }, top)).toEqual({ awaitingTicket: false, supportLikely: false });
    expect(broadcast).toHaveBeenCalledWith(7, expect.objectContaining({ context: expect.objectContaining({ outcome: 'customer' }) }));
    expect((await handlers.getAssistantState(undefined, blade)).context.customer?.name).toBe('Contoso Ltd');
  });

  it('the partner profile goes only to a frame the assistant was loaded into', async () => {
    const { handlers, top, blade } = setup();
    await expect(handlers.getAssistantState(undefined, blade)).rejects.toThrow(/not loaded/);
    expect(await handlers.getTabStatus(undefined, blade)).toEqual({ awaitingTicket: false, supportLikely: false });
    await handlers.loadAssistant({ reason: 'route' }, top);
    expect((await handlers.getAssistantState(undefined, top)).partner?.email).toBe(partnerSettings().partner?.email);
    await expect(handlers.getAssistantState(undefined, blade)).rejects.toThrow(/not loaded/);
  });

  it('the blade iframes are told to watch once the top frame is on a support page, and to stop when it leaves', async () => {
    const { handlers, broadcast, top, blade } = setup();
    const home = await handlers.reportTenant({ url: 'https://portal.azure.com/#home', signals: [header('Contoso Ltd')] }, top);
    expect(home.supportLikely).toBe(false);
    const route = 'https://portal.azure.com/#view/Microsoft_Azure_Support/NewSupportRequestV3Blade';
    expect((await handlers.reportTenant({ url: route, signals: [header('Contoso Ltd')] }, top)).supportLikely).toBe(true);
    expect((await handlers.getTabStatus(undefined, blade)).supportLikely).toBe(true);
    // Labels the top frame saw on a page whose address names no support route count as well.
    await handlers.reportTenant({ url: 'https://portal.azure.com/#home', signals: [] }, top);
    broadcast.mockClear();
    await handlers.loadAssistant({ reason: 'labels' }, { ...top, url: 'https://portal.azure.com/#blade/Custom' });
    expect(broadcast).toHaveBeenCalledOnce();
    expect((await handlers.getTabStatus(undefined, blade)).supportLikely).toBe(true);
    expect((await handlers.reportTenant({ url: 'https://portal.azure.com/#blade/Custom', signals: [] }, top)).supportLikely).toBe(true);
    expect((await handlers.reportTenant({ url: 'https://portal.azure.com/#home', signals: [] }, top)).supportLikely).toBe(false);
  });

  it('a frame the browser would not run the assistant in gets false, and the tab still works', async () => {
    const { handlers, injectAssistant, blade } = setup();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    injectAssistant.mockRejectedValueOnce(new Error('Frame with ID 3 was removed.'));
    expect(await handlers.loadAssistant({ reason: 'labels' }, blade)).toBe(false);
    expect(await handlers.getTabStatus(undefined, blade)).toEqual({ awaitingTicket: false, supportLikely: false });
  });

  it('refuses a tenant report from an iframe', async () => {
    const { handlers, blade } = setup();
    await expect(handlers.reportTenant({ url: 'x', signals: [header('Fabrikam Partners')] }, blade)).rejects.toThrow(/top frame/);
  });

  it('logs the submission once, number pending, then completes it with the number', async () => {
    const { handlers, tickets, top, blade, advance } = setup();
    await handlers.reportTenant({ url: 'https://portal.azure.com/#home', signals: [header('Contoso Ltd')] }, top);
    await handlers.formSubmitted(snapshot, blade);
    advance(3_000);
    const [fromRoute, again] = await Promise.all([
      handlers.ticketConfirmed({ portal: 'azure', number: null, armName: 'arm-1', subscriptionId: SUBSCRIPTION }, top),
      handlers.ticketConfirmed({ portal: 'azure', number: null, armName: 'arm-1', subscriptionId: SUBSCRIPTION }, top),
    ]);
    expect(fromRoute).toBe(again);
    const withNumber = await handlers.ticketConfirmed({ portal: 'azure', number: '2611230040001234', armName: null, subscriptionId: null }, blade);
    expect(withNumber).toBe(fromRoute);
    const all = await tickets.listOpen();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({
      number: '2611230040001234',
      armName: 'arm-1',
      subscriptionId: SUBSCRIPTION,
      severity: 'A',
      breakFix: true,
      customer: { name: 'Contoso Ltd' },
      createdAt: START,
    });
  });

  it('"Change severity": the logged request follows; unknown, closed or same-severity requests are left alone', async () => {
    const { handlers, tickets, top, advance } = setup();
    await handlers.formSubmitted({ ...snapshot, severity: 'B', response24x7: true }, top);
    advance(2_000);
    const id = await handlers.ticketConfirmed({ portal: 'azure', number: '2611230040004321', armName: null, subscriptionId: null }, top);
    expect(await tickets.get(id!)).toMatchObject({ severity: 'B', response24x7: true });
    expect(await handlers.severityChanged({ number: '2611230040009999', severity: 'A' }, top)).toBeNull();
    expect(await handlers.severityChanged({ number: '2611230040004321', severity: 'B' }, top)).toBeNull();
    expect(await handlers.severityChanged({ number: '2611230040004321', severity: 'A' }, top)).toBe(id);
    // The 24x7 choice is severity B's; it goes with it.
    expect(await tickets.get(id!)).toMatchObject({ severity: 'A', response24x7: false, createdAt: START });
    await tickets.update(id!, { closedAt: START + 60_000 }, START + 60_000);
    expect(await handlers.severityChanged({ number: '2611230040004321', severity: 'C' }, top)).toBeNull();
    expect((await tickets.get(id!))?.severity).toBe('A');
  });

  it('a confirmation retried after the worker died between the ticket write and the tab record: one ticket', async () => {
    const { handlers, tickets, top, advance } = setup();
    await handlers.formSubmitted(snapshot, top);
    const beforeConfirmation = await tabRecordItem(7).getValue();
    advance(1_000);
    const first = await handlers.ticketConfirmed({ portal: 'azure', number: null, armName: 'arm-9', subscriptionId: null }, top);
    await tabRecordItem(7).setValue(beforeConfirmation); // the record write never happened
    const retried = await handlers.ticketConfirmed({ portal: 'azure', number: null, armName: 'arm-9', subscriptionId: null }, top);
    expect(retried).toBe(first);
    expect(await tickets.count()).toBe(1);
  });

  it("the first number shown is the request's: a later one from another frame does not rewrite it", async () => {
    const { handlers, tickets, top, blade, advance } = setup();
    await handlers.formSubmitted(snapshot, blade);
    advance(1_000);
    const id = await handlers.ticketConfirmed({ portal: 'azure', number: '2611230040001111', armName: null, subscriptionId: null }, blade);
    await handlers.ticketConfirmed({ portal: 'azure', number: '2611230040002222', armName: 'arm-2', subscriptionId: null }, top);
    expect(await tickets.get(id!)).toMatchObject({ number: '2611230040001111', armName: 'arm-2' });
  });

  it('ignores confirmations without a fresh submission', async () => {
    const { handlers, tickets, top, advance } = setup();
    expect(await handlers.ticketConfirmed({ portal: 'azure', number: '2611230040001234', armName: null, subscriptionId: null }, top)).toBeNull();
    await handlers.formSubmitted(snapshot, top);
    advance(60 * 60_000);
    expect(await handlers.ticketConfirmed({ portal: 'azure', number: '2611230040001234', armName: null, subscriptionId: null }, top)).toBeNull();
    expect(await tickets.count()).toBe(0);
  });

  it('does not take a number issued on another day as the confirmation (an older request on screen)', async () => {
    const { handlers, tickets, top, advance } = setup();
    await handlers.reportTenant({ url: 'https://portal.azure.com/#home', signals: [header('Contoso Ltd')] }, top);
    await handlers.formSubmitted(snapshot, top);
    advance(5_000);
    expect(await handlers.ticketConfirmed({ portal: 'azure', number: '2611010040001234', armName: null, subscriptionId: null }, top)).toBeNull();
    expect(await tickets.count()).toBe(0);
    const logged = await handlers.ticketConfirmed({ portal: 'azure', number: '2611230040005678', armName: null, subscriptionId: null }, top);
    expect(logged).not.toBeNull();
    expect((await tickets.listOpen())[0]?.number).toBe('2611230040005678');
  });

  it('"This is my own tenant" adds the tab\'s resolved tenant, once, and the verdict turns to own', async () => {
    const { handlers, top, settings, setSettings } = setup();
    setSettings({ ...settings(), ownTenants: [] });
    const STRANGER = '55555555-5555-4555-8555-555555555555';
    await handlers.reportTenant({ url: 'https://portal.azure.com/#home', signals: [header('Tailspin Toys'), { kind: 'tenantId', value: STRANGER, source: 'header' }] }, top);
    const marked = await handlers.markOwnTenant(undefined, top);
    expect(marked).toMatchObject({ ok: true, state: { context: { outcome: 'own' }, ownTenantsConfigured: true } });
    await handlers.markOwnTenant(undefined, top);
    expect(settings().ownTenants).toEqual([{ name: 'Tailspin Toys', tenantId: STRANGER, domains: [] }]);
  });

  it('"This is my own tenant" needs a directory id: a name alone is refused', async () => {
    const { handlers, top, settings, setSettings } = setup();
    setSettings({ ...settings(), ownTenants: [] });
    await handlers.reportTenant({ url: 'https://portal.azure.com/#home', signals: [header('Tailspin Toys')] }, top);
    expect(await handlers.markOwnTenant(undefined, top)).toEqual({ ok: false, reason: 'noTenantId' });
    expect(settings().ownTenants).toEqual([]);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { createAssistantHandlers } from '../../../entrypoints/background/assistant-handlers';
import { createPartnerCenterHandlers } from '../../../entrypoints/background/partner-center-handlers';
import { createHandoffs } from '../../../lib/partner-center/handoffs';
import { createTabRecords } from '../../../lib/assistant/tab-records';
import { settingsStorage } from '../support/storage';
import { buildAssistantState } from '../../../lib/assistant/build-state';
import { INTENT_TTL_MS, OPENER_WINDOW_MS } from '../../../lib/partner-center/intent';
import type { Settings } from '../../../lib/settings/schema';
import { createSettingsStore } from '../../../lib/settings/store';
import { openTicketDb } from '../../../lib/tickets/db';
import { createTicketStore } from '../../../lib/tickets/store';
import type { TenantSignal } from '../../../lib/tenant/signal';
import { CONTOSO_ID, NORTHWIND_ID, partnerSettings } from '../assistant/fixtures';

const PC_TAB = 5;
const PORTAL_TAB = 9;
const SM_URL = `https://partner.microsoft.com/dashboard/v2/customers/${CONTOSO_ID}/servicemanagementpage`;
const pcSender = { id: 'ext', url: SM_URL, tab: { id: PC_TAB }, frameId: 0 };
const portalTop = { id: 'ext', url: 'https://portal.azure.com/#home', tab: { id: PORTAL_TAB }, frameId: 0 };
const header = (value: string): TenantSignal => ({ kind: 'directoryName', value, source: 'header' });

const intendContoso = (navigation: 'newTab' | 'sameTab' | 'unknown', href = 'https://portal.azure.com/#@contoso.onmicrosoft.com/blade/Microsoft_Azure_Support/HelpAndSupportBlade/overview') => ({
  customer: { name: 'Contoso Ltd', tenantId: CONTOSO_ID },
  role: null,
  target: 'azure' as const,
  href,
  partnerCenterUrl: SM_URL,
  navigation,
});

async function setup(initial: Settings = partnerSettings()) {
  // The day request number 2611230040001234 below was issued: a confirmation must be of that day.
  let now = Date.UTC(2026, 10, 23, 9, 30);
  // The real settings store (one write queue) over WXT's fake storage.
  const storage = await settingsStorage({ settings: initial });
  const store = createSettingsStore(storage.items, () => now);
  const settings = async () => (await storage.stored()).settings as Settings;
  const tabs = createTabRecords();
  const publish = vi.fn(async (_tabId: number) => {});
  const handoffs = createHandoffs({ tabs, now: () => now, publish });
  const handlers = createPartnerCenterHandlers({ settings: store.read, updateSettings: store.update, tabs, handoffs, publish, now: () => now });
  const tickets = createTicketStore(openTicketDb(`test-${crypto.randomUUID()}`));
  const handlersOfAssistant = createAssistantHandlers({
    settings: store.read,
    updateSettings: store.update,
    tabs,
    tickets,
    broadcast: async () => {},
    injectAssistant: async () => {},
    openOptions: async () => {},
    now: () => now,
  });
  const stateOf = async (tabId: number) => buildAssistantState(await settings(), await tabs.read(tabId), now);
  // The top frame's report, then the state its assistant would be sent.
  const assistant = {
    ...handlersOfAssistant,
    reportTenant: async (...args: Parameters<typeof handlersOfAssistant.reportTenant>) => {
      await handlersOfAssistant.reportTenant(...args);
      return stateOf(args[1].tab?.id ?? -1);
    },
  };
  return { handlers, handoffs, tabs, publish, settingsWrites: storage.writes, assistant, tickets, stateOf, settings, advance: (ms: number) => (now += ms) };
}

describe('intents move to the tab the portal opens in', () => {
  it('a new tab opened by the Partner Center tab takes the intent; the Partner Center tab keeps none', async () => {
    const { handlers, handoffs, tabs, publish, assistant } = await setup();
    await handlers.intendCustomer(intendContoso('newTab'), pcSender);
    expect((await tabs.read(PC_TAB)).intended).toBeUndefined();
    await handoffs.tabCreated(PORTAL_TAB, PC_TAB);
    expect(publish).toHaveBeenCalledWith(PORTAL_TAB);
    const state = await assistant.reportTenant({ url: 'https://portal.azure.com/#@contoso.onmicrosoft.com', signals: [header('Contoso Ltd')] }, portalTop);
    expect(state.context).toMatchObject({ outcome: 'customer', intended: { name: 'Contoso Ltd', tenantId: CONTOSO_ID } });
    expect(state.partnerCenterUrl).toBe(SM_URL);
    // The next tab the Partner Center tab opens is not the customer's.
    await handoffs.tabCreated(PORTAL_TAB + 1, PC_TAB);
    expect((await tabs.read(PORTAL_TAB + 1)).intended).toBeUndefined();
  });

  it('the portal in another customer is a mismatch naming both', async () => {
    const { handlers, handoffs, assistant } = await setup();
    await handlers.intendCustomer(intendContoso('newTab'), pcSender);
    await handoffs.tabCreated(PORTAL_TAB, PC_TAB);
    const state = await assistant.reportTenant(
      { url: 'https://portal.azure.com/#home', signals: [header('Northwind Traders (northwind.onmicrosoft.com)'), { kind: 'domain', value: 'northwind.onmicrosoft.com', source: 'header' }] },
      portalTop,
    );
    expect(state.context.outcome).toBe('mismatch');
    expect(state.context.intended?.name).toBe('Contoso Ltd');
  });

  it('the click’s message may arrive after the new tab: a tab opened just before takes it', async () => {
    const { handlers, handoffs, tabs, advance } = await setup();
    await handoffs.tabCreated(PORTAL_TAB, PC_TAB);
    advance(300);
    await handlers.intendCustomer(intendContoso('newTab'), pcSender);
    expect((await tabs.read(PORTAL_TAB)).intended?.tenantId).toBe(CONTOSO_ID);
  });

  it('a same-tab click keeps the intent in its own tab; a tab opened from it later (the guess was wrong) takes it over', async () => {
    const { handlers, handoffs, tabs } = await setup();
    await handlers.intendCustomer(intendContoso('sameTab'), pcSender);
    expect((await tabs.read(PC_TAB)).intended?.tenantId).toBe(CONTOSO_ID);
    await handoffs.tabCreated(PORTAL_TAB, PC_TAB);
    expect((await tabs.read(PORTAL_TAB)).intended?.tenantId).toBe(CONTOSO_ID);
    expect((await tabs.read(PC_TAB)).intended).toBeUndefined();
  });

  it('a browser that names no opener: the tab opened right after a new-tab click takes it, a later one does not', async () => {
    const { handlers, handoffs, tabs, advance } = await setup();
    await handlers.intendCustomer(intendContoso('newTab'), pcSender);
    advance(200);
    await handoffs.tabCreated(PORTAL_TAB, undefined);
    expect((await tabs.read(PORTAL_TAB)).intended?.tenantId).toBe(CONTOSO_ID);
    await handoffs.tabCreated(PORTAL_TAB + 1, undefined);
    expect((await tabs.read(PORTAL_TAB + 1)).intended).toBeUndefined();
  });

  it('a waiting intent is not given to a tab opened long after the click', async () => {
    const { handlers, handoffs, tabs, advance } = await setup();
    await handlers.intendCustomer(intendContoso('newTab'), pcSender);
    advance(OPENER_WINDOW_MS + 1);
    await handoffs.tabCreated(PORTAL_TAB, PC_TAB);
    expect((await tabs.read(PORTAL_TAB)).intended).toBeUndefined();
  });

  it('the intent expires INTENT_TTL_MS after the click', async () => {
    const { handlers, handoffs, stateOf, advance } = await setup();
    await handlers.intendCustomer(intendContoso('newTab'), pcSender);
    await handoffs.tabCreated(PORTAL_TAB, PC_TAB);
    advance(INTENT_TTL_MS);
    expect((await stateOf(PORTAL_TAB)).context.intended?.tenantId).toBe(CONTOSO_ID);
    advance(1);
    expect((await stateOf(PORTAL_TAB)).context.intended).toBeUndefined();
  });

  it('fills the name from the partner’s customers when the page gave only an id', async () => {
    const { handlers, handoffs, tabs } = await setup();
    await handlers.intendCustomer({ ...intendContoso('newTab'), customer: { tenantId: CONTOSO_ID } }, pcSender);
    await handoffs.tabCreated(PORTAL_TAB, PC_TAB);
    expect((await tabs.read(PORTAL_TAB)).intended).toEqual({ name: 'Contoso Ltd', tenantId: CONTOSO_ID, domain: 'contoso.onmicrosoft.com', role: null });
  });

  it('refuses intents from anything but a Partner Center top frame', async () => {
    const { handlers } = await setup();
    await expect(handlers.intendCustomer(intendContoso('newTab'), portalTop)).rejects.toThrow(/Partner Center/);
    await expect(handlers.intendCustomer(intendContoso('newTab'), { ...pcSender, frameId: 2 })).rejects.toThrow(/Partner Center/);
  });
});

describe('the M365 BeginClientSession hop', () => {
  const hopUrl = (ctid: string) => `https://portal.office.com/Partner/BeginClientSession.aspx?CTID=${ctid}&CSDEST=Support`;
  const hopSender = (ctid: string) => ({ id: 'ext', url: hopUrl(ctid), tab: { id: PORTAL_TAB }, frameId: 0 });
  const m365Top = { id: 'ext', url: 'https://admin.microsoft.com/AdminPortal/Home#/support', tab: { id: PORTAL_TAB }, frameId: 0 };

  it('an admin center that names no organisation is in the hop’s tenant, named from settings; the hop is evidence, not an intent', async () => {
    const { handlers, assistant } = await setup();
    await handlers.clientSessionStarted({ ctid: CONTOSO_ID }, hopSender(CONTOSO_ID));
    const state = await assistant.reportTenant({ url: m365Top.url, signals: [] }, m365Top);
    expect(state.context).toMatchObject({ outcome: 'customer', customer: { name: 'Contoso Ltd' } });
    // Nobody picked a customer in Partner Center: nothing claims the partner came from there.
    expect(state.context.intended ?? null).toBeNull();
  });

  it('keeps the intent the click gave, so a hop into another tenant is a mismatch', async () => {
    const { handlers, handoffs, assistant } = await setup();
    await handlers.intendCustomer({ ...intendContoso('newTab', hopUrl(CONTOSO_ID)), target: 'm365' }, pcSender);
    await handoffs.tabCreated(PORTAL_TAB, PC_TAB);
    await handlers.clientSessionStarted({ ctid: NORTHWIND_ID }, hopSender(NORTHWIND_ID));
    const state = await assistant.reportTenant({ url: m365Top.url, signals: [] }, m365Top);
    expect(state.context.outcome).toBe('mismatch');
  });

  it('a BeginClientSession link opened in a new tab carries the hop’s tenant even if the hop page is never seen', async () => {
    const { handlers, handoffs, assistant } = await setup();
    await handlers.intendCustomer({ ...intendContoso('newTab', hopUrl(CONTOSO_ID)), target: 'm365' }, pcSender);
    await handoffs.tabCreated(PORTAL_TAB, PC_TAB);
    const state = await assistant.reportTenant({ url: m365Top.url, signals: [] }, m365Top);
    expect(state.context).toMatchObject({ outcome: 'customer', tenant: { tenantId: CONTOSO_ID } });
  });

  it('accepts only the CTID of the sender’s own URL', async () => {
    const { handlers } = await setup();
    await expect(handlers.clientSessionStarted({ ctid: CONTOSO_ID }, hopSender(NORTHWIND_ID))).rejects.toThrow(/BeginClientSession/);
    await expect(handlers.clientSessionStarted({ ctid: CONTOSO_ID }, m365Top)).rejects.toThrow(/BeginClientSession/);
  });
});

describe('learned customers', () => {
  it('adds what Partner Center shows, keeps the hand-entered one, and writes nothing when nothing is new', async () => {
    const { handlers, settingsWrites, settings } = await setup();
    const customers = [
      { name: 'Contoso (as Partner Center says)', tenantId: CONTOSO_ID, domains: [] },
      { name: 'Northwind Traders', tenantId: NORTHWIND_ID, domains: ['northwind.onmicrosoft.com'] },
    ];
    expect(await handlers.learnCustomers({ customers }, pcSender)).toEqual({ added: 1, updated: 0 });
    expect((await settings()).customers).toEqual([
      { name: 'Contoso Ltd', tenantId: CONTOSO_ID, domains: ['contoso.onmicrosoft.com'], source: 'manual' },
      { name: 'Northwind Traders', tenantId: NORTHWIND_ID, domains: ['northwind.onmicrosoft.com'], source: 'learned' },
    ]);
    expect(await handlers.learnCustomers({ customers }, pcSender)).toEqual({ added: 0, updated: 0 });
    expect(settingsWrites()).toBe(1);
  });

  it('two pages reporting at once both land', async () => {
    const { handlers, settings } = await setup();
    await Promise.all([
      handlers.learnCustomers({ customers: [{ name: 'Northwind Traders', tenantId: NORTHWIND_ID, domains: [] }] }, pcSender),
      handlers.learnCustomers({ customers: [{ name: 'Adatum Corporation', tenantId: '44444444-4444-4444-8444-444444444444', domains: [] }] }, { ...pcSender, tab: { id: 6 } }),
    ]);
    expect((await settings()).customers.map((customer) => customer.name)).toEqual(['Contoso Ltd', 'Northwind Traders', 'Adatum Corporation']);
  });

  it('only from Partner Center', async () => {
    const { handlers } = await setup();
    await expect(handlers.learnCustomers({ customers: [] }, portalTop)).rejects.toThrow(/Partner Center/);
  });
});

describe('tickets logged in an intended tab', () => {
  const snapshot = {
    portal: 'azure' as const,
    severity: 'B' as const,
    issueType: 'technical' as const,
    title: 'VM down',
    service: null,
    supportLanguage: 'en',
    contactMethod: 'email' as const,
    response24x7: false,
  };

  async function logIn(signals: TenantSignal[]) {
    const context = await setup({ ...partnerSettings(), customers: [] });
    await context.handlers.intendCustomer(intendContoso('newTab'), pcSender);
    await context.handoffs.tabCreated(PORTAL_TAB, PC_TAB);
    await context.assistant.reportTenant({ url: portalTop.url, signals }, portalTop);
    await context.assistant.formSubmitted(snapshot, portalTop);
    await context.assistant.ticketConfirmed({ portal: 'azure', number: '2611230040001234', armName: null, subscriptionId: null }, portalTop);
    return (await context.tickets.listOpen())[0];
  }

  it('carry the intended customer’s name and tenant id when the portal shows only its directory name', async () => {
    expect((await logIn([header('Contoso Ltd')]))?.customer).toEqual({ name: 'Contoso Ltd', tenantId: CONTOSO_ID, domain: null });
  });

  it('carry the portal’s tenant, not the intended one, on a mismatch', async () => {
    const ticket = await logIn([header('Northwind Traders'), { kind: 'domain', value: 'northwind.onmicrosoft.com', source: 'header' }]);
    expect(ticket?.customer).toEqual({ name: 'Northwind Traders', tenantId: null, domain: 'northwind.onmicrosoft.com' });
  });
});

import { deleteDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTicketHandlers } from '../../../entrypoints/background/tickets/handlers';
import { addTicketRequest, listTicketsRequest, logTicketRequest, updateTicketRequest } from '../../../lib/messages/ticket-messages';
import { defaultSettings, type Settings } from '../../../lib/settings/schema';
import { openTicketDb, type TicketDb } from '../../../lib/tickets/db';
import { createTicketStore, type TicketStore } from '../../../lib/tickets/store';
import { serializeTicketsFile } from '../../../lib/tickets/export-file';
import type { SenderInfo } from '../../../lib/messages/router';
import { newInput, storedTicket, T0, TENANT } from '../tickets/fixtures';

const HOUR = 3_600_000;
const sender: SenderInfo = { id: 'ext', url: 'chrome-extension://ext/popup.html' };
let dbName = '';
let connection: Promise<TicketDb>;
let store: TicketStore;
let now = T0;
let settings: Settings;
let counter = 0;

function handlers() {
  return createTicketHandlers({ store, settings: async () => settings, now: () => now });
}
// The router hands handlers parsed payloads; the tests do the same parsing.
const list = (query: object = {}) => handlers().listTickets(listTicketsRequest.parse(query), sender);
const log = (data: unknown) => handlers().logTicket(logTicketRequest.parse(data), sender);
const add = (data: unknown) => handlers().addTicket(addTicketRequest.parse(data), sender);

beforeEach(() => {
  dbName = `ticket-handlers-${++counter}`;
  connection = openTicketDb(dbName);
  store = createTicketStore(connection);
  now = T0;
  settings = { ...defaultSettings(), customers: [{ name: 'Contoso Ltd', tenantId: TENANT, domains: ['contoso.onmicrosoft.com'], source: 'manual' }] };
});

afterEach(async () => {
  (await connection).close();
  await deleteDB(dbName);
});

/** Logs `count` tickets one minute apart, numbered from `first`. */
async function logMany(count: number, over: (index: number) => Partial<ReturnType<typeof newInput>> = () => ({})) {
  const ids: string[] = [];
  for (let index = 0; index < count; index++) {
    const number = String(2403040010000000 + index);
    const { view } = await log(newInput({ number, createdAt: T0 - index * 60_000, ...over(index) }));
    ids.push(view.ticket.id);
  }
  return ids;
}

describe('logTicket', () => {
  it('is idempotent on the request number and reports whether it created the ticket', async () => {
    const first = await log(newInput());
    const again = await log(newInput({ title: 'other' }));
    expect(first.created).toBe(true);
    expect(again).toMatchObject({ created: false, view: { ticket: { id: first.view.ticket.id, title: 'VM does not start' } } });
    expect(await store.count()).toBe(1);
  });

  it('returns the SLA status computed from the settings', async () => {
    now = T0 + 3 * HOUR + 50 * 60_000; // severity B, 4 h target
    const { view } = await log(newInput());
    expect(view.sla).toMatchObject({ state: 'atRisk', dueAt: T0 + 4 * HOUR });
  });

  it('names the customer from the settings and the intended customer', async () => {
    const { view } = await log(newInput({ customer: { name: '', tenantId: TENANT, domain: null } }));
    expect(view.ticket.customer).toEqual({ name: 'Contoso Ltd', tenantId: TENANT, domain: 'contoso.onmicrosoft.com' });
    const other = '99999999-9999-4999-8999-999999999999';
    const intended = await log({ ...newInput({ number: '2403040010000999', customer: { name: '', tenantId: other, domain: null } }), intendedCustomer: { name: 'Wingtip', tenantId: other } });
    expect(intended.view.ticket.customer.name).toBe('Wingtip');
  });
});

describe('listTickets', () => {
  it('lists open tickets by next breach, with paging', async () => {
    // Severities C, A, B: due 8 h, 2 h and 4 h after nearly the same creation time.
    await logMany(3, (index) => ({ severity: (['C', 'A', 'B'] as const)[index] }));
    const page = await list({ status: 'open', limit: 2 });
    expect(page.items.map((view) => view.ticket.severity)).toEqual(['A', 'B']);
    expect(page).toMatchObject({ hasMore: true, openCount: 3 });
    const rest = await list({ status: 'open', limit: 2, offset: 2 });
    expect(rest.items.map((view) => view.ticket.severity)).toEqual(['C']);
    expect(rest.hasMore).toBe(false);
  });

  it('pages through open then closed tickets under "all"', async () => {
    const ids = await logMany(5);
    for (const id of ids.slice(0, 3)) await handlers().updateTicket({ id, action: 'close' }, sender);
    const first = await list({ status: 'all', limit: 3 });
    expect(first.items.map((view) => view.ticket.closedAt === null)).toEqual([true, true, false]);
    expect(first.hasMore).toBe(true);
    const second = await list({ status: 'all', limit: 3, offset: 3 });
    expect(second.items).toHaveLength(2);
    expect(second.hasMore).toBe(false);
    const seen = [...first.items, ...second.items].map((view) => view.ticket.id);
    expect(new Set(seen).size).toBe(5);
    expect((await list({ status: 'closed' })).items.map((view) => view.sla?.state)).toEqual(['closed', 'closed', 'closed']);
  });

  it('filters by search, portal and customer', async () => {
    await logMany(2, (index) => (index === 0 ? { portal: 'm365', title: 'Mail flow' } : { customer: { name: 'Other', tenantId: null, domain: null } }));
    expect((await list({ search: 'mail' })).items).toHaveLength(1);
    expect((await list({ portal: 'm365' })).items.map((view) => view.ticket.title)).toEqual(['Mail flow']);
    expect((await list({ customer: TENANT })).items).toHaveLength(1);
  });
});

describe('updateTicket', () => {
  it('records the first response at the background clock and closes and reopens', async () => {
    const [id] = await logMany(1);
    now = T0 + HOUR;
    const answered = await handlers().updateTicket({ id: id!, action: 'firstResponse' }, sender);
    expect(answered).toMatchObject({ ok: true, view: { ticket: { firstResponseAt: T0 + HOUR }, sla: { state: 'met' } } });
    const closed = await handlers().updateTicket({ id: id!, action: 'close' }, sender);
    expect(closed).toMatchObject({ ok: true, view: { ticket: { closedAt: T0 + HOUR } } });
    expect((await list({ status: 'open' })).items).toHaveLength(0);
    await handlers().updateTicket({ id: id!, action: 'reopen' }, sender);
    expect((await list({ status: 'open' })).items).toHaveLength(1);
  });

  it('edits number, severity, customer and title, refusing a number used by another ticket', async () => {
    const [first, second] = await logMany(2);
    const edit = updateTicketRequest.parse({ id: second, edit: { number: '2403040019999999', severity: 'A', title: ' New title ', customer: { name: 'Fabrikam', tenantId: null, domain: null } } });
    expect(await handlers().updateTicket(edit, sender)).toMatchObject({ ok: true, view: { ticket: { number: '2403040019999999', severity: 'A', title: 'New title' } } });
    const clash = updateTicketRequest.parse({ id: second, edit: { number: '2403040010000000' } });
    expect(await handlers().updateTicket(clash, sender)).toEqual({ ok: false, error: 'errDuplicateNumber' });
    expect((await store.get(first!))?.number).toBe('2403040010000000');
  });

  it('pauses and resumes the clock', async () => {
    const [id] = await logMany(1);
    expect(await handlers().updateTicket({ id: id!, action: 'pause' }, sender)).toMatchObject({ ok: true, view: { sla: { state: 'paused' } } });
    now = T0 + HOUR;
    const resumed = await handlers().updateTicket({ id: id!, action: 'resume' }, sender);
    // One hour paused pushes the 4-hour due time by one hour.
    expect(resumed).toMatchObject({ ok: true, view: { sla: { state: 'onTrack', dueAt: T0 + 5 * HOUR } } });
  });

  it('answers null for an unknown or deleted ticket', async () => {
    const [id] = await logMany(1);
    await handlers().deleteTicket({ id: id! }, sender);
    expect(await handlers().updateTicket({ id: id!, action: 'close' }, sender)).toBeNull();
    expect(await handlers().updateTicket({ id: '0b6f2d1e-8c1a-4e5b-9a7d-000000000000', action: 'close' }, sender)).toBeNull();
  });
});

describe('delete and undo', () => {
  it('hides a deleted ticket and brings it back', async () => {
    const [id] = await logMany(1);
    expect((await handlers().deleteTicket({ id: id! }, sender))?.ticket.deletedAt).toBe(T0);
    expect((await list()).items).toHaveLength(0);
    expect((await handlers().undoDelete({ id: id! }, sender))?.ticket.deletedAt).toBeNull();
    expect((await list()).items).toHaveLength(1);
  });
});

describe('addTicket', () => {
  it('adds a ticket with the number pending, created now unless told otherwise', async () => {
    const { number: _number, createdAt: _createdAt, ...input } = newInput();
    const added = await add({ ...input, number: null });
    expect(added).toMatchObject({ created: true, view: { ticket: { number: null, createdAt: T0 } } });
    const earlier = await add({ ...input, number: null, createdAt: T0 - HOUR });
    expect(earlier.view.ticket.createdAt).toBe(T0 - HOUR);
  });

  it('refuses a creation time in the future', async () => {
    await expect(add({ ...newInput(), createdAt: T0 + HOUR })).rejects.toThrow('errFutureTime');
  });
});

describe('export and import', () => {
  it('exports JSON that imports back, and CSV with a BOM', async () => {
    await logMany(3);
    const json = await handlers().exportTickets({ format: 'json' }, sender);
    expect(json).toMatchObject({ count: 3, mimeType: 'application/json', fileName: expect.stringMatching(/^csp-support-tickets-\d{4}-\d{2}-\d{2}\.json$/) });
    const csv = await handlers().exportTickets({ format: 'csv' }, sender);
    expect(csv.text.startsWith('\uFEFFid,number,')).toBe(true);
    expect(csv.text.trim().split('\r\n')).toHaveLength(4);
    expect(await handlers().importTickets({ text: json.text }, sender)).toEqual({ ok: true, summary: { added: 0, updated: 0, unchanged: 3, conflicts: 0, deletionsIgnored: 0 } });
  });

  it('imports a file handed over as a File (posted to the service worker), and refuses one too large to hold a tickets file unread', async () => {
    await logMany(3);
    const json = await handlers().exportTickets({ format: 'json' }, sender);
    const file = new File([json.text], 'tickets.json', { type: 'application/json' });
    expect(await handlers().importTickets({ file }, sender)).toEqual({ ok: true, summary: { added: 0, updated: 0, unchanged: 3, conflicts: 0, deletionsIgnored: 0 } });
    const huge = new Blob([json.text]);
    Object.defineProperty(huge, 'size', { value: 200_000_001 });
    const read = vi.spyOn(huge, 'text');
    expect(await handlers().importTickets({ file: huge }, sender)).toEqual({ ok: false, issues: [{ path: '', messageKey: 'errFileTooLarge' }] });
    expect(read).not.toHaveBeenCalled();
  });

  it('rejects a bad file as a whole and changes nothing', async () => {
    await logMany(1);
    const good = storedTicket({ id: '0b6f2d1e-8c1a-4e5b-9a7d-3f2e1d0c9b01', number: '2403040010009001' });
    const bad = { ...storedTicket({ id: '0b6f2d1e-8c1a-4e5b-9a7d-3f2e1d0c9b02', number: '2403040010009002' }), createdAt: 'yesterday' };
    const text = serializeTicketsFile([good], T0).replace(/"tickets": \[/, `"tickets": [${JSON.stringify(bad)},`);
    const result = await handlers().importTickets({ text }, sender);
    expect(result).toMatchObject({ ok: false, issues: [{ path: 'tickets.0.createdAt', messageKey: 'errTimestamp' }] });
    expect(await handlers().importTickets({ text: 'not json' }, sender)).toEqual({ ok: false, issues: [{ path: '', messageKey: 'errFileNotJson' }] });
    expect(await store.count()).toBe(1);
  });
});

describe('a stored record with impossible dates (from before timestamps were bounded)', () => {
  it('is set apart: the list, the CSV export and deleting it all keep working', async () => {
    await logMany(2);
    const absurd = storedTicket({ id: '7e0b6c1a-1111-4222-8333-444455556666', number: '2403040019999999', createdAt: 8.6e15, updatedAt: 8.6e15 });
    await (await connection).put('tickets', { ...absurd, openKey: 1 });
    const page = await list({ status: 'all' });
    expect(page.items).toHaveLength(2);
    expect(page.unshowable).toEqual([{ id: absurd.id, number: absurd.number, reason: 'badTimestamp' }]);
    const csv = await handlers().exportTickets({ format: 'csv' }, sender);
    expect(csv.count).toBe(2);
    expect(csv.text).not.toContain(absurd.number);
    expect(await handlers().deleteTicket({ id: absurd.id }, sender)).toMatchObject({ ticket: { id: absurd.id }, sla: null });
    expect((await list({ status: 'all' })).unshowable).toEqual([]);
  });
});

describe('a stored record with a field of the wrong kind (edited by hand, or written by a faulty build)', () => {
  it('is set apart from the list and the search, is not handed out as a linked ticket, and can be deleted', async () => {
    await logMany(2);
    const damaged = { ...storedTicket({ id: '7e0b6c1a-1111-4222-8333-777788889999', number: '2403040018888888' }), customer: null, title: 42, openKey: 1 };
    await (await connection).put('tickets', damaged as never);
    const page = await list({ status: 'open' });
    expect(page.items).toHaveLength(2);
    expect(page.unshowable).toEqual([{ id: damaged.id, number: damaged.number, reason: 'badShape' }]);
    // The search reads every record's text: the damaged one matches nothing and breaks nothing.
    expect((await list({ status: 'all', search: 'contoso' })).items.length).toBeGreaterThan(0);
    expect((await list({ status: 'all', customer: '22222222-2222-4222-8222-222222222222' })).unshowable).toEqual([]);
    expect(await handlers().getTicket({ id: damaged.id }, sender)).toBeNull();
    expect((await handlers().exportTickets({ format: 'csv' }, sender)).text).not.toContain(damaged.number);
    expect(await handlers().deleteTicket({ id: damaged.id }, sender)).toMatchObject({ ticket: { id: damaged.id }, sla: null });
    expect((await list({ status: 'all' })).unshowable).toEqual([]);
  });
});

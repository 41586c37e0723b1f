import { deleteDB, openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { NewerTicketDbError, openTicketDb, ticketDbConnection, TICKET_DB_VERSION, upgradeTicketDb, type TicketDb, type TicketDbSchema } from '../../../lib/tickets/db';
import { createTicketStore, DuplicateTicketNumberError, type TicketStore } from '../../../lib/tickets/store';
import type { Ticket } from '../../../lib/tickets/schema';
import { newInput, storedTicket, T0, TENANT } from './fixtures';

let dbName = '';
let connection: Promise<TicketDb>;
let store: TicketStore;
let counter = 0;
const OTHER_TENANT = '11111111-2222-4333-8444-555555555555';

beforeEach(() => {
  // A fresh database per test: no state leaks between cases.
  dbName = `tickets-test-${++counter}`;
  connection = openTicketDb(dbName);
  store = createTicketStore(connection);
});

afterEach(async () => {
  (await connection).close();
  await deleteDB(dbName);
});

describe('add', () => {
  it('creates a ticket with an id and empty SLA history', async () => {
    const { ticket, created } = await store.add(newInput(), T0 + 1);
    expect(created).toBe(true);
    expect(ticket.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(ticket).toMatchObject({ number: '2403040010000123', firstResponseAt: null, closedAt: null, pausedIntervals: [], updatedAt: T0 + 1, deletedAt: null });
    expect(await store.get(ticket.id)).toEqual(ticket);
  });

  it('is idempotent on number and fills missing fields', async () => {
    const first = await store.add(newInput({ severity: 'unknown', service: null }), T0);
    const second = await store.add(newInput({ severity: 'A', service: 'Storage', title: 'changed' }), T0 + 10);
    expect(second.created).toBe(false);
    expect(second.ticket).toMatchObject({ id: first.ticket.id, severity: 'A', service: 'Storage', title: 'VM does not start', updatedAt: T0 + 10 });
    expect(await store.get(first.ticket.id)).toEqual(second.ticket);
    expect(await store.count()).toBe(1);
  });

  it('keeps one record when the same number is added twice concurrently', async () => {
    const results = await Promise.all([store.add(newInput(), T0), store.add(newInput({ severity: 'A' }), T0)]);
    expect(results.map((result) => result.created).sort()).toEqual([false, true]);
    expect(await store.count()).toBe(1);
  });

  it('keeps one record when two connections add the same number', async () => {
    const other = createTicketStore(openTicketDb(dbName));
    await Promise.all([store.add(newInput(), T0), other.add(newInput(), T0)]);
    expect(await store.count()).toBe(1);
  });

  it('keeps both when different tickets are added concurrently', async () => {
    await Promise.all([store.add(newInput(), T0), store.add(newInput({ number: '2403040010000999' }), T0), store.add(newInput({ number: null }), T0)]);
    expect(await store.count()).toBe(3);
  });

  it('never merges tickets whose number is still pending', async () => {
    await store.add(newInput({ number: null }), T0);
    await store.add(newInput({ number: null }), T0);
    expect(await store.count()).toBe(2);
  });

  it('rejects an invalid report without writing', async () => {
    await expect(store.add(newInput({ number: 'abc' }), T0)).rejects.toBeInstanceOf(ZodError);
    expect(await store.count()).toBe(0);
  });
});

describe('listing', () => {
  async function seed(): Promise<Record<string, Ticket>> {
    const open = (await store.add(newInput({ createdAt: T0 }), T0)).ticket;
    const newer = (await store.add(newInput({ number: '2403040010000200', createdAt: T0 + 100, portal: 'm365', customer: { name: 'Fabrikam', tenantId: OTHER_TENANT, domain: null } }), T0)).ticket;
    const closed = (await store.add(newInput({ number: '2403040010000300', createdAt: T0 + 50 }), T0)).ticket;
    const deleted = (await store.add(newInput({ number: '2403040010000400', createdAt: T0 + 75 }), T0)).ticket;
    await store.update(closed.id, { closedAt: T0 + 60 }, T0 + 60);
    await store.softDelete(deleted.id, T0 + 80);
    return { open, newer, closed, deleted };
  }
  const ids = (list: Ticket[]) => list.map((ticket) => ticket.number);

  it('listOpen returns open, non-deleted tickets newest first', async () => {
    await seed();
    expect(ids(await store.listOpen())).toEqual(['2403040010000200', '2403040010000123']);
  });

  it.each<[string, Parameters<TicketStore['list']>[0], (string | null)[]]>([
    ['all, newest first', {}, ['2403040010000200', '2403040010000300', '2403040010000123']],
    ['closed', { status: 'closed' }, ['2403040010000300']],
    ['open on m365', { status: 'open', portal: 'm365' }, ['2403040010000200']],
    ['by customer tenant', { customer: TENANT }, ['2403040010000300', '2403040010000123']],
    ['search', { search: 'fabrikam' }, ['2403040010000200']],
    ['paged', { limit: 1, offset: 1 }, ['2403040010000300']],
    ['paged on the open index', { status: 'open', limit: 1, offset: 1 }, ['2403040010000123']],
  ])('list %s', async (_name, query, expected) => {
    await seed();
    expect(ids(await store.list(query))).toEqual(expected);
  });

  it('counts non-deleted tickets', async () => {
    await seed();
    expect(await store.count()).toBe(3);
  });
});

describe('update, delete, restore, purge', () => {
  it('updates fields and re-indexes open state', async () => {
    const { ticket } = await store.add(newInput(), T0);
    const updated = await store.update(ticket.id, { firstResponseAt: T0 + 10, paused: true }, T0 + 20);
    expect(updated).toMatchObject({ firstResponseAt: T0 + 10, pausedIntervals: [{ from: T0 + 20, to: null }], updatedAt: T0 + 20 });
    await store.update(ticket.id, { closedAt: T0 + 30 }, T0 + 30);
    expect(await store.listOpen()).toEqual([]);
    expect(await store.update('missing', { title: 'x' }, T0)).toBeUndefined();
  });

  it('rejects an edit that breaks the ticket and leaves it unchanged', async () => {
    const { ticket } = await store.add(newInput(), T0);
    await expect(store.update(ticket.id, { closedAt: T0 - 1 }, T0)).rejects.toBeInstanceOf(ZodError);
    await expect(store.update(ticket.id, { severty: 'A' } as never, T0)).rejects.toBeInstanceOf(ZodError);
    expect(await store.get(ticket.id)).toEqual(ticket);
  });

  it('refuses to give a ticket a number that another ticket has', async () => {
    await store.add(newInput(), T0);
    const { ticket } = await store.add(newInput({ number: null }), T0);
    await expect(store.update(ticket.id, { number: '2403040010000123' }, T0)).rejects.toBeInstanceOf(DuplicateTicketNumberError);
    expect((await store.get(ticket.id))?.number).toBeNull();
  });

  it('soft-deletes and restores', async () => {
    const { ticket } = await store.add(newInput(), T0);
    expect(await store.softDelete(ticket.id, T0 + 5)).toMatchObject({ deletedAt: T0 + 5 });
    expect(await store.listOpen()).toEqual([]);
    expect(await store.count()).toBe(0);
    // Logging the same number again does not resurrect a ticket deleted on purpose.
    expect((await store.add(newInput(), T0 + 6)).ticket.deletedAt).toBe(T0 + 5);
    expect(await store.restore(ticket.id, T0 + 7)).toMatchObject({ deletedAt: null, updatedAt: T0 + 7 });
    expect(await store.listOpen()).toHaveLength(1);
  });

  it('purges only tickets deleted before the cutoff', async () => {
    const a = (await store.add(newInput(), T0)).ticket;
    const b = (await store.add(newInput({ number: null }), T0)).ticket;
    await store.add(newInput({ number: '2403040010000777' }), T0);
    await store.softDelete(a.id, T0 + 10);
    await store.softDelete(b.id, T0 + 20);
    expect(await store.purgeDeleted(T0 + 20)).toBe(1);
    expect(await store.get(a.id)).toBeUndefined();
    expect(await store.get(b.id)).toBeDefined();
    expect(await store.count()).toBe(1);
  });
});

describe('importMany', () => {
  it('is idempotent by id and by number; the later edit wins', async () => {
    const { ticket: local } = await store.add(newInput(), T0);
    const sameNumberNewer = storedTicket({ severity: 'A', updatedAt: T0 + 100 });
    const fresh = storedTicket({ id: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d', number: null, title: 'Fresh' });
    expect(await store.importMany([sameNumberNewer, fresh])).toEqual({ added: 1, updated: 1, unchanged: 0, conflicts: 0, deletionsIgnored: 0 });
    expect(await store.get(local.id)).toMatchObject({ id: local.id, severity: 'A' });
    expect(await store.importMany([sameNumberNewer, fresh])).toEqual({ added: 0, updated: 0, unchanged: 2, conflicts: 0, deletionsIgnored: 0 });
    expect(await store.count()).toBe(2);
  });

  it('counts a clash between id and number as a conflict and writes nothing for it', async () => {
    await store.add(newInput(), T0);
    const { ticket: pending } = await store.add(newInput({ number: null }), T0);
    const clash = { ...pending, number: '2403040010000123', updatedAt: T0 + 100 };
    expect(await store.importMany([clash])).toEqual({ added: 0, updated: 0, unchanged: 0, conflicts: 1, deletionsIgnored: 0 });
    expect((await store.get(pending.id))?.number).toBeNull();
  });

  it('never deletes or soft-deletes a stored ticket, whatever the file says, and counts what it did not apply', async () => {
    const { ticket } = await store.add(newInput(), T0);
    const deletedInFile = { ...ticket, title: 'Edited elsewhere', deletedAt: T0 + 50, updatedAt: T0 + 100 };
    const newDeleted = { ...ticket, id: '5a4b3c2d-1e0f-4a1b-8c2d-3e4f5a6b7c8d', number: '2403040010000999', deletedAt: T0 + 50, updatedAt: T0 + 100 };
    expect(await store.importMany([deletedInFile, newDeleted])).toEqual({ added: 1, updated: 1, unchanged: 0, conflicts: 0, deletionsIgnored: 2 });
    expect(await store.get(ticket.id)).toMatchObject({ title: 'Edited elsewhere', deletedAt: null });
    expect(await store.count()).toBe(2);
  });
});

describe('database lifecycle', () => {
  it('keeps data across close and reopen, with the current schema', async () => {
    const { ticket } = await store.add(newInput(), T0);
    (await connection).close();
    connection = openTicketDb(dbName);
    const db = await connection;
    expect(db.version).toBe(TICKET_DB_VERSION);
    expect([...db.objectStoreNames]).toEqual(['archive', 'archiveKeys', 'tickets']);
    expect([...db.transaction('archive').store.indexNames]).toEqual(['byNewest']);
    expect([...db.transaction('tickets').store.indexNames].sort()).toEqual(['byCreatedAt', 'byCustomer', 'byDeletedAt', 'byNumber', 'byOpen']);
    expect(await createTicketStore(connection).get(ticket.id)).toEqual(ticket);
  });

  it('runs the upgrade steps from an older version and refuses a version without a step', async () => {
    const { ticket } = await store.add(newInput(), T0);
    (await connection).close();
    const next = TICKET_DB_VERSION + 1;
    const opening = openDB<TicketDbSchema>(dbName, next, { upgrade: (db, oldVersion, newVersion, tx) => upgradeTicketDb(db, oldVersion, newVersion ?? next, tx) });
    await expect(opening).rejects.toThrow();
    // The failed upgrade rolled back: the database and its data are intact.
    connection = openTicketDb(dbName);
    expect((await connection).version).toBe(TICKET_DB_VERSION);
    expect(await createTicketStore(connection).get(ticket.id)).toEqual(ticket);
  });

  it('closes on versionchange so a newer version can open, and the lazy connection reopens', async () => {
    const lazy = ticketDbConnection(dbName);
    const lazyStore = createTicketStore(lazy);
    await lazyStore.add(newInput(), T0);
    (await connection).close();
    // Simulates an updated extension opening the next version; it would hang if we did not close.
    const newer = await openDB(dbName, TICKET_DB_VERSION + 1);
    expect(newer.version).toBe(TICKET_DB_VERSION + 1);
    newer.close();
    await deleteDB(dbName);
    // The old connection is gone; the getter opens a new one (here a fresh, empty database).
    expect(await lazyStore.count()).toBe(0);
    (await lazy()).close();
  });
});

describe('a database written by a newer version (a downgrade)', () => {
  it('is refused with a message name the popup can translate, and left as it is', async () => {
    const name = `newer-${crypto.randomUUID()}`;
    const newer = await openDB(name, TICKET_DB_VERSION + 1, { upgrade: (db) => void db.createObjectStore('tickets', { keyPath: 'id' }) });
    newer.close();
    await expect(openTicketDb(name)).rejects.toBeInstanceOf(NewerTicketDbError);
    await expect(openTicketDb(name)).rejects.toThrow('errTicketDbNewer');
    const again = await openDB(name);
    expect(again.version).toBe(TICKET_DB_VERSION + 1);
    again.close();
    await deleteDB(name);
  });
});

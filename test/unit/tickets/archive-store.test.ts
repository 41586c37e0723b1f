import { deleteDB, openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ARCHIVE_CHUNK_SIZE } from '../../../lib/tickets/archive';
import { readHits } from '../../../lib/tickets/archive-store';
import { inTransaction } from '../../../lib/tickets/transaction';
import { openTicketDb, upgradeTicketDb, type TicketDb, type TicketDbSchema } from '../../../lib/tickets/db';
import { toRecord } from '../../../lib/tickets/records';
import type { Ticket } from '../../../lib/tickets/schema';
import { createTicketStore, DuplicateTicketNumberError, type TicketStore } from '../../../lib/tickets/store';
import { newInput, storedTicket, T0, TENANT } from './fixtures';

/** The ticket log with an imported closed history: kept in archive chunks, seen as one log. */

const MINUTE = 60_000;
const OTHER_TENANT = '11111111-2222-4333-8444-555555555555';
const idOf = (index: number) => `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`;
const numberOf = (index: number) => `2403040010${String(index).padStart(6, '0')}`;

/** A closed ticket, older as `index` grows; every third for another customer. */
function closedTicket(index: number, createdAt = T0 - index * MINUTE): Ticket {
  const customer = index % 3 === 0 ? { name: 'Fabrikam', tenantId: OTHER_TENANT, domain: 'fabrikam.onmicrosoft.com' } : storedTicket().customer;
  return storedTicket({ id: idOf(index), number: numberOf(index), customer, createdAt, closedAt: createdAt + MINUTE, updatedAt: createdAt + MINUTE });
}

const history = (count: number, from = 0) => Array.from({ length: count }, (_, index) => closedTicket(from + index));

let dbName = '';
let connection: Promise<TicketDb>;
let store: TicketStore;
let counter = 0;

beforeEach(() => {
  dbName = `archive-test-${++counter}`;
  connection = openTicketDb(dbName);
  store = createTicketStore(connection);
});

afterEach(async () => {
  (await connection).close();
  await deleteDB(dbName);
});

async function stored() {
  const db = await connection;
  return { loose: await db.count('tickets'), chunks: await db.getAll('archive') };
}

describe('an import of a closed history', () => {
  it('writes closed tickets as chunks and open ones one record each, and lists them as one log, newest first', async () => {
    const open = storedTicket({ id: idOf(9000), number: numberOf(9000), createdAt: T0 - 300 * MINUTE - 30_000, updatedAt: T0 });
    const closed = history(600);
    expect(await store.importMany([open, ...closed])).toMatchObject({ added: 601 });
    const { loose, chunks } = await stored();
    expect(loose).toBe(1);
    expect(chunks.map((chunk) => chunk.tickets.length)).toEqual([ARCHIVE_CHUNK_SIZE, ARCHIVE_CHUNK_SIZE, 100]);
    expect(await store.count()).toBe(601);
    const all = await store.list({ status: 'all' });
    const expected = [open, ...closed].sort((a, b) => b.createdAt - a.createdAt).map((ticket) => ticket.id);
    expect(all.map((ticket) => ticket.id)).toEqual(expected);
    // The open ticket sits between 300 and 301 minutes old.
    expect(all[301]?.id).toBe(open.id);
    expect((await store.list({ status: 'closed', offset: 299, limit: 3 })).map((ticket) => ticket.id)).toEqual([idOf(299), idOf(300), idOf(301)]);
    expect((await store.listOpen()).map((ticket) => ticket.id)).toEqual([open.id]);
  });

  it('finds an archived ticket by id, by number, by search and by customer, as it was written', async () => {
    await store.importMany(history(300));
    expect(await store.get(idOf(260))).toEqual(closedTicket(260));
    expect(await store.findByNumber(numberOf(7))).toEqual(closedTicket(7));
    expect((await store.list({ status: 'all', search: numberOf(260) })).map((ticket) => ticket.id)).toEqual([idOf(260)]);
    const fabrikam = await store.list({ status: 'closed', customer: OTHER_TENANT });
    expect(fabrikam).toHaveLength(100);
    expect(fabrikam.every((ticket) => ticket.customer.tenantId === OTHER_TENANT)).toBe(true);
    expect(await store.get(idOf(301))).toBeUndefined();
  });

  it('interleaves two imports whose dates overlap', async () => {
    const even = history(400).filter((_, index) => index % 2 === 0);
    const odd = history(400).filter((_, index) => index % 2 === 1);
    await store.importMany(even);
    await store.importMany(odd);
    expect((await stored()).chunks).toHaveLength(2);
    const page = await store.list({ status: 'closed', offset: 100, limit: 4 });
    expect(page.map((ticket) => ticket.id)).toEqual([idOf(100), idOf(101), idOf(102), idOf(103)]);
    expect(await store.count()).toBe(400);
  });

  it('is idempotent: the same file again changes nothing and writes no chunk', async () => {
    await store.importMany(history(300));
    const before = await stored();
    expect(await store.importMany(history(300))).toEqual({ added: 0, updated: 0, unchanged: 300, conflicts: 0, deletionsIgnored: 0 });
    expect(await stored()).toEqual(before);
  });

  it('replaces a newer edit of an archived ticket in its chunk, and moves one the file reopens to the open tickets', async () => {
    await store.importMany(history(300));
    const edited = { ...closedTicket(10), title: 'Edited elsewhere', updatedAt: T0 + 1 };
    const reopened = { ...closedTicket(20), closedAt: null, updatedAt: T0 + 1 };
    expect(await store.importMany([edited, reopened])).toMatchObject({ added: 0, updated: 2 });
    expect(await store.get(edited.id)).toEqual(edited);
    expect((await store.listOpen()).map((ticket) => ticket.id)).toEqual([reopened.id]);
    const { loose, chunks } = await stored();
    expect(loose).toBe(1);
    expect(chunks.reduce((count, chunk) => count + chunk.tickets.length, 0)).toBe(299);
    expect(await store.count()).toBe(300);
  });

  it('matches a file ticket to an archived one by number and keeps the stored id', async () => {
    await store.importMany(history(10));
    const sameNumber = { ...closedTicket(3), id: idOf(5000), title: 'Renamed', updatedAt: T0 + 1 };
    expect(await store.importMany([sameNumber])).toMatchObject({ updated: 1 });
    expect(await store.get(idOf(5000))).toBeUndefined();
    expect(await store.get(idOf(3))).toMatchObject({ title: 'Renamed', number: numberOf(3) });
  });
});

describe('changing an archived ticket', () => {
  beforeEach(async () => {
    await store.importMany(history(300));
  });

  it('moves it out of its chunk into the tickets store, so it is still there once', async () => {
    const updated = await store.update(idOf(5), { title: 'Edited here' }, T0 + 1);
    expect(updated).toMatchObject({ id: idOf(5), title: 'Edited here' });
    const { loose, chunks } = await stored();
    expect(loose).toBe(1);
    expect(chunks[0]?.tickets.map((ticket) => ticket.id)).not.toContain(idOf(5));
    expect((await store.list({ status: 'all' })).filter((ticket) => ticket.id === idOf(5))).toHaveLength(1);
    expect(await store.count()).toBe(300);
  });

  it('is found by a search from the index built before it moved, as is its neighbour left in the rewritten chunk', async () => {
    expect(await store.list({ status: 'all', search: numberOf(11) })).toHaveLength(1);
    await store.update(idOf(11), { title: 'Moved out' }, T0 + 1);
    expect((await store.list({ status: 'all', search: numberOf(11) })).map((ticket) => ticket.title)).toEqual(['Moved out']);
    expect((await store.list({ status: 'all', search: numberOf(12) })).map((ticket) => ticket.id)).toEqual([idOf(12)]);
  });

  it('deletes, restores and purges it like any other ticket', async () => {
    await store.softDelete(idOf(6), T0 + 1);
    expect(await store.count()).toBe(299);
    expect(await store.restore(idOf(6), T0 + 2)).toMatchObject({ deletedAt: null });
    await store.softDelete(idOf(7), T0 + 3);
    expect(await store.purgeDeleted(T0 + 4)).toBe(1);
    expect(await store.get(idOf(7))).toBeUndefined();
    expect(await store.count()).toBe(299);
  });

  it('empties a chunk it leaves with no ticket', async () => {
    await store.importMany([closedTicket(1000)]);
    expect((await stored()).chunks).toHaveLength(3);
    await store.update(idOf(1000), { title: 'Edited' }, T0 + 1);
    expect((await stored()).chunks).toHaveLength(2);
  });

  it('merges a report of an archived number into it instead of logging it twice', async () => {
    const { ticket, created } = await store.add(newInput({ number: numberOf(8), service: null }), T0 + 1);
    expect(created).toBe(false);
    expect(ticket.id).toBe(idOf(8));
    expect(await store.count()).toBe(300);
  });

  it('refuses to give another ticket an archived number, and leaves both as they were', async () => {
    const { ticket } = await store.add(newInput({ number: null }), T0 + 1);
    await expect(store.update(ticket.id, { number: numberOf(9) }, T0 + 2)).rejects.toBeInstanceOf(DuplicateTicketNumberError);
    expect((await store.get(ticket.id))?.number).toBeNull();
    expect(await store.findByNumber(numberOf(9))).toEqual(closedTicket(9));
  });
});

describe('reading search hits', () => {
  it('reads each where its hit says, and looks up afresh a hit whose place is out of date', async () => {
    await store.importMany(history(300));
    const db = await connection;
    const hits = [
      { id: idOf(1), seq: 1 },
      { id: idOf(299), seq: 1 }, // in chunk 2, not 1
      { id: idOf(3), seq: null }, // archived, not in the tickets store
      { id: idOf(4000), seq: null }, // not stored at all
    ];
    const records = await inTransaction(db, 'readonly', (tx) => readHits(tx, hits));
    expect(records.map((record) => record?.id)).toEqual([idOf(1), idOf(299), idOf(3), undefined]);
  });
});

describe('a version-1 database', () => {
  it('opens at the current version with its tickets where they were, and takes an archive', async () => {
    const name = `v1-${crypto.randomUUID()}`;
    const v1 = await openDB<TicketDbSchema>(name, 1, { upgrade: (db, oldVersion, _newVersion, tx) => upgradeTicketDb(db, oldVersion, 1, tx) });
    expect([...v1.objectStoreNames]).toEqual(['tickets']);
    const kept = storedTicket({ customer: { name: 'Contoso Ltd', tenantId: TENANT, domain: null } });
    await v1.put('tickets', toRecord(kept));
    v1.close();
    const current = openTicketDb(name);
    const upgraded = createTicketStore(current);
    expect(await upgraded.get(kept.id)).toEqual(kept);
    await upgraded.importMany(history(3));
    expect(await upgraded.count()).toBe(4);
    (await current).close();
    await deleteDB(name);
  });
});

describe('a damaged chunk (edited by hand, or written by a faulty build)', () => {
  it('reads as what it still holds: the history, the search, the count and a lookup go on without the damage', async () => {
    expect(await store.importMany(history(600))).toMatchObject({ added: 600 });
    const db = await connection;
    const [first, second, third] = await db.getAll('archive');
    // The first chunk loses its list of tickets; the second gets a null in front; the third's keys go.
    await db.put('archive', { ...first!, tickets: 'gone' } as never);
    await db.put('archive', { ...second!, tickets: [null, ...second!.tickets] } as never);
    await db.put('archiveKeys', { seq: third!.seq, ids: 'gone' } as never);
    const all = await store.list({ status: 'all' });
    expect(all.map((ticket) => ticket.id)).toEqual([...second!.tickets, ...third!.tickets].map((ticket) => ticket.id));
    // The count reads the keys only: the first chunk's are whole, the third's gone.
    expect(await store.count()).toBe(2 * ARCHIVE_CHUNK_SIZE);
    // Found by its key past the null, where it really sits, and changed like any archived ticket.
    const inSecond = second!.tickets[10]!;
    expect(await store.get(inSecond.id)).toMatchObject({ id: inSecond.id, number: inSecond.number });
    expect(await store.findByNumber(inSecond.number!)).toMatchObject({ id: inSecond.id });
    expect(await store.softDelete(inSecond.id, T0)).toMatchObject({ id: inSecond.id });
    expect((await db.get('archive', second!.seq))!.tickets.map((ticket) => ticket.id)).not.toContain(inSecond.id);
    expect((await store.list({ status: 'all', search: numberOf(300) })).length).toBeLessThanOrEqual(1);
  });
});

import { archivedCount } from './archive';
import { findArchived, findStored, historyNewestFirst, liftArchived, readAll, readHits, type Archived } from './archive-store';
import type { TicketDb } from './db';
import type { ImportSummary } from './import-plan';
import { importIntoLog } from './import-store';
import { applyPatch, createTicket, fromRecord, mergeMissing, queryMatcher, toRecord, type TicketQuery } from './records';
import { createSearchIndex } from './search-index';
import { inTransaction, isConstraintError, type Tx } from './transaction';
import { newTicketInputSchema, ticketPatchSchema, type NewTicket, type NewTicketInput, type Ticket, type TicketPatchInput } from './schema';

/**
 * Ticket store on IndexedDB. Every method opens one short transaction and never
 * awaits anything but IndexedDB requests inside it (validation happens before),
 * because a transaction auto-commits as soon as it has nothing pending. A ticket is
 * one record in the `tickets` store, or part of an archive chunk when an import brought
 * it closed (archive.ts); every method looks in both.
 */

export type { ImportSummary } from './import-plan';

/** Thrown by update when the new number is already logged on another ticket. */
export class DuplicateTicketNumberError extends Error {
  override name = 'DuplicateTicketNumberError';
}

/** The ticket log's operations, as the background's ticket handlers use them. */
export interface TicketStore {
  /**
   * Logs a request; the same number twice, or the same `id` twice, gives one record (missing fields
   * filled in). Throws ZodError on bad input.
   */
  add(input: NewTicketInput, now: number, id?: string): Promise<{ ticket: Ticket; created: boolean }>;
  get(id: string): Promise<Ticket | undefined>;
  /** The ticket logged with this request number, deleted or not. */
  findByNumber(number: string): Promise<Ticket | undefined>;
  /** Open tickets (not closed, not deleted), newest first. */
  listOpen(): Promise<Ticket[]>;
  /** Non-deleted tickets matching `query`, newest first. */
  list(query?: TicketQuery): Promise<Ticket[]>;
  /** Applies an edit; undefined when no such ticket. Throws ZodError or DuplicateTicketNumberError. */
  update(id: string, patch: TicketPatchInput, now: number): Promise<Ticket | undefined>;
  softDelete(id: string, now: number): Promise<Ticket | undefined>;
  restore(id: string, now?: number): Promise<Ticket | undefined>;
  /** Removes soft-deleted tickets deleted before the epoch-ms cutoff `olderThanMs`; returns how many. */
  purgeDeleted(olderThanMs: number): Promise<number>;
  /**
   * Imports tickets, idempotent by id and by number: the later updatedAt wins. The tickets come as
   * ticketSchema gave them (parseTicketsFile checks a whole file first): validating 50,000 twice
   * was a third of an import.
   */
  importMany(tickets: readonly Ticket[]): Promise<ImportSummary>;
  /** Number of tickets that are not deleted. */
  count(): Promise<number>;
}

/** Creates the store over a connection promise (or a getter, to reopen after a versionchange). */
export function createTicketStore(source: Promise<TicketDb> | (() => Promise<TicketDb>)): TicketStore {
  const database = typeof source === 'function' ? source : () => source;
  // Every write below goes through this store, so the index it keeps for searches stays true.
  const search = createSearchIndex(async () => (await inTransaction(await database(), 'readonly', readAll)).map(({ record, seq }) => ({ ticket: fromRecord(record), seq })));
  const indexed = <T extends Ticket | undefined>(ticket: T): T => {
    if (ticket) search.put(ticket);
    return ticket;
  };

  /** Writes `ticket` where it lives now; an archived one moves to the `tickets` store. */
  function write(tx: Tx<'readwrite'>, ticket: Ticket, archived: Archived | undefined): Promise<unknown> {
    return archived ? liftArchived(tx, archived, toRecord(ticket)) : tx.objectStore('tickets').put(toRecord(ticket));
  }

  async function addOnce(input: NewTicket, now: number, id?: string) {
    const result = await inTransaction(await database(), 'readwrite', async (tx) => {
      const existing = await findStored(tx, { number: input.number, id });
      if (existing) {
        const { ticket, changed } = mergeMissing(fromRecord(existing.record), input, now);
        if (changed) await write(tx, ticket, existing.archived);
        return { ticket, created: false };
      }
      const ticket = createTicket(input, id ?? crypto.randomUUID(), now);
      await tx.objectStore('tickets').add(toRecord(ticket));
      return { ticket, created: true };
    });
    indexed(result.ticket);
    return result;
  }

  async function change(id: string, edit: (ticket: Ticket) => Ticket | null) {
    return indexed(
      await inTransaction(await database(), 'readwrite', async (tx) => {
        const existing = await findStored(tx, { id });
        const current = existing && fromRecord(existing.record);
        const next = current && edit(current);
        if (!next) return current;
        // The tickets store's unique index guards numbers there; an archived ticket's number is checked here.
        if (next.number !== null && next.number !== current.number) {
          const holder = await findArchived(tx, 'numbers', next.number);
          if (holder && holder.record.id !== id) throw new DuplicateTicketNumberError(`Ticket number ${next.number} is already logged`);
        }
        await write(tx, next, existing.archived);
        return next;
      }),
    );
  }

  return {
    // The lookup by number and the write share one readwrite transaction, and IndexedDB runs
    // such transactions on a store one at a time (across connections too), so two adds of one
    // number cannot both miss; the unique index would reject the second if they ever did.
    async add(rawInput, now, id) {
      // async, so invalid input rejects like every other failure instead of throwing synchronously.
      return addOnce(newTicketInputSchema.parse(rawInput), now, id);
    },

    async get(id) {
      const found = await inTransaction(await database(), 'readonly', (tx) => findStored(tx, { id }));
      return found && fromRecord(found.record);
    },

    async findByNumber(number) {
      const found = await inTransaction(await database(), 'readonly', (tx) => findStored(tx, { number }));
      return found && fromRecord(found.record);
    },

    async listOpen() {
      const records = await (await database()).getAllFromIndex('tickets', 'byOpen', 1);
      return records.map(fromRecord).sort((a, b) => b.createdAt - a.createdAt);
    },

    async list(query = {}) {
      const offset = Math.max(0, query.offset ?? 0);
      const limit = Math.max(0, query.limit ?? Infinity);
      const matches = queryMatcher(query);
      const db = await database();
      // Open tickets are never archived: the narrowest index of the tickets store answers.
      if (query.status === 'open') {
        const records = query.customer !== undefined ? await db.getAllFromIndex('tickets', 'byCustomer', query.customer.trim().toLowerCase()) : await db.getAllFromIndex('tickets', 'byOpen', 1);
        const matching = records.map(fromRecord).filter((ticket) => matches(ticket));
        return matching.sort((a, b) => b.createdAt - a.createdAt).slice(offset, offset + limit);
      }
      // A search or a customer's history answers from the index (the archive has no per-ticket
      // index), then reads only the page it found.
      if (query.search?.trim() || query.customer !== undefined) {
        const hits = await search.matching(query);
        const records = await inTransaction(db, 'readonly', (tx) => readHits(tx, hits));
        return records.flatMap((record) => (record ? [fromRecord(record)] : []));
      }
      // The tracker lists the history (all or closed): its first search will need the index.
      search.warm();
      if (limit === 0) return [];
      return inTransaction(db, 'readonly', async (tx) => {
        const found: Ticket[] = [];
        let skipped = 0;
        for await (const record of historyNewestFirst(tx)) {
          const ticket = fromRecord(record);
          if (matches(ticket) && skipped++ >= offset) found.push(ticket);
          if (found.length >= limit) break;
        }
        return found;
      });
    },

    async update(id, rawPatch, now) {
      const patch = ticketPatchSchema.parse(rawPatch);
      try {
        return await change(id, (ticket) => applyPatch(ticket, patch, now));
      } catch (error) {
        if (isConstraintError(error)) throw new DuplicateTicketNumberError(`Ticket number ${patch.number ?? ''} is already logged`);
        throw error;
      }
    },

    softDelete: (id, now) => change(id, (ticket) => (ticket.deletedAt === null ? { ...ticket, deletedAt: now, updatedAt: now } : null)),

    restore: (id, now = Date.now()) => change(id, (ticket) => (ticket.deletedAt === null ? null : { ...ticket, deletedAt: null, updatedAt: now })),

    async purgeDeleted(olderThanMs) {
      search.reset();
      return inTransaction(await database(), 'readwrite', async (tx) => {
        let purged = 0;
        // Deleted tickets are never archived.
        let cursor = await tx.objectStore('tickets').index('byDeletedAt').openCursor(IDBKeyRange.upperBound(olderThanMs, true));
        while (cursor) {
          await cursor.delete();
          purged += 1;
          cursor = await cursor.continue();
        }
        return purged;
      });
    },

    async importMany(tickets) {
      search.reset();
      return inTransaction(await database(), 'readwrite', (tx) => importIntoLog(tx, tickets)).finally(search.reset);
    },

    async count() {
      return inTransaction(await database(), 'readonly', async (tx) => {
        const loose = tx.objectStore('tickets');
        const [all, deleted, keys] = await Promise.all([loose.count(), loose.index('byDeletedAt').count(), tx.objectStore('archiveKeys').getAll()]);
        return all - deleted + archivedCount(keys);
      });
    },
  };
}

import type { TicketDb } from './db';
import type { ImportSummary } from './import-plan';
import { applyPatch, createTicket, fromRecord, matchesQuery, mergeMissing, toRecord, type TicketQuery } from './records';
import { planImport } from './import-plan';
import { createSearchIndex } from './search-index';
import { inTransaction, isConstraintError } from './transaction';
import { newTicketInputSchema, ticketPatchSchema, ticketSchema, type NewTicket, type NewTicketInput, type Ticket, type TicketPatchInput } from './schema';

/**
 * Ticket store on IndexedDB. Every method opens one short transaction and never
 * awaits anything but IndexedDB requests inside it (validation happens before),
 * because a transaction auto-commits as soon as it has nothing pending.
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
  /** Imports tickets, idempotent by id and by number: the later updatedAt wins. */
  importMany(tickets: readonly Ticket[]): Promise<ImportSummary>;
  /** Number of tickets that are not deleted. */
  count(): Promise<number>;
}

/** Creates the store over a connection promise (or a getter, to reopen after a versionchange). */
export function createTicketStore(source: Promise<TicketDb> | (() => Promise<TicketDb>)): TicketStore {
  const database = typeof source === 'function' ? source : () => source;
  // Every write below goes through this store, so the index it keeps for searches stays true.
  const search = createSearchIndex(async () => (await (await database()).getAll('tickets')).map(fromRecord));
  const indexed = <T extends Ticket | undefined>(ticket: T): T => {
    if (ticket) search.put(ticket);
    return ticket;
  };

  async function addOnce(input: NewTicket, now: number, id?: string) {
    const result = await inTransaction(await database(), 'readwrite', async (tx) => {
      const existing = (input.number === null ? undefined : await tx.store.index('byNumber').get(input.number)) ?? (id ? await tx.store.get(id) : undefined);
      if (existing) {
        const { ticket, changed } = mergeMissing(fromRecord(existing), input, now);
        if (changed) await tx.store.put(toRecord(ticket));
        return { ticket, created: false };
      }
      const ticket = createTicket(input, id ?? crypto.randomUUID(), now);
      await tx.store.add(toRecord(ticket));
      return { ticket, created: true };
    });
    indexed(result.ticket);
    return result;
  }

  async function change(id: string, edit: (ticket: Ticket) => Ticket | null) {
    return indexed(
      await inTransaction(await database(), 'readwrite', async (tx) => {
        const record = await tx.store.get(id);
        const next = record && edit(fromRecord(record));
        if (!next) return record && fromRecord(record);
        await tx.store.put(toRecord(next));
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
      const record = await (await database()).get('tickets', id);
      return record && fromRecord(record);
    },

    async findByNumber(number) {
      const record = await (await database()).getFromIndex('tickets', 'byNumber', number);
      return record && fromRecord(record);
    },

    async listOpen() {
      const records = await (await database()).getAllFromIndex('tickets', 'byOpen', 1);
      return records.map(fromRecord).sort((a, b) => b.createdAt - a.createdAt);
    },

    async list(query = {}) {
      const offset = Math.max(0, query.offset ?? 0);
      const limit = Math.max(0, query.limit ?? Infinity);
      const db = await database();
      // A search over the history answers from the index, then reads only the page it found.
      if (query.search?.trim() && query.status !== 'open' && query.customer === undefined) {
        const ids = await search.matching(query);
        const records = await inTransaction(db, 'readonly', (tx) => Promise.all(ids.map((id) => tx.store.get(id))));
        return records.flatMap((record) => (record ? [fromRecord(record)] : []));
      }
      // The tracker lists the history (all or closed): its first search will need the index.
      if (query.status !== 'open') search.warm();
      // Use the narrowest index; for everything else walk byCreatedAt newest first and stop early.
      if (query.status === 'open' || query.customer !== undefined) {
        const records = query.customer !== undefined ? await db.getAllFromIndex('tickets', 'byCustomer', query.customer.trim().toLowerCase()) : await db.getAllFromIndex('tickets', 'byOpen', 1);
        const matching = records.map(fromRecord).filter((ticket) => matchesQuery(ticket, query));
        return matching.sort((a, b) => b.createdAt - a.createdAt).slice(offset, offset + limit);
      }
      return inTransaction(db, 'readonly', async (tx) => {
        const found: Ticket[] = [];
        let skipped = 0;
        let cursor = await tx.store.index('byCreatedAt').openCursor(null, 'prev');
        while (cursor && found.length < limit) {
          const ticket = fromRecord(cursor.value);
          if (matchesQuery(ticket, query) && skipped++ >= offset) found.push(ticket);
          cursor = await cursor.continue();
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
        let cursor = await tx.store.index('byDeletedAt').openCursor(IDBKeyRange.upperBound(olderThanMs, true));
        while (cursor) {
          await cursor.delete();
          purged += 1;
          cursor = await cursor.continue();
        }
        return purged;
      });
    },

    async importMany(tickets) {
      const valid = tickets.map((ticket) => ticketSchema.parse(ticket));
      search.reset();
      return inTransaction(await database(), 'readwrite', async (tx) => {
        const byNumber = tx.store.index('byNumber');
        // Every lookup is asked for at once: IndexedDB answers them in order without a round trip each
        // (one by one, 50,000 tickets took half a minute). An empty log (a first import, a restore on a
        // new computer) needs none.
        const empty = (await tx.store.count()) === 0;
        const stored = empty
          ? valid.map(() => [undefined, undefined] as const)
          : await Promise.all(valid.map((ticket) => Promise.all([tx.store.get(ticket.id), ticket.number === null ? undefined : byNumber.get(ticket.number)])));
        const { writes, summary } = planImport(
          valid,
          stored.map(([byId, sameNumber]) => ({ byId, sameNumber })),
        );
        await Promise.all(writes.map((record) => tx.store.put(record)));
        return summary;
      }).finally(search.reset);
    },

    async count() {
      return inTransaction(await database(), 'readonly', async (tx) => {
        const [all, deleted] = await Promise.all([tx.store.count(), tx.store.index('byDeletedAt').count()]);
        return all - deleted;
      });
    },
  };
}

import { haystackOf, queryMatcher, type SearchableTicket, type TicketQuery } from './records';
import type { Ticket } from './schema';

/**
 * The ticket log's search, in the worker's memory: the few fields a query looks at, newest first, for
 * every ticket. Walking IndexedDB for a search read every record each keystroke (about 2 s at 50,000);
 * this answers in milliseconds and holds a few megabytes. Built on the first search (or when the
 * tracker opens), kept up to date by the store's own writes, and simply rebuilt after a worker restart.
 */

/** A ticket as the index is loaded with: where it lives, the archive chunk's seq or null (archive.ts). */
export interface IndexedTicket {
  ticket: Ticket;
  seq: number | null;
}

/** A ticket a search found, and where to read it (a hint: a write may have moved it since). */
export interface SearchHit {
  id: string;
  seq: number | null;
}

interface Entry {
  id: string;
  seq: number | null;
  createdAt: number;
  /** The ticket as queryMatcher needs it (text fields, status, portal, customer). */
  ticket: SearchableTicket;
  text: string;
}

function entryOf({ ticket, seq }: IndexedTicket): Entry {
  const searchable: SearchableTicket = {
    number: ticket.number,
    armName: ticket.armName,
    title: ticket.title,
    customer: ticket.customer,
    service: ticket.service,
    issueType: ticket.issueType,
    closedAt: ticket.closedAt,
    deletedAt: ticket.deletedAt,
    portal: ticket.portal,
  };
  return { id: ticket.id, seq, createdAt: ticket.createdAt, ticket: searchable, text: haystackOf(searchable) };
}

export function createSearchIndex(loadAll: () => Promise<IndexedTicket[]>) {
  let entries: Entry[] | null = null;
  let loading: Promise<Entry[]> | null = null;
  /** Bumped by reset: a load that started before it must not install what it read. */
  let generation = 0;

  function load(): Promise<Entry[]> {
    if (entries) return Promise.resolve(entries);
    const started = generation;
    loading ??= loadAll().then(
      (tickets) => {
        const built = tickets.map(entryOf).sort((a, b) => b.createdAt - a.createdAt);
        loading = null;
        if (started === generation) entries = built;
        return built;
      },
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
    return loading;
  }

  return {
    /** The tickets matching `query` (paging applied), newest first. */
    async matching(query: TicketQuery): Promise<SearchHit[]> {
      const offset = Math.max(0, query.offset ?? 0);
      const limit = Math.max(0, query.limit ?? Infinity);
      const matches = queryMatcher(query);
      const hits: SearchHit[] = [];
      let skipped = 0;
      for (const entry of await load()) {
        if (hits.length >= limit) break;
        if (matches(entry.ticket, entry.text) && skipped++ >= offset) hits.push({ id: entry.id, seq: entry.seq });
      }
      return hits;
    },
    /** Starts building ahead of the first search (the tracker opened). */
    warm(): void {
      void load().catch(() => undefined); // the search that needs it reports the failure
    },
    /** A ticket written by the store, one by one, so into the `tickets` store: its entry follows. */
    put(ticket: Ticket): void {
      if (!entries) return;
      const at = entries.findIndex((entry) => entry.id === ticket.id);
      if (at >= 0) entries.splice(at, 1);
      const entry = entryOf({ ticket, seq: null });
      const before = entries.findIndex((other) => other.createdAt <= entry.createdAt);
      entries.splice(before < 0 ? entries.length : before, 0, entry);
    },
    /** Many records changed at once (an import, a purge): built again on the next search. */
    reset(): void {
      entries = null;
      loading = null;
      generation += 1;
    },
  };
}

export type SearchIndex = ReturnType<typeof createSearchIndex>;

import type { Portal } from '../portal';
import { ticketSchema, type NewTicket, type Ticket, type TicketPatch } from './schema';

/**
 * Pure record logic for the ticket store, kept out of db.ts so it runs inside an
 * IndexedDB transaction without awaiting anything and can be tested without a DB.
 */

/** A ticket as stored, plus derived index keys (booleans are not valid IndexedDB keys). */
export type TicketRecord = Ticket & {
  /** 1 while open (not closed, not deleted), else 0; feeds the byOpen index. */
  openKey: 0 | 1;
};

/** Filters for TicketStore.list. `customer` is a tenant id; `search` matches text fields. */
export interface TicketQuery {
  status?: 'open' | 'closed' | 'all';
  customer?: string;
  portal?: Portal;
  search?: string;
  limit?: number;
  offset?: number;
}

/** Open = not closed and not deleted. A first response does not close a ticket. */
export function isOpen(ticket: Pick<Ticket, 'closedAt' | 'deletedAt'>): boolean {
  return ticket.closedAt === null && ticket.deletedAt === null;
}

/** A fresh stored ticket from a content-script report. */
export function createTicket(input: NewTicket, id: string, now: number): Ticket {
  return { ...input, id, firstResponseAt: null, closedAt: null, pausedIntervals: [], updatedAt: now, deletedAt: null };
}

/** The stored form of a ticket. */
export function toRecord(ticket: Ticket): TicketRecord {
  return { ...ticket, openKey: isOpen(ticket) ? 1 : 0 };
}

/**
 * Fields added to the record since the database's version 1, with what a record written before them
 * means. Cheaper than parsing every record on every read (the list reads thousands), and no schema bump.
 */
const ADDED_SINCE_RELEASE = { response24x7: false } as const satisfies Partial<Ticket>;

/** The ticket without its derived index keys, with fields an older release did not write filled in. */
export function fromRecord(record: TicketRecord): Ticket {
  const { openKey: _derived, ...ticket } = record;
  return { ...ADDED_SINCE_RELEASE, ...ticket };
}

const isMissing = (value: unknown) => value === undefined || value === null || value === '' || value === 'unknown';

function fill<T, K extends keyof T>(target: T, source: Pick<T, K>, key: K): void {
  if (isMissing(target[key]) && !isMissing(source[key])) target[key] = source[key];
}

/**
 * The same request logged again (same number): keep what is known, fill what is
 * missing, keep the earliest createdAt (the closest to when it was filed). A
 * deleted ticket stays deleted: the partner removed it on purpose.
 */
export function mergeMissing(existing: Ticket, incoming: NewTicket, now: number): { ticket: Ticket; changed: boolean } {
  const merged: Ticket = { ...existing, customer: { ...existing.customer } };
  for (const key of ['armName', 'subscriptionId', 'severity', 'issueType', 'title', 'service', 'supportLanguage', 'contactMethod'] as const) {
    fill(merged, incoming, key);
  }
  for (const key of ['name', 'tenantId', 'domain'] as const) fill(merged.customer, incoming.customer, key);
  merged.createdAt = Math.min(existing.createdAt, incoming.createdAt);
  const changed = JSON.stringify(merged) !== JSON.stringify(existing);
  return { ticket: changed ? { ...merged, updatedAt: now } : existing, changed };
}

/**
 * The ticket after an edit, validated as a whole (throws ZodError, e.g. when a
 * first response would precede creation).
 */
export function applyPatch(ticket: Ticket, patch: TicketPatch, now: number): Ticket {
  const { paused, ...fields } = patch;
  const defined = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  const next: Ticket = { ...ticket, ...defined, updatedAt: now };
  const open = next.pausedIntervals.findIndex((pause) => pause.to === null);
  if (paused === true && open === -1) {
    next.pausedIntervals = [...next.pausedIntervals, { from: now, to: null }];
  } else if (paused === false && open !== -1) {
    next.pausedIntervals = next.pausedIntervals.map((pause, index) =>
      // Clock skew must not produce an inverted span.
      index === open ? { from: pause.from, to: Math.max(now, pause.from) } : pause,
    );
  }
  return ticketSchema.parse(next);
}

/** The fields a query looks at. */
export type SearchableTicket = Pick<Ticket, 'number' | 'armName' | 'title' | 'customer' | 'service' | 'issueType' | 'closedAt' | 'deletedAt' | 'portal'>;

/** The text a search matches against, lower-cased (kept by the search index, computed here otherwise). */
export function haystackOf(ticket: SearchableTicket): string {
  // A damaged record may have no customer (lib/tickets/showable.ts sets it apart from lists): it must not break a search.
  const customer: Partial<SearchableTicket['customer']> = ticket.customer ?? {};
  return [ticket.number, ticket.armName, ticket.title, customer.name, customer.domain, customer.tenantId, ticket.service, ticket.issueType]
    .filter((value): value is string => typeof value === 'string')
    .join('\n')
    .toLocaleLowerCase();
}

/**
 * A test for every filter of `query` except paging, with the query's text normalised once: a search
 * over 50,000 tickets asks it 50,000 times a keystroke. Deleted tickets never match.
 */
export function queryMatcher(query: TicketQuery): (ticket: SearchableTicket, text?: string) => boolean {
  const status = query.status ?? 'all';
  const customer = query.customer?.trim().toLowerCase();
  const search = query.search?.trim().toLocaleLowerCase();
  return (ticket, text) => {
    if (ticket.deletedAt !== null) return false;
    if (status !== 'all' && isOpen(ticket) !== (status === 'open')) return false;
    if (query.portal !== undefined && ticket.portal !== query.portal) return false;
    if (customer !== undefined && ticket.customer?.tenantId !== customer) return false;
    return !search || (text ?? haystackOf(ticket)).includes(search);
  };
}

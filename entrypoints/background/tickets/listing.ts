import type { ListTicketsQuery, TicketPage } from '../../../lib/messages/ticket-messages';
import type { TicketQuery } from '../../../lib/tickets/records';
import type { TicketStore } from '../../../lib/tickets/store';
import { sortViewsByNextBreach, viewOf, type SlaSettings, type TicketView } from '../../../lib/tickets/view';

/**
 * One page of the ticket list. Open tickets come first, sorted by next breach; they
 * are read through the byOpen (or byCustomer) index, so a long closed history is never
 * loaded for them. Closed tickets follow, newest first, read page by page.
 */
export async function listTicketPage(store: Pick<TicketStore, 'list'>, query: ListTicketsQuery, settings: SlaSettings, now: number): Promise<TicketPage> {
  const filters: TicketQuery = { customer: query.customer, portal: query.portal, search: query.search };
  const { offset, limit } = query;
  const toView = (ticket: Parameters<typeof viewOf>[0]) => viewOf(ticket, now, settings);

  const open = sortViewsByNextBreach((await store.list({ ...filters, status: 'open' })).map(toView));
  const items: TicketView[] = query.status === 'closed' ? [] : open.slice(offset, offset + limit);
  if (query.status === 'open') return { items, hasMore: open.length > offset + limit, openCount: open.length };

  // Closed tickets are numbered after the open ones when both are listed.
  const closedOffset = query.status === 'all' ? Math.max(0, offset - open.length) : offset;
  const wanted = limit - items.length;
  // One extra row tells whether a next page exists without counting the whole history.
  const closed = await store.list({ ...filters, status: 'closed', offset: closedOffset, limit: wanted + 1 });
  items.push(...closed.slice(0, wanted).map(toView));
  const moreOpen = query.status === 'all' && open.length > offset + limit;
  return { items, hasMore: moreOpen || closed.length > wanted, openCount: open.length };
}

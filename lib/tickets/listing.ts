import type { ListTicketsQuery, TicketPage } from '../messages/ticket-messages';
import type { TicketQuery } from './records';
import type { TicketStore } from './store';
import { partitionShowable } from './showable';
import { sortViewsByNextBreach, viewOf, type SlaSettings, type TicketView } from './view';

/**
 * One page of the ticket list. Open tickets come first, sorted by next breach; they
 * are read through the byOpen (or byCustomer) index, so a long closed history is never
 * loaded for them. Closed tickets follow, newest first, read page by page.
 */
export async function listTicketPage(store: Pick<TicketStore, 'list'>, query: ListTicketsQuery, readSettings: SlaSettings | Promise<SlaSettings>, now: number): Promise<TicketPage> {
  const filters: TicketQuery = { customer: query.customer, portal: query.portal, search: query.search };
  const { offset, limit } = query;
  // Read together: on a worker that just started, the settings and the log's database are both first reads.
  const [openList, settings] = await Promise.all([store.list({ ...filters, status: 'open' }), readSettings]);
  const toView = (ticket: Parameters<typeof viewOf>[0]) => viewOf(ticket, now, settings);

  // A record with impossible dates is set apart, so one bad import cannot take the list down.
  const openTickets = partitionShowable(openList, now);
  const open = sortViewsByNextBreach(openTickets.showable.map(toView));
  const unshowable = openTickets.unshowable;
  const items: TicketView[] = query.status === 'closed' ? [] : open.slice(offset, offset + limit);
  if (query.status === 'open') return { items, hasMore: open.length > offset + limit, openCount: open.length, unshowable };

  // Closed tickets are numbered after the open ones when both are listed.
  const closedOffset = query.status === 'all' ? Math.max(0, offset - open.length) : offset;
  const wanted = limit - items.length;
  // One extra row tells whether a next page exists without counting the whole history.
  const closed = await store.list({ ...filters, status: 'closed', offset: closedOffset, limit: wanted + 1 });
  const closedPage = partitionShowable(closed.slice(0, wanted), now);
  items.push(...closedPage.showable.map(toView));
  const moreOpen = query.status === 'all' && open.length > offset + limit;
  return { items, hasMore: moreOpen || closed.length > wanted, openCount: open.length, unshowable: [...unshowable, ...closedPage.unshowable] };
}

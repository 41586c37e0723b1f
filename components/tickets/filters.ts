import type { ListTicketsQuery } from '../../lib/messages/ticket-messages';
import type { Portal } from '../../lib/portal';

/** Filters the partner picks; paging is added by the list. */
export interface TicketFilterState {
  status: ListTicketsQuery['status'];
  customer: string;
  portal: '' | Portal;
  search: string;
}

export const DEFAULT_FILTERS: TicketFilterState = { status: 'open', customer: '', portal: '', search: '' };

export function isDefaultFilters(filters: TicketFilterState): boolean {
  return filters.status === 'open' && filters.customer === '' && filters.portal === '' && filters.search.trim() === '';
}

/** The listTickets query for the filters and a page window. */
export function queryFor(filters: TicketFilterState, offset: number, limit: number): ListTicketsQuery {
  return {
    status: filters.status,
    ...(filters.customer ? { customer: filters.customer } : {}),
    ...(filters.portal ? { portal: filters.portal } : {}),
    ...(filters.search.trim() ? { search: filters.search.trim() } : {}),
    offset,
    limit,
  };
}

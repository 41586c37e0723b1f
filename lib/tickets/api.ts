import type { ListTicketsQuery, SaveTicketResult, TicketPage } from '../messages/ticket-messages';
import type { TicketAction } from './actions';
import type { NewTicketInput, TicketPatchInput } from './schema';
import type { TicketView } from './view';

/**
 * What the ticket views may ask for. The entrypoint implements it with messages to
 * the background; the components never touch storage or messaging themselves.
 */
export interface TicketApi {
  list(query: ListTicketsQuery): Promise<TicketPage>;
  add(input: NewTicketInput): Promise<{ view: TicketView; created: boolean }>;
  act(id: string, action: TicketAction): Promise<SaveTicketResult | null>;
  edit(id: string, changes: TicketPatchInput): Promise<SaveTicketResult | null>;
  remove(id: string): Promise<TicketView | null>;
  undoRemove(id: string): Promise<TicketView | null>;
}

import { browser } from 'wxt/browser';
import type { TicketsChangedPush } from '../messages/ticket-messages';
import type { TicketApi } from './api';
import { send } from '../messages/client';

/**
 * The ticket views' API over messages to the background, for extension pages.
 * Retries cover a service worker that is waking up: a message that found no
 * receiver did nothing, so sending it again cannot apply it twice.
 */
const RETRIES = 3;

export function createTicketApi(): TicketApi {
  return {
    list: (query) => send('listTickets', query, { retries: RETRIES }),
    add: (input) => send('addTicket', input, { retries: RETRIES }),
    act: (id, action) => send('updateTicket', { id, action }, { retries: RETRIES }),
    edit: (id, changes) => send('updateTicket', { id, edit: changes }, { retries: RETRIES }),
    remove: (id) => send('deleteTicket', { id }, { retries: RETRIES }),
    undoRemove: (id) => send('undoDelete', { id }, { retries: RETRIES }),
  };
}

/** Calls `listener` whenever the background reports a write to the ticket store; returns the unsubscribe. */
export function onTicketsChanged(listener: () => void): () => void {
  const handle = (message: unknown, sender: { id?: string; tab?: unknown }) => {
    if (sender.id === browser.runtime.id && !sender.tab && (message as TicketsChangedPush | null)?.type === 'ticketsChanged') listener();
  };
  browser.runtime.onMessage.addListener(handle);
  return () => browser.runtime.onMessage.removeListener(handle);
}

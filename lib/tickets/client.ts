import { browser } from 'wxt/browser';
import { isPush } from '../messages/push';
import type { TicketApi } from './api';
import { send } from '../messages/client';
import type { ImportTicketsResult, TicketPage, TicketResponses } from '../messages/ticket-messages';
import { postToWorker, workerReachable } from '../messages/worker-channel';
import type { Settings } from '../settings/schema';
import { copyText } from '../clipboard';

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

/**
 * Imports a tickets file the partner picked: posted to the service worker as the File itself where
 * there is one (a handle: the worker reads it), else its text by runtime messaging.
 */
export async function importTicketsFile(file: Blob): Promise<ImportTicketsResult> {
  if (await workerReachable()) return postToWorker('importTickets', { file });
  return send('importTickets', { text: await file.text() }, { retries: RETRIES });
}

/** The whole log as a file's text: a reply too large for Chrome's runtime messaging to carry quickly (or at all past 64 MiB). */
export async function exportTicketsFile(format: 'json' | 'csv'): Promise<TicketResponses['exportTickets']> {
  if (await workerReachable()) return postToWorker('exportTickets', { format });
  return send('exportTickets', { format }, { retries: RETRIES });
}

/**
 * Listens for the background's reports of ticket-store writes from the moment it is called, so a write
 * made while the page was still loading its first list is not missed: the first subscriber hears of it
 * at once. Returns the subscribe function the views take.
 */
export function watchTicketChanges(): (listener: () => void) => () => void {
  let missed = false;
  const listeners = new Set<() => void>();
  browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string; tab?: unknown }) => {
    if (sender.id !== browser.runtime.id || sender.tab || !isPush(message, 'ticketsChanged')) return;
    if (listeners.size === 0) missed = true;
    for (const listener of listeners) listener();
  });
  return (listener) => {
    listeners.add(listener);
    if (missed) {
      missed = false;
      listener();
    }
    return () => listeners.delete(listener);
  };
}

/**
 * The wiring the popup and the tracker share: the API, and change reports heard from this call on
 * (before the first list is fetched, so a write in between still reloads it). `boardProps` is what
 * both hand their ticket board once the settings and the first page are in.
 */
export function startTicketBoard() {
  const api = createTicketApi();
  const subscribeChanges = watchTicketChanges();
  return {
    api,
    boardProps: (settings: Pick<Settings, 'customers' | 'sla'>, initialPage: TicketPage) => ({
      api,
      subscribeChanges,
      customers: settings.customers,
      leadTimeMinutes: settings.sla.leadTimeMinutes,
      initialPage,
      onOpenSettings: () => void browser.runtime.openOptionsPage(),
      onCopyText: copyText,
    }),
  };
}

import type { Handlers } from '../../../lib/messages/router';
import type { SaveTicketResult } from '../../../lib/messages/ticket-messages';
import type { Settings } from '../../../lib/settings/schema';
import { patchForAction } from '../../../lib/tickets/actions';
import { ticketsToCsv } from '../../../lib/tickets/csv';
import { completeCustomer } from '../../../lib/tickets/customer';
import { parseTicketsBlob, parseTicketsFile, serializeTicketsFile } from '../../../lib/tickets/export-file';
import { DuplicateTicketNumberError, type TicketStore } from '../../../lib/tickets/store';
import type { Ticket, TicketPatchInput } from '../../../lib/tickets/schema';
import { partitionShowable, unshowableReason } from '../../../lib/tickets/showable';
import { viewOf } from '../../../lib/tickets/view';
import { z } from '../../../lib/zod';
import { listTicketPage } from '../../../lib/tickets/listing';

export type TicketHandlerNames = 'logTicket' | 'listTickets' | 'getTicket' | 'addTicket' | 'updateTicket' | 'deleteTicket' | 'undoDelete' | 'exportTickets' | 'importTickets';

interface Deps {
  store: TicketStore;
  settings: () => Promise<Settings>;
  now: () => number;
}

/** A manual "created at" may be a little ahead of this clock (another device), not more. */
const MAX_CLOCK_SKEW_MS = 5 * 60_000;

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** An edit the store refused, as an i18n message name the popup can show next to the form. */
function refusal(error: unknown): SaveTicketResult {
  if (error instanceof DuplicateTicketNumberError) return { ok: false, error: 'errDuplicateNumber' };
  if (error instanceof z.ZodError) return { ok: false, error: error.issues[0]?.message ?? 'errInvalid' };
  throw error;
}

/** The ticket messages, answered from the store; SLA status is computed here, on every read. */
export function createTicketHandlers({ store, settings, now }: Deps): Pick<Handlers, TicketHandlerNames> {
  const view = async (ticket: Ticket | undefined) => {
    if (!ticket) return null;
    // A record set apart (impossible dates) has no SLA to compute; deleting it must still answer.
    return unshowableReason(ticket, now()) ? { ticket, sla: null } : viewOf(ticket, now(), await settings());
  };

  /** Applies the patch `patchFor` derives from the current ticket; null from it means "nothing to change". */
  async function save(id: string, patchFor: (current: Ticket) => TicketPatchInput | null): Promise<SaveTicketResult | null> {
    const current = await store.get(id);
    if (!current || current.deletedAt !== null) return null;
    const patch = patchFor(current);
    try {
      const updated = patch === null ? current : await store.update(id, patch, now());
      return updated ? { ok: true, view: viewOf(updated, now(), await settings()) } : null;
    } catch (error) {
      return refusal(error);
    }
  }

  return {
    async logTicket({ intendedCustomer, ...input }) {
      const current = await settings();
      const customer = completeCustomer(input.customer, intendedCustomer, current.customers);
      const { ticket, created } = await store.add({ ...input, customer }, now());
      return { view: viewOf(ticket, now(), current), created };
    },

    async listTickets(query) {
      return listTicketPage(store, query, settings(), now());
    },

    // The tracker draws the linked ticket as a row: a damaged one is not there to draw (its lists set it apart).
    getTicket: async ({ id }) => {
      const ticket = await store.get(id);
      return ticket && unshowableReason(ticket, now()) === null ? view(ticket) : null;
    },

    async addTicket(input) {
      const at = now();
      const createdAt = input.createdAt ?? at;
      if (createdAt > at + MAX_CLOCK_SKEW_MS) throw new Error('errFutureTime');
      const current = await settings();
      const customer = completeCustomer(input.customer, undefined, current.customers);
      const { ticket, created } = await store.add({ ...input, customer, createdAt }, at);
      return { view: viewOf(ticket, now(), current), created };
    },

    async updateTicket(request) {
      if ('edit' in request) return save(request.id, () => request.edit);
      return save(request.id, (current) => patchForAction(current, request.action, now()));
    },

    deleteTicket: async ({ id }) => view(await store.softDelete(id, now())),
    undoDelete: async ({ id }) => view(await store.restore(id, now())),

    async exportTickets({ format }) {
      const at = now();
      const tickets = await store.list({ status: 'all' });
      const base = `csp-support-tickets-${isoDay(at)}`;
      if (format === 'json') return { fileName: `${base}.json`, mimeType: 'application/json', text: serializeTicketsFile(tickets, at), count: tickets.length };
      const { sla, businessHours } = await settings();
      // Rows need real dates; a record set apart stays in the JSON export (which carries it as stored).
      const rows = partitionShowable(tickets, at).showable;
      // The BOM lets Excel detect UTF-8 (customer names with accents).
      return { fileName: `${base}.csv`, mimeType: 'text/csv', text: `\uFEFF${ticketsToCsv(rows, at, sla, businessHours)}`, count: rows.length };
    },

    async importTickets(request) {
      // Parsed and validated as a whole before the database is touched; importMany is one transaction.
      const parsed = 'file' in request ? await parseTicketsBlob(request.file) : parseTicketsFile(request.text);
      if (!parsed.ok) return parsed;
      return { ok: true, summary: await store.importMany(parsed.value.tickets) };
    },
  };
}

import { z } from '../zod';
import { tenantIdSchema } from '../settings/schema';
import { MAX_PAGE_SIZE } from '../tickets/bounds';
import type { FieldIssue } from '../issues';
import type { Settings } from '../settings/schema';
import type { UnshowableTicket } from '../tickets/showable';
import type { ImportSummary } from '../tickets/store';
import { TICKET_ACTIONS } from '../tickets/actions';
import { epochMsSchema, newTicketInputSchema, portalSchema, ticketCustomerSchema, ticketPatchSchema } from '../tickets/schema';
import type { TicketView } from '../tickets/view';
import type { MessageSpec } from './spec';

/**
 * Ticket log and SLA messages. The database lives in the background; pages
 * and content scripts only ever see these messages. SLA status is computed by the
 * background on every read, from stored timestamps and the current settings.
 */

const idRequest = z.strictObject({ id: z.uuid() });

export const listTicketsRequest = z
  .strictObject({
    status: z.enum(['open', 'closed', 'all']).default('open'),
    /** A tenant id. */
    customer: tenantIdSchema.optional(),
    portal: portalSchema.optional(),
    search: z.string().max(200).optional(),
    limit: z.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
    offset: z.number().int().min(0).max(1_000_000).default(0),
  })
  .default({ status: 'open', limit: 50, offset: 0 });
export type ListTicketsQuery = z.output<typeof listTicketsRequest>;

/**
 * A capture from a portal page: the new-ticket fields, plus the customer the partner
 * picked in Partner Center (when the flow started there), which fills gaps the
 * portal's tenant context leaves. Idempotent on the request number.
 */
export const logTicketRequest = newTicketInputSchema.extend({ intendedCustomer: ticketCustomerSchema.partial().optional() });

/** A ticket typed in by hand: number optional ("number pending"); created now unless the partner says when. */
export const addTicketRequest = newTicketInputSchema.extend({ createdAt: epochMsSchema.optional() });

/** The fields the popup's edit form changes. */
export const ticketEditSchema = ticketPatchSchema.pick({ number: true, severity: true, customer: true, title: true });

export const updateTicketRequest = z.union([z.strictObject({ id: z.uuid(), action: z.enum(TICKET_ACTIONS) }), z.strictObject({ id: z.uuid(), edit: ticketEditSchema })]);
export type UpdateTicketRequest = z.input<typeof updateTicketRequest>;

export const ticketMessages = {
  // Content scripts report submissions (formSubmitted) and confirmations instead; a page cannot log at will.
  logTicket: { from: ['extensionPage'], request: logTicketRequest },
  listTickets: { from: ['extensionPage'], request: listTicketsRequest },
  /** A ticket board's first screen (popup, tracker) in one question: the settings, the first page and whether settings were set aside. */
  openTicketBoard: { from: ['extensionPage'], request: listTicketsRequest },
  getTicket: { from: ['extensionPage'], request: idRequest },
  addTicket: { from: ['extensionPage'], request: addTicketRequest },
  updateTicket: { from: ['extensionPage'], request: updateTicketRequest },
  deleteTicket: { from: ['extensionPage'], request: idRequest },
  undoDelete: { from: ['extensionPage'], request: idRequest },
  exportTickets: { from: ['extensionPage'], request: z.strictObject({ format: z.enum(['json', 'csv']) }) },
  // A File posted to the service worker (lib/messages/worker-channel.ts), or its text by runtime messaging (Firefox).
  importTickets: { from: ['extensionPage'], request: z.union([z.strictObject({ file: z.instanceof(Blob) }), z.strictObject({ text: z.string() })]) },
} as const satisfies Record<string, MessageSpec>;

/** One page of a listing; `items` are sorted by next breach (open) then newest first (closed). */
export interface TicketPage {
  items: TicketView[];
  /** Whether another page follows this one. */
  hasMore: boolean;
  /** Open tickets matching the filters, for headings ("12 open"). */
  openCount: number;
  /** Stored records that cannot be shown (impossible dates), set apart so the rest still shows; offered for deletion. */
  unshowable: UnshowableTicket[];
}

/** What a ticket board needs before it draws: one answer, read concurrently in the background. */
export interface TicketBoardStart {
  settings: Settings;
  page: TicketPage;
  /** Some stored settings could not be read and were set aside (the options page offers to restore them). */
  settingsSetAside: boolean;
}

export type SaveTicketResult = { ok: true; view: TicketView } | { ok: false; error: string };

export type ImportTicketsResult = { ok: true; summary: ImportSummary } | { ok: false; issues: FieldIssue[] };

export interface TicketResponses {
  logTicket: { view: TicketView; created: boolean };
  listTickets: TicketPage;
  openTicketBoard: TicketBoardStart;
  getTicket: TicketView | null;
  addTicket: { view: TicketView; created: boolean };
  /** null when no such ticket. */
  updateTicket: SaveTicketResult | null;
  deleteTicket: TicketView | null;
  undoDelete: TicketView | null;
  exportTickets: { fileName: string; mimeType: string; text: string; count: number };
  importTickets: ImportTicketsResult;
}

/** Background → extension pages, after any write to the ticket store: open lists reload. */
export interface TicketsChangedPush {
  type: 'ticketsChanged';
}

import { parseJsonText } from '../json-text';
import { z } from '../zod';
import { messageKeyFor } from '../settings/issues';
import { epochMsSchema, ticketSchema, type Ticket } from './schema';

/**
 * The JSON export/import file:
 *
 *   { "format": "csp-support-assistant/tickets", "version": 1,
 *     "exportedAt": <epoch ms>, "tickets": [ <Ticket>, … ] }
 *
 * Tickets use the stored shape (ticketSchema): timestamps are epoch ms, text is
 * already cleaned. A later version bumps `version`; this reader rejects newer files
 * rather than guess at them.
 */

export const TICKETS_FILE_FORMAT = 'csp-support-assistant/tickets';
export const TICKETS_FILE_VERSION = 1;
/** Guards against pasting something huge into the import box (≈ 50 000 tickets). */
export const MAX_TICKETS_FILE_CHARS = 50_000_000;
export const MAX_TICKETS_PER_FILE = 50_000;
/** Reports stop after this many problems: a wrong file would otherwise list thousands. */
export const MAX_REPORTED_ERRORS = 50;

/** One problem, at a dotted path such as "tickets.3.customer.tenantId" ('' = the whole file). */
export interface FileError {
  path: string;
  message: string;
}

export type ParseTicketsResult = { ok: true; tickets: Ticket[]; exportedAt: number } | { ok: false; errors: FileError[] };

const headerSchema = z.object(
  {
    format: z.literal(TICKETS_FILE_FORMAT, { error: 'errTicketsFileFormat' }),
    version: z.literal(TICKETS_FILE_VERSION, { error: 'errFileVersion' }),
    exportedAt: epochMsSchema,
    tickets: z.array(z.unknown(), { error: 'errType' }).max(MAX_TICKETS_PER_FILE, { error: 'errTooMany' }),
  },
  { error: 'errTicketsFileFormat' },
);

const ticketsSchema = z.array(ticketSchema);

/** The export file's text for `tickets`, pretty-printed so it diffs well. */
export function serializeTicketsFile(tickets: readonly Ticket[], now: number): string {
  const file = { format: TICKETS_FILE_FORMAT, version: TICKETS_FILE_VERSION, exportedAt: now, tickets };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function toErrors(issues: readonly z.core.$ZodIssue[], prefix: string[] = []): FileError[] {
  return issues.slice(0, MAX_REPORTED_ERRORS).map((issue) => ({
    path: [...prefix, ...issue.path.map(String)].join('.'),
    // zod's own texts (a missing key, a wrong type) become message names too, like the settings file's.
    message: messageKeyFor(issue),
  }));
}

/** Duplicate ids or numbers inside one file mean it was edited by hand or corrupted. */
function duplicates(tickets: readonly Ticket[]): FileError[] {
  const errors: FileError[] = [];
  const seen = { id: new Set<string>(), number: new Set<string>() };
  tickets.forEach((ticket, index) => {
    if (seen.id.has(ticket.id)) errors.push({ path: `tickets.${index}.id`, message: 'errDuplicateId' });
    seen.id.add(ticket.id);
    if (ticket.number === null) return;
    if (seen.number.has(ticket.number)) errors.push({ path: `tickets.${index}.number`, message: 'errDuplicateNumber' });
    seen.number.add(ticket.number);
  });
  return errors.slice(0, MAX_REPORTED_ERRORS);
}

/** Reads an export file. Never throws: every problem comes back as a path and an i18n message name. */
export function parseTicketsFile(text: string): ParseTicketsResult {
  if (typeof text !== 'string' || text.length > MAX_TICKETS_FILE_CHARS) return { ok: false, errors: [{ path: '', message: 'errFileTooLarge' }] };
  const read = parseJsonText(text);
  if (!read.ok) return { ok: false, errors: [{ path: read.path, message: read.messageKey }] };
  const json = read.json;
  // Check the envelope first, so a wrong file gives one clear error instead of one per ticket.
  const header = headerSchema.safeParse(json);
  if (!header.success) return { ok: false, errors: toErrors(header.error.issues) };
  const tickets = ticketsSchema.safeParse(header.data.tickets);
  if (!tickets.success) return { ok: false, errors: toErrors(tickets.error.issues, ['tickets']) };
  const clashes = duplicates(tickets.data);
  if (clashes.length > 0) return { ok: false, errors: clashes };
  return { ok: true, tickets: tickets.data, exportedAt: header.data.exportedAt };
}

import { type FileReadResult, fileFailure, fileIssues, MAX_REPORTED_ISSUES, readJsonFile } from '../import-file';
import type { FieldIssue } from '../issues';
import { z } from '../zod';
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

export interface TicketsFile {
  tickets: Ticket[];
  exportedAt: number;
}

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

/** Duplicate ids or numbers inside one file mean it was edited by hand or corrupted. */
function duplicates(tickets: readonly Ticket[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const seen = { id: new Set<string>(), number: new Set<string>() };
  tickets.forEach((ticket, index) => {
    if (seen.id.has(ticket.id)) issues.push({ path: `tickets.${index}.id`, messageKey: 'errDuplicateId' });
    seen.id.add(ticket.id);
    if (ticket.number === null) return;
    if (seen.number.has(ticket.number)) issues.push({ path: `tickets.${index}.number`, messageKey: 'errDuplicateNumber' });
    seen.number.add(ticket.number);
  });
  return issues.slice(0, MAX_REPORTED_ISSUES);
}

/** Reads an export file (lib/import-file.ts). Never throws: every problem comes back as a path and an i18n message name. */
export function parseTicketsFile(text: string): FileReadResult<TicketsFile> {
  const read = readJsonFile(text, MAX_TICKETS_FILE_CHARS);
  if (!read.ok) return read;
  // Check the envelope first, so a wrong file gives one clear error instead of one per ticket.
  const header = headerSchema.safeParse(read.value);
  if (!header.success) return { ok: false, issues: fileIssues(header.error.issues) };
  const tickets = ticketsSchema.safeParse(header.data.tickets);
  if (!tickets.success) return { ok: false, issues: fileIssues(tickets.error.issues, ['tickets']) };
  const clashes = duplicates(tickets.data);
  if (clashes.length > 0) return { ok: false, issues: clashes };
  return { ok: true, value: { tickets: tickets.data, exportedAt: header.data.exportedAt } };
}

/**
 * Reads an export file handed over as a File. One with more bytes than the longest accepted text could
 * take (four per character) is refused unread, so a wrong pick of a huge file costs nothing.
 */
export async function parseTicketsBlob(file: Blob): Promise<FileReadResult<TicketsFile>> {
  if (file.size > 4 * MAX_TICKETS_FILE_CHARS) return fileFailure('', 'errFileTooLarge');
  return parseTicketsFile(await file.text());
}

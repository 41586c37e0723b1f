import type { BusinessHours, SlaPolicy } from '../settings/schema';
import { NoBusinessTimeError } from '../sla/business-calendar';
import { slaStatus, type SlaStatus } from '../sla/state';
import { portalLink } from './portal-link';
import type { Ticket } from './schema';

/**
 * CSV export for spreadsheets: RFC 4180 (comma, CRLF, double quotes), UTF-8.
 * Cells come from web pages, so text that a spreadsheet would run as a formula is
 * neutralised. Prepend a BOM ('\uFEFF') when saving if Excel must detect UTF-8.
 */

/** Column names, in order. Language-neutral ids, not UI labels. */
export const CSV_COLUMNS = [
  'id',
  'number',
  'portal',
  'customerName',
  'tenantId',
  'domain',
  'severity',
  'response24x7',
  'breakFix',
  'issueType',
  'title',
  'service',
  'supportLanguage',
  'contactMethod',
  'createdAt',
  'firstResponseAt',
  'closedAt',
  'dueAt',
  'slaState',
  'remainingMinutes',
  'deletedAt',
  'portalUrl',
] as const;

type Cell = string | number | boolean | null;

// OWASP's list: these make Excel/Sheets/Calc treat a cell as a formula (tab and CR too).
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",;\r\n]/;

/** One CSV cell: neutralises formulas in text, quotes when needed. Numbers and booleans pass as is. */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  // Semicolons are quoted too, for spreadsheet locales that split on them.
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const isoOrNull = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

function statusOf(ticket: Ticket, now: number, policy: SlaPolicy, hours: BusinessHours): SlaStatus | null {
  try {
    return slaStatus(ticket, now, policy, hours);
  } catch (error) {
    // A calendar with no working time must not block the whole export; leave the SLA cells empty.
    if (error instanceof NoBusinessTimeError) return null;
    throw error;
  }
}

function row(ticket: Ticket, now: number, policy: SlaPolicy, hours: BusinessHours): Cell[] {
  const status = statusOf(ticket, now, policy, hours);
  return [
    ticket.id,
    ticket.number,
    ticket.portal,
    ticket.customer.name,
    ticket.customer.tenantId,
    ticket.customer.domain,
    ticket.severity,
    ticket.response24x7,
    ticket.breakFix,
    ticket.issueType,
    ticket.title,
    ticket.service,
    ticket.supportLanguage,
    ticket.contactMethod,
    isoOrNull(ticket.createdAt),
    isoOrNull(ticket.firstResponseAt),
    isoOrNull(ticket.closedAt),
    status && isoOrNull(status.dueAt),
    status ? status.state : null,
    status && Math.trunc(status.remainingMs / 60_000),
    isoOrNull(ticket.deletedAt),
    portalLink(ticket),
  ];
}

/** The CSV text (header + one line per ticket, each ending CRLF), with SLA columns as of `now`. */
export function ticketsToCsv(tickets: readonly Ticket[], now: number, policy: SlaPolicy, hours: BusinessHours): string {
  const lines = [CSV_COLUMNS.map(csvCell), ...tickets.map((ticket) => row(ticket, now, policy, hours).map(csvCell))];
  return lines.map((cells) => `${cells.join(',')}\r\n`).join('');
}

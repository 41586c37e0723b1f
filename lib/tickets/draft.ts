import type { Customer } from '../settings/schema';
import { customerFromName } from './customer';
import type { Portal } from '../portal';
import type { TicketSeverity } from '../severity';
import type { NewTicketInput, Ticket, TicketPatchInput } from './schema';
import { REQUEST_NUMBER } from '../ids';

/**
 * Drafts behind the popup's edit and add forms, and their checks. The background
 * validates again with the zod schemas; these checks only let the form say what is
 * wrong, next to the field, in the partner's language (values are i18n message names).
 * They avoid zod so the popup's bundle stays small and its first paint fast.
 */

export interface TicketDraft {
  number: string;
  severity: TicketSeverity;
  customerName: string;
  title: string;
}

export interface NewTicketDraft extends TicketDraft {
  portal: Portal;
  breakFix: boolean;
  /** A datetime-local value ("2026-03-04T10:30"), read in the browser's time zone. */
  createdAt: string;
}

export type DraftErrors = Partial<Record<keyof NewTicketDraft, string>>;
export type DraftResult<T> = { ok: true; value: T } | { ok: false; errors: DraftErrors };

export const MAX_TITLE = 250;
export const MAX_CUSTOMER_NAME = 120;

/** Digits only: partners paste numbers with spaces or dashes from emails. */
export function normaliseNumber(value: string): string {
  return value.replace(/[\s-]/g, '');
}

function checkCommon(draft: TicketDraft): DraftErrors {
  const errors: DraftErrors = {};
  const number = normaliseNumber(draft.number);
  if (number !== '' && !REQUEST_NUMBER.test(number)) errors.number = 'errTicketNumber';
  if (draft.title.trim().length > MAX_TITLE) errors.title = 'errTooLong';
  if (draft.customerName.trim().length > MAX_CUSTOMER_NAME) errors.customerName = 'errTooLong';
  return errors;
}

/** What both drafts send as typed, once checked. */
function commonValue(draft: TicketDraft) {
  const number = normaliseNumber(draft.number);
  return { number: number === '' ? null : number, severity: draft.severity, title: draft.title.trim() };
}

export function draftFromTicket(ticket: Ticket): TicketDraft {
  return { number: ticket.number ?? '', severity: ticket.severity, customerName: ticket.customer.name, title: ticket.title };
}

/** The edit to send for a changed draft; the customer keeps its tenant unless the name changed. */
export function editFromDraft(draft: TicketDraft, ticket: Ticket, customers: readonly Customer[]): DraftResult<TicketPatchInput> {
  const errors = checkCommon(draft);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { ...commonValue(draft), customer: customerFromName(draft.customerName, customers, ticket.customer) } };
}

/** "YYYY-MM-DDTHH:MM" in local time, the value a datetime-local input shows. */
export function toDateTimeLocal(ms: number): string {
  const date = new Date(ms);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function emptyNewTicketDraft(now: number): NewTicketDraft {
  return { number: '', severity: 'unknown', customerName: '', title: '', portal: 'azure', breakFix: true, createdAt: toDateTimeLocal(now) };
}

/** The addTicket payload for a draft; "created at" must be a real time, not in the future. */
export function newTicketFromDraft(draft: NewTicketDraft, customers: readonly Customer[], now: number): DraftResult<NewTicketInput> {
  const errors = checkCommon(draft);
  const createdAt = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(draft.createdAt) ? new Date(draft.createdAt).getTime() : NaN;
  if (!Number.isFinite(createdAt) || createdAt < 0) errors.createdAt = 'errTimestamp';
  // The minute shown rounds down, so "now" typed in the form can be up to a minute ahead.
  else if (createdAt > now + 60_000) errors.createdAt = 'errFutureTime';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      ...commonValue(draft),
      portal: draft.portal,
      customer: customerFromName(draft.customerName, customers),
      breakFix: draft.breakFix,
      issueType: draft.breakFix ? 'technical' : null,
      createdAt: Math.min(createdAt, now),
    },
  };
}

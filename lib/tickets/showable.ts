import { EARLIEST_TICKET_MS, MAX_AHEAD_MS } from './bounds';
import { isRecord } from '../is-record';
import { PORTALS } from '../portal';
import { TICKET_SEVERITIES } from '../severity';
import type { Ticket } from './schema';

/**
 * Records written before the timestamps were bounded, or by a broken import, may hold instants no
 * date can show (8.6e15 ms gives "Invalid time value") or that would cost the business calendar
 * years of walking; a record edited by hand (DevTools) or written by a faulty build may hold a field
 * of another kind (no customer, a number for a title). Such a record is set apart: counted and
 * offered for deletion, never shown, alarmed on or exported as a row, so it cannot take the list down.
 */
export type UnshowableReason = 'badShape' | 'badTimestamp' | 'timeOrder';

const fits = (ms: unknown, now: number) => typeof ms === 'number' && Number.isInteger(ms) && ms >= EARLIEST_TICKET_MS && ms <= now + MAX_AHEAD_MS;
const fitsOrNull = (ms: unknown, now: number) => ms === null || fits(ms, now);

const isTextOrNone = (value: unknown) => value === null || value === undefined || typeof value === 'string';
const isFlagOrNone = (value: unknown) => value === undefined || typeof value === 'boolean';
const OPTIONAL_TEXT = ['number', 'armName', 'subscriptionId', 'title', 'issueType', 'service', 'supportLanguage', 'contactMethod'] as const;

/**
 * The fields the list, the views, the search and the alarms read, of the kind they read them as,
 * and the two the SLA and the portal link look up (severity, portal). Otherwise kinds, not values:
 * a value the schema would refuse today (a longer title, say) is still shown, since the schema may
 * have grown stricter since the record was written.
 */
function hasReadableShape(ticket: Ticket): boolean {
  const record = ticket as unknown as Record<string, unknown>;
  const { customer } = record;
  return (
    typeof record.id === 'string' &&
    (PORTALS as readonly unknown[]).includes(record.portal) &&
    // The SLA target is looked up by severity: one it does not know has no target to count to.
    (TICKET_SEVERITIES as readonly unknown[]).includes(record.severity) &&
    isFlagOrNone(record.breakFix) &&
    isFlagOrNone(record.response24x7) &&
    OPTIONAL_TEXT.every((key) => isTextOrNone(record[key])) &&
    isRecord(customer) &&
    isTextOrNone(customer.name) &&
    isTextOrNone(customer.tenantId) &&
    isTextOrNone(customer.domain) &&
    Array.isArray(record.pausedIntervals) &&
    record.pausedIntervals.every(isRecord)
  );
}

/** Why this stored ticket cannot be shown; null when it can. Cheap: no schema parse, no calendar. */
export function unshowableReason(ticket: Ticket, now: number): UnshowableReason | null {
  if (!hasReadableShape(ticket)) return 'badShape';
  if (!fits(ticket.createdAt, now) || !fits(ticket.updatedAt, now) || !fitsOrNull(ticket.firstResponseAt, now) || !fitsOrNull(ticket.closedAt, now) || !fitsOrNull(ticket.deletedAt, now)) {
    return 'badTimestamp';
  }
  const pauses = ticket.pausedIntervals;
  if (pauses.some((pause) => !fits(pause?.from, now) || !fitsOrNull(pause?.to, now))) return 'badTimestamp';
  const before = (ms: number | null) => ms !== null && ms < ticket.createdAt;
  if (before(ticket.firstResponseAt) || before(ticket.closedAt) || pauses.some((pause) => pause.to !== null && pause.to < pause.from)) return 'timeOrder';
  return null;
}

/** A ticket that was set apart, as the tracker lists it for deletion. */
export interface UnshowableTicket {
  id: string;
  number: string | null;
  reason: UnshowableReason;
}

/**
 * A set-apart record's key as text. IndexedDB keys are strings, numbers, dates or arrays, which all
 * convert; anything else (a record that never came from the store) reads as '' instead of throwing,
 * as `String` does on an object whose `toString` is not a function.
 */
function keyText(id: unknown): string {
  if (typeof id === 'string') return id;
  try {
    return String(id);
  } catch {
    return '';
  }
}

/** Splits tickets into those that can be shown and those set apart. */
export function partitionShowable(tickets: readonly Ticket[], now: number): { showable: Ticket[]; unshowable: UnshowableTicket[] } {
  const showable: Ticket[] = [];
  const unshowable: UnshowableTicket[] = [];
  for (const ticket of tickets) {
    const reason = unshowableReason(ticket, now);
    if (reason === null) showable.push(ticket);
    else unshowable.push({ id: keyText(ticket.id), number: typeof ticket.number === 'string' ? ticket.number : null, reason });
  }
  return { showable, unshowable };
}

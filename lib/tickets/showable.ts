import { EARLIEST_TICKET_MS, MAX_AHEAD_MS } from './bounds';
import type { Ticket } from './schema';

/**
 * Records written before the timestamps were bounded, or by a broken import, may hold instants no
 * date can show (8.6e15 ms gives "Invalid time value") or that would cost the business calendar
 * years of walking. Such a record is set apart: counted and offered for deletion, never shown,
 * alarmed on or exported as a row, so it cannot take the list down.
 */
export type UnshowableReason = 'badTimestamp' | 'timeOrder';

const fits = (ms: unknown, now: number) => typeof ms === 'number' && Number.isInteger(ms) && ms >= EARLIEST_TICKET_MS && ms <= now + MAX_AHEAD_MS;
const fitsOrNull = (ms: unknown, now: number) => ms === null || fits(ms, now);

/** Why this stored ticket cannot be shown; null when it can. Cheap: no schema parse, no calendar. */
export function unshowableReason(ticket: Ticket, now: number): UnshowableReason | null {
  if (!fits(ticket.createdAt, now) || !fits(ticket.updatedAt, now) || !fitsOrNull(ticket.firstResponseAt, now) || !fitsOrNull(ticket.closedAt, now) || !fitsOrNull(ticket.deletedAt, now)) {
    return 'badTimestamp';
  }
  const pauses = Array.isArray(ticket.pausedIntervals) ? ticket.pausedIntervals : [];
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

/** Splits tickets into those that can be shown and those set apart. */
export function partitionShowable(tickets: readonly Ticket[], now: number): { showable: Ticket[]; unshowable: UnshowableTicket[] } {
  const showable: Ticket[] = [];
  const unshowable: UnshowableTicket[] = [];
  for (const ticket of tickets) {
    const reason = unshowableReason(ticket, now);
    if (reason === null) showable.push(ticket);
    else unshowable.push({ id: ticket.id, number: typeof ticket.number === 'string' ? ticket.number : null, reason });
  }
  return { showable, unshowable };
}

import type { Ticket, TicketPatchInput } from './schema';

/**
 * One-click actions from the popup, turned into store patches here so the times come
 * from the background's clock, never from the page.
 */
export const TICKET_ACTIONS = ['firstResponse', 'undoFirstResponse', 'close', 'reopen', 'pause', 'resume'] as const;
export type TicketAction = (typeof TICKET_ACTIONS)[number];

/**
 * The patch for `action` on `ticket` at `now`, or null when it would change nothing
 * (a second click on "first response received" keeps the first time).
 * Times never precede creation: a clock set back must not fake a met target.
 */
export function patchForAction(ticket: Ticket, action: TicketAction, now: number): TicketPatchInput | null {
  const at = Math.max(now, ticket.createdAt);
  const paused = ticket.pausedIntervals.some((pause) => pause.to === null);
  switch (action) {
    case 'firstResponse':
      return ticket.firstResponseAt === null ? { firstResponseAt: at, ...(paused ? { paused: false } : {}) } : null;
    case 'undoFirstResponse':
      return ticket.firstResponseAt === null ? null : { firstResponseAt: null };
    case 'close':
      // A running pause ends with the ticket, so reopening does not resume a pause nobody remembers.
      return ticket.closedAt === null ? { closedAt: at, ...(paused ? { paused: false } : {}) } : null;
    case 'reopen':
      return ticket.closedAt === null ? null : { closedAt: null };
    case 'pause':
      return paused || ticket.closedAt !== null ? null : { paused: true };
    case 'resume':
      return paused ? { paused: false } : null;
  }
}

import { defaultSettings } from '../../../lib/settings/schema';
import type { SlaStatus } from '../../../lib/sla/state';
import type { Ticket } from '../../../lib/tickets/schema';
import { viewOf, type TicketView } from '../../../lib/tickets/view';
import { storedTicket, T0 } from '../tickets/fixtures';

/** Shared builders for the ticket UI and background tests. Default policy: A 2 h, B 4 h, C 8 h, 15 min lead, 24×7. */
export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const settings = defaultSettings();
export { T0 };

let sequence = 0;
/** A stored ticket with a fresh id and number, created `ageMs` before T0. */
export function ticketAged(ageMs: number, over: Partial<Ticket> = {}): Ticket {
  sequence += 1;
  const suffix = String(sequence).padStart(12, '0');
  return storedTicket({ id: `00000000-0000-4000-8000-${suffix}`, number: `2403${suffix}`, createdAt: T0 - ageMs, ...over });
}

export function viewAt(ticket: Ticket, now = T0): TicketView {
  return viewOf(ticket, now, settings);
}

export function statusOf(view: TicketView): SlaStatus {
  if (!view.sla) throw new Error('expected an SLA status');
  return view.sla;
}

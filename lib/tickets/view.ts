import type { BusinessHours, SlaPolicy } from '../settings/schema';
import { NoBusinessTimeError } from '../sla/business-calendar';
import { slaStatus, sortByNextBreach, type SlaState, type SlaStatus } from '../sla/state';
import { MINUTE_MS } from '../sla/zoned-time';
import type { Ticket } from './schema';

/**
 * What the popup and tracker receive for one ticket: the stored ticket and its SLA
 * status computed on read (never stored, see lib/sla/state.ts).
 */
export interface TicketView {
  ticket: Ticket;
  /** null when the business calendar has no working time at all (a settings mistake). */
  sla: SlaStatus | null;
}

/** The settings the SLA depends on. */
export interface SlaSettings {
  sla: SlaPolicy;
  businessHours: BusinessHours;
}

/** The view of one ticket at `now`. */
export function viewOf(ticket: Ticket, now: number, settings: SlaSettings): TicketView {
  try {
    return { ticket, sla: slaStatus(ticket, now, settings.sla, settings.businessHours) };
  } catch (error) {
    // One ticket on an impossible calendar must not hide the whole list.
    if (error instanceof NoBusinessTimeError) return { ticket, sla: null };
    throw error;
  }
}

/** Views ordered like Zendesk's "Next SLA breach"; tickets without a status go last, newest first. */
export function sortViewsByNextBreach(views: readonly TicketView[]): TicketView[] {
  const withStatus = views.filter((view): view is TicketView & { sla: SlaStatus } => view.sla !== null);
  const without = views.filter((view) => view.sla === null).sort((a, b) => b.ticket.createdAt - a.ticket.createdAt);
  const keyed = withStatus.map((view) => ({ view, state: view.sla.state, dueAt: view.sla.dueAt }));
  return [...sortByNextBreach(keyed).map((entry) => entry.view), ...without];
}

/** States whose clock is running now, so their countdown moves every second. */
export const RUNNING_STATES: ReadonlySet<SlaState> = new Set<SlaState>(['onTrack', 'atRisk', 'breached']);

/** The part of a status that changes while a page stays open. */
export interface LiveSla {
  state: SlaState;
  remainingMs: number;
}

/**
 * Re-reads a running clock at `now` from its due time, so a popup left open moves
 * from on track to at risk to breached without asking the background again. Paused
 * and finished clocks do not move: a pause shifts the due time with the clock.
 */
export function liveSla(sla: SlaStatus, now: number, leadTimeMinutes: number): LiveSla {
  if (!RUNNING_STATES.has(sla.state)) return { state: sla.state, remainingMs: sla.remainingMs };
  const remainingMs = sla.dueAt - now;
  if (remainingMs <= 0) return { state: 'breached', remainingMs };
  return { state: remainingMs <= leadTimeMinutes * MINUTE_MS ? 'atRisk' : 'onTrack', remainingMs };
}

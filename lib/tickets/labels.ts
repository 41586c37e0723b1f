import type { TicketSeverity } from '../severity';
import type { MessageKey } from '../i18n';
import { formatDuration, type SlaState } from '../sla/state';
import type { LiveSla } from './view';
import type { Portal } from '../portal';

/**
 * Text for a ticket's state, as i18n message names plus substitutions, so the same
 * decision is shown in English or Spanish and can be tested without a browser.
 * The state is always written out: colour alone must never carry it.
 */
export interface Label {
  key: MessageKey;
  subs?: string[];
}

const STATE_KEYS: Record<SlaState, MessageKey> = {
  onTrack: 'slaOnTrack',
  atRisk: 'slaAtRisk',
  breached: 'slaBreached',
  met: 'slaMet',
  missed: 'slaMissed',
  paused: 'slaPaused',
  closed: 'slaClosed',
};

/** "On track", "At risk", "Breached -15m", "Met", "Missed", "Paused", "Closed". */
export function stateLabel(live: LiveSla): Label {
  // A breach carries its overdue time, as Zendesk does ("-15m" in red).
  if (live.state === 'breached') return { key: STATE_KEYS.breached, subs: [formatDuration(live.remainingMs)] };
  return { key: STATE_KEYS[live.state] };
}

/** The countdown cell: the time left (negative once late) while a clock runs or is paused; otherwise nothing. */
export function countdownText(live: LiveSla): string {
  return live.state === 'met' || live.state === 'missed' || live.state === 'closed' ? '' : formatDuration(live.remainingMs);
}

/** A CSS modifier per state; the stylesheet gives each its colour and icon. */
export function stateTone(state: SlaState): 'ok' | 'warn' | 'bad' | 'neutral' {
  if (state === 'breached' || state === 'missed') return 'bad';
  if (state === 'atRisk') return 'warn';
  if (state === 'onTrack' || state === 'met') return 'ok';
  return 'neutral';
}

/** Severity as shown: "E", "A", "B", "C", or the message name for "unknown". */
export function severityLabel(severity: TicketSeverity): Label {
  return severity === 'unknown' ? { key: 'severityUnknown' } : { key: 'severityShort', subs: [severity] };
}

export function portalLabel(portal: Portal): Label {
  return { key: portal === 'azure' ? 'portalAzure' : 'portalM365' };
}

import type { BusinessHours, SlaPolicy } from '../settings/schema';
import { consumedMs, dueAt, targetDurationMs, type PausedInterval } from './due';
import { targetFor, type SlaTarget, type TargetInput } from './policy';
import { MINUTE_MS } from './zoned-time';

/**
 * A ticket's SLA badge, computed on read from stored timestamps (see due.ts).
 * Remaining time is calendar time, like Zendesk's badge, even for business-hours
 * targets: "due in 2d 3h" is what a partner can plan around.
 */

/** The ticket fields the SLA depends on; a stored Ticket satisfies this. */
export interface SlaSubject extends TargetInput {
  createdAt: number;
  firstResponseAt: number | null;
  closedAt: number | null;
  pausedIntervals: readonly PausedInterval[];
}

/** Badge states: running (onTrack/atRisk/breached/paused) or finished (met/missed/closed). */
export type SlaState = 'onTrack' | 'atRisk' | 'breached' | 'met' | 'missed' | 'paused' | 'closed';

/** What the UI shows for one ticket. */
export interface SlaStatus {
  state: SlaState;
  target: SlaTarget;
  /** Due instant; while paused, the due time if the clock restarted now. */
  dueAt: number;
  /** dueAt minus the clock's reading point (now, or first response / close); negative once late. */
  remainingMs: number;
  /** Calendar time from creation to now, or to first response / close. */
  elapsedMs: number;
  /** Share of the target used on its own clock, pauses excluded, clamped to 0..1 for progress bars. */
  fraction: number;
}

/** The SLA status of `ticket` at `now`. */
export function slaStatus(ticket: SlaSubject, now: number, policy: SlaPolicy, hours: BusinessHours): SlaStatus {
  const target = targetFor(ticket, policy);
  // A finished ticket's clock is read when it stopped, so its badge never changes afterwards.
  const readAt = ticket.firstResponseAt ?? ticket.closedAt ?? now;
  const options = { pausedIntervals: ticket.pausedIntervals, now: readAt };
  const due = dueAt(ticket.createdAt, target, hours, options);
  const remainingMs = due - readAt;
  // Past the due time the whole target is used: no need to walk the calendar up to now, which for
  // a years-old ticket on business hours would cost a walk over every day since it was created.
  const used = readAt >= due ? 1 : consumedMs(ticket.createdAt, readAt, target, hours, options) / targetDurationMs(target, hours);
  const status = (state: SlaState): SlaStatus => ({
    state,
    target,
    dueAt: due,
    remainingMs,
    elapsedMs: Math.max(0, readAt - ticket.createdAt),
    fraction: Math.min(1, Math.max(0, used)),
  });

  if (ticket.firstResponseAt !== null) return status(remainingMs >= 0 ? 'met' : 'missed');
  if (ticket.closedAt !== null) return status('closed');
  // Breached wins over paused: pausing after the due time does not undo a breach.
  if (remainingMs <= 0) return status('breached');
  if (ticket.pausedIntervals.some((pause) => pause.to === null && pause.from <= now)) return status('paused');
  if (remainingMs <= policy.leadTimeMinutes * MINUTE_MS) return status('atRisk');
  return status('onTrack');
}

/**
 * Compact duration: "45m", "1h 05m", "2d 3h", "-15m". Truncates towards zero to the
 * minute, so a countdown shows "0m" in its last minute. Digits and unit letters are
 * the same in every UI language, like Zendesk's badges.
 */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return '–';
  const totalMinutes = Math.floor(Math.abs(ms) / MINUTE_MS);
  const sign = ms < 0 && totalMinutes > 0 ? '-' : '';
  const days = Math.floor(totalMinutes / 1440);
  const hours = Math.floor((totalMinutes % 1440) / 60);
  const minutes = totalMinutes % 60;
  if (days > 0) return `${sign}${days}d ${hours}h`;
  if (hours > 0) return `${sign}${hours}h ${String(minutes).padStart(2, '0')}m`;
  return `${sign}${minutes}m`;
}

const RUNNING: ReadonlySet<SlaState> = new Set<SlaState>(['breached', 'atRisk', 'onTrack']);

function group(state: SlaState): number {
  if (RUNNING.has(state)) return 0;
  return state === 'paused' ? 1 : 2;
}

/**
 * Orders a list like Zendesk's "Next SLA breach" column: running clocks by due time
 * (breached first, as they are the most overdue), then paused ones by due time,
 * then finished ones newest due first. Returns a new array; equal items keep order.
 */
export function sortByNextBreach<T extends { state: SlaState; dueAt: number }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => {
    const byGroup = group(a.state) - group(b.state);
    if (byGroup !== 0) return byGroup;
    return group(a.state) === 2 ? b.dueAt - a.dueAt : a.dueAt - b.dueAt;
  });
}

import type { BusinessHours } from '../settings/schema';
import { addBusinessMs, businessMsBetween, workdayMinutes } from './business-calendar';
import type { SlaTarget } from './policy';
import { MINUTE_MS } from './zoned-time';

/**
 * Due-time maths from stored timestamps only. The MV3 service worker can be killed
 * at any moment, so nothing here keeps a running timer: everything is recomputed
 * from createdAt, the target and the paused intervals.
 */

/** A span during which the clock stopped (waiting on the customer); `to` null = still paused. */
export interface PausedInterval {
  from: number;
  to: number | null;
}

/** Pauses and the current time; `now` is required when a pause is still open. */
export interface ClockOptions {
  pausedIntervals?: readonly PausedInterval[];
  now?: number;
}

interface Clock {
  /** Countable time between two instants (a ≤ b). */
  between(a: number, b: number): number;
  /** The instant after `ms` of countable time from `t`. */
  add(t: number, ms: number): number;
}

const wallClock: Clock = { between: (a, b) => b - a, add: (t, ms) => t + ms };

function clockFor(target: SlaTarget, hours: BusinessHours): Clock {
  if (target.kind === 'minutes' && target.clock === '24x7') return wallClock;
  return { between: (a, b) => businessMsBetween(a, b, hours), add: (t, ms) => addBusinessMs(t, ms, hours) };
}

/** The target's length in its own clock's ms (a business day = one working day of business time). */
export function targetDurationMs(target: SlaTarget, hours: BusinessHours): number {
  return target.kind === 'minutes' ? target.minutes * MINUTE_MS : target.days * workdayMinutes(hours) * MINUTE_MS;
}

/**
 * Pauses as closed, sorted, non-overlapping spans starting no earlier than
 * `createdAtMs`. An open pause ends at `now`; empty or inverted spans are dropped,
 * because they cannot stop a clock.
 */
export function normalisePauses(createdAtMs: number, options: ClockOptions = {}): { from: number; to: number }[] {
  const spans: { from: number; to: number }[] = [];
  for (const pause of options.pausedIntervals ?? []) {
    if (pause.to === null && options.now === undefined) throw new RangeError('`now` is required while a pause is open');
    const from = Math.max(pause.from, createdAtMs);
    const to = pause.to ?? Math.max(options.now ?? from, from);
    if (to > from) spans.push({ from, to });
  }
  spans.sort((a, b) => a.from - b.from);
  const merged: { from: number; to: number }[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.from <= last.to) last.to = Math.max(last.to, span.to);
    else merged.push({ ...span });
  }
  return merged;
}

/**
 * When the initial response is due. Pauses shift the due time by the time they
 * took on the target's clock (business minutes for business-hours targets); a
 * pause that starts after the due time changes nothing, so a breach stays a breach.
 */
export function dueAt(createdAtMs: number, target: SlaTarget, hours: BusinessHours, options: ClockOptions = {}): number {
  const clock = clockFor(target, hours);
  let remaining = targetDurationMs(target, hours);
  let cursor = createdAtMs;
  for (const pause of normalisePauses(createdAtMs, options)) {
    const running = clock.between(cursor, pause.from);
    if (remaining <= running) break;
    remaining -= running;
    cursor = pause.to;
  }
  return clock.add(cursor, remaining);
}

/** Clock time used up between creation and `atMs`, excluding pauses (0 before creation). */
export function consumedMs(createdAtMs: number, atMs: number, target: SlaTarget, hours: BusinessHours, options: ClockOptions = {}): number {
  const clock = clockFor(target, hours);
  let consumed = 0;
  let cursor = createdAtMs;
  for (const pause of normalisePauses(createdAtMs, options)) {
    if (pause.from >= atMs) break;
    consumed += clock.between(cursor, pause.from);
    cursor = pause.to;
  }
  return atMs > cursor ? consumed + clock.between(cursor, atMs) : consumed;
}

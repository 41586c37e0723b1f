import type { BusinessHours } from '../settings/schema';
import { addDays, isoDate, isoWeekday, localDateAt, parseHhMm, wallToLocalEpoch, zonedToEpoch, MINUTE_MS, type LocalDate } from './zoned-time';

/**
 * Business-hours maths on epoch ms. A business day is a weekday listed in
 * `hours.days` that is not a holiday; its working period is [start, end) in the
 * zone's wall-clock time, so DST changes move the instants, not the hours.
 * Results landing exactly on a period's end are allowed ("due at 17:00").
 */

/** One working period as instants: start inclusive, end exclusive. */
export interface BusinessWindow {
  readonly start: number;
  readonly end: number;
}

/**
 * How many consecutive calendar days may pass without a single working period
 * before we give up. Settings always list at least one weekday, so only an absurd
 * holiday list (every working day for three years) can reach this.
 */
export const MAX_SEARCH_DAYS = 3 * 366;

/** Thrown when the calendar has no working time within MAX_SEARCH_DAYS. */
export class NoBusinessTimeError extends Error {
  override name = 'NoBusinessTimeError';
  constructor(fromMs: number) {
    super(`No business hours within ${MAX_SEARCH_DAYS} days after ${new Date(fromMs).toISOString()}; check working days and holidays.`);
  }
}

interface Calendar {
  days: ReadonlySet<number>;
  holidays: ReadonlySet<string>;
  startMinute: number;
  endMinute: number;
  timeZone: string;
}

function compile(hours: BusinessHours): Calendar {
  return {
    days: new Set(hours.days),
    holidays: new Set(hours.holidays),
    startMinute: parseHhMm(hours.start),
    endMinute: parseHhMm(hours.end),
    timeZone: hours.timeZone,
  };
}

// Period boundaries are a pure function of zone, date and hours, and each costs several
// Intl calls; a popup listing hundreds of tickets asks for the same dates again and again.
const boundaryCache = new Map<string, BusinessWindow | null>();
const BOUNDARY_CACHE_SIZE = 4096;

function windowOn(date: LocalDate, calendar: Calendar): BusinessWindow | null {
  const day = isoDate(date);
  if (!calendar.days.has(isoWeekday(date)) || calendar.holidays.has(day)) return null;
  const key = `${calendar.timeZone}|${day}|${calendar.startMinute}|${calendar.endMinute}`;
  const cached = boundaryCache.get(key);
  if (cached !== undefined) return cached;
  // Spell the fields out: a WallClock passed as a date would smuggle its seconds in.
  const at = (minuteOfDay: number) => zonedToEpoch({ year: date.year, month: date.month, day: date.day, hour: Math.floor(minuteOfDay / 60), minute: minuteOfDay % 60 }, calendar.timeZone);
  const start = at(calendar.startMinute);
  const end = at(calendar.endMinute);
  // A start inside a DST gap can be pushed past the end; such a period is empty.
  // Frozen because cached windows are shared between callers.
  const window = end > start ? Object.freeze({ start, end }) : null;
  if (boundaryCache.size >= BOUNDARY_CACHE_SIZE) boundaryCache.clear();
  boundaryCache.set(key, window);
  return window;
}

function assertInstant(value: number, name: string): void {
  if (!Number.isFinite(value)) throw new RangeError(`${name} must be a finite number of ms, got ${value}`);
}

/**
 * Working periods in time order, starting with the one that contains `fromMs` or
 * comes next. Without `untilMs` the sequence is endless and throws
 * NoBusinessTimeError after MAX_SEARCH_DAYS empty days; with it, it stops after
 * the local date of `untilMs`.
 */
export function* businessWindows(fromMs: number, hours: BusinessHours, untilMs?: number): Generator<BusinessWindow, void, undefined> {
  assertInstant(fromMs, 'fromMs');
  const calendar = compile(hours);
  let date = localDateAt(fromMs, calendar.timeZone);
  const lastLocalDay = untilMs === undefined ? Infinity : wallToLocalEpoch(localDateAt(untilMs, calendar.timeZone));
  let emptyDays = 0;
  while (wallToLocalEpoch(date) <= lastLocalDay) {
    const window = windowOn(date, calendar);
    if (window && window.end > fromMs) {
      emptyDays = 0;
      yield window;
    } else if (untilMs === undefined && ++emptyDays > MAX_SEARCH_DAYS) {
      throw new NoBusinessTimeError(fromMs);
    }
    date = addDays(date, 1);
  }
}

/** True when `instantMs` falls inside a working period. */
export function isBusinessTime(instantMs: number, hours: BusinessHours): boolean {
  assertInstant(instantMs, 'instantMs');
  const calendar = compile(hours);
  const window = windowOn(localDateAt(instantMs, calendar.timeZone), calendar);
  return window !== null && instantMs >= window.start && instantMs < window.end;
}

/** `instantMs` itself when in business time, otherwise the start of the next working period. */
export function nextBusinessTime(instantMs: number, hours: BusinessHours): number {
  for (const window of businessWindows(instantMs, hours)) return Math.max(window.start, instantMs);
  throw new NoBusinessTimeError(instantMs);
}

/** Length of one nominal working day in minutes (end − start, ignoring DST). */
export function workdayMinutes(hours: BusinessHours): number {
  return parseHhMm(hours.end) - parseHhMm(hours.start);
}

/**
 * The instant after `durationMs` of business time has passed since `startMs`.
 * Zero returns `startMs` unchanged. Time before the first working period does not count.
 */
export function addBusinessMs(startMs: number, durationMs: number, hours: BusinessHours): number {
  if (!Number.isFinite(durationMs) || durationMs < 0) throw new RangeError(`durationMs must be ≥ 0, got ${durationMs}`);
  if (durationMs === 0) return startMs;
  let remaining = durationMs;
  for (const window of businessWindows(startMs, hours)) {
    const from = Math.max(window.start, startMs);
    const available = window.end - from;
    if (remaining <= available) return from + remaining;
    remaining -= available;
  }
  throw new NoBusinessTimeError(startMs);
}

/** addBusinessMs in minutes: Friday 16:30 + 60 min (09–17) → Monday 09:30. */
export function addBusinessMinutes(startMs: number, minutes: number, hours: BusinessHours): number {
  return addBusinessMs(startMs, minutes * MINUTE_MS, hours);
}

/**
 * Adds business days, where one business day is the length of one working day
 * counted in business time. So Tuesday 10:00 + 1 → Wednesday 10:00, and a request
 * made Friday 18:00 or on Saturday + 1 → Monday at the end of the working day.
 * This is how a desk reads "up to one business day": a full day of staffed time.
 */
export function addBusinessDays(startMs: number, days: number, hours: BusinessHours): number {
  return addBusinessMinutes(startMs, days * workdayMinutes(hours), hours);
}

/** Business time between two instants in ms; negative when `toMs` is before `fromMs`. */
export function businessMsBetween(fromMs: number, toMs: number, hours: BusinessHours): number {
  assertInstant(toMs, 'toMs');
  if (toMs < fromMs) return -businessMsBetween(toMs, fromMs, hours);
  let total = 0;
  for (const window of businessWindows(fromMs, hours, toMs)) {
    if (window.start >= toMs) break;
    total += Math.min(window.end, toMs) - Math.max(window.start, fromMs);
  }
  return total;
}

/** businessMsBetween in minutes (fractional when the instants are not on whole minutes). */
export function businessMinutesBetween(fromMs: number, toMs: number, hours: BusinessHours): number {
  return businessMsBetween(fromMs, toMs, hours) / MINUTE_MS;
}

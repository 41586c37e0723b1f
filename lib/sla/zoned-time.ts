/**
 * Wall-clock ↔ instant conversion for an IANA time zone, using only Intl.
 * Business hours are defined in the partner's zone, but tickets store epoch ms,
 * so every calendar rule goes through these two functions.
 */

/** A local calendar date (month 1..12). */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

/** A local wall-clock time in some zone (seconds are kept so offsets are exact). */
export interface WallClock extends LocalDate {
  hour: number;
  minute: number;
  second: number;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

// Building a DateTimeFormat is far slower than using one, and the calendar calls this in loops.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // 'en-US' + latn digits + h23 gives plain numbers we can parse; the locale never reaches the UI.
    formatter = new Intl.DateTimeFormat('en-US-u-nu-latn', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock reading of `instantMs` in `timeZone`. */
export function wallClockAt(instantMs: number, timeZone: string): WallClock {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(instantMs)) parts[part.type] = part.value;
  const yearOfEra = Number(parts.year);
  // The era is requested so years before 1 CE do not come back as positive numbers.
  const year = parts.era === 'BC' ? 1 - yearOfEra : yearOfEra;
  return {
    year,
    month: Number(parts.month),
    day: Number(parts.day),
    // Some engines print midnight as "24" even with h23; normalise rather than trust.
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** The wall clock read as if it were UTC, in ms: the arithmetic "local epoch". */
export function wallToLocalEpoch(wall: LocalDate & Partial<WallClock>): number {
  const ms = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour ?? 0, wall.minute ?? 0, wall.second ?? 0);
  // Date.UTC maps years 0..99 to 1900..1999; correct that so every year is literal.
  if (wall.year >= 0 && wall.year < 100) {
    const date = new Date(ms);
    date.setUTCFullYear(wall.year);
    return date.getTime();
  }
  return ms;
}

/** The local calendar date of `instantMs` in `timeZone` (no time-of-day fields). */
export function localDateAt(instantMs: number, timeZone: string): LocalDate {
  const { year, month, day } = wallClockAt(instantMs, timeZone);
  return { year, month, day };
}

/** The zone's UTC offset at `instantMs`, in ms (positive east of Greenwich). */
export function offsetAt(instantMs: number, timeZone: string): number {
  // Offsets are whole seconds, so compare against the instant truncated to the second.
  const wholeSecond = Math.floor(instantMs / 1000) * 1000;
  return wallToLocalEpoch(wallClockAt(wholeSecond, timeZone)) - wholeSecond;
}

/**
 * The instant at which the zone's clocks read `wall`.
 * Overlaps (clocks turned back) resolve to the earlier instant; gaps (clocks
 * turned forward) resolve by moving forward by the gap's length, e.g. 02:30 on a
 * spring-forward night becomes 03:30. This is Temporal's "compatible" rule.
 */
export function zonedToEpoch(wall: LocalDate & Partial<WallClock>, timeZone: string): number {
  const local = wallToLocalEpoch(wall);
  // A day either side catches any single transition near this wall time.
  const before = offsetAt(local - DAY_MS, timeZone);
  const after = offsetAt(local + DAY_MS, timeZone);
  const candidates = [...new Set([before, offsetAt(local, timeZone), after])]
    .map((offset) => local - offset)
    .filter((instant) => wallToLocalEpoch(wallClockAt(instant, timeZone)) === local)
    .sort((a, b) => a - b);
  const earliest = candidates[0];
  if (earliest !== undefined) return earliest;
  // No instant shows this wall time: it is in a gap. The pre-gap offset lands after the gap.
  return local - before;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a local date. */
export function isoWeekday(date: LocalDate): number {
  const day = new Date(wallToLocalEpoch(date)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The local date `days` after `date` (pure calendar arithmetic, no zone involved). */
export function addDays(date: LocalDate, days: number): LocalDate {
  const next = new Date(wallToLocalEpoch(date) + days * DAY_MS);
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

/** "YYYY-MM-DD" for a local date, the format holidays are stored in. */
export function isoDate(date: LocalDate): string {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** Minutes since midnight for an "HH:MM" string (already validated by the settings schema). */
export function parseHhMm(value: string): number {
  const [hours = NaN, minutes = NaN] = value.split(':').map(Number);
  if (!Number.isInteger(hours) || !Number.isInteger(minutes)) throw new RangeError(`Invalid time "${value}"`);
  return hours * 60 + minutes;
}

export { MINUTE_MS, DAY_MS };

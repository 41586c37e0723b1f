import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isoDate, isoWeekday, offsetAt, parseHhMm, wallClockAt, zonedToEpoch } from '../../../lib/sla/zoned-time';

const at = (iso: string) => Date.parse(iso);
const wall = (year: number, month: number, day: number, hour: number, minute: number) => ({ year, month, day, hour, minute });

describe('wallClockAt', () => {
  it.each([
    ['2024-03-01T15:30:00Z', 'Europe/Madrid', wall(2024, 3, 1, 16, 30)],
    ['2024-07-01T15:30:00Z', 'Europe/Madrid', wall(2024, 7, 1, 17, 30)],
    ['2024-01-01T04:59:00Z', 'America/New_York', wall(2023, 12, 31, 23, 59)],
    ['2024-10-06T22:30:00Z', 'Australia/Sydney', wall(2024, 10, 7, 9, 30)],
    ['2024-05-10T00:00:00Z', 'Asia/Kathmandu', wall(2024, 5, 10, 5, 45)],
    ['2024-05-10T23:00:00Z', 'UTC', wall(2024, 5, 10, 23, 0)],
  ])('%s in %s', (iso, zone, expected) => {
    expect(wallClockAt(at(iso), zone)).toEqual({ ...expected, second: 0 });
  });

  it('reads midnight as hour 0, not 24', () => {
    expect(wallClockAt(at('2024-05-10T22:00:00Z'), 'Europe/Madrid').hour).toBe(0);
  });
});

describe('offsetAt', () => {
  it.each([
    ['2024-01-15T12:00:00Z', 'Europe/Madrid', 60],
    ['2024-07-15T12:00:00Z', 'Europe/Madrid', 120],
    ['2024-07-15T12:00:00Z', 'America/New_York', -240],
    ['2024-01-15T12:00:00Z', 'Australia/Sydney', 660],
    ['2024-01-15T12:00:00Z', 'Asia/Kolkata', 330],
  ])('%s in %s is %i min', (iso, zone, minutes) => {
    expect(offsetAt(at(iso), zone)).toBe(minutes * 60_000);
  });
});

describe('zonedToEpoch', () => {
  it.each([
    ['ordinary winter time', wall(2024, 3, 1, 16, 30), 'Europe/Madrid', '2024-03-01T15:30:00.000Z'],
    ['gap: 02:30 does not exist, moves forward to 03:30 CEST', wall(2024, 3, 31, 2, 30), 'Europe/Madrid', '2024-03-31T01:30:00.000Z'],
    ['overlap: 02:30 happens twice, earlier wins', wall(2024, 10, 27, 2, 30), 'Europe/Madrid', '2024-10-27T00:30:00.000Z'],
    ['just after the overlap', wall(2024, 10, 27, 3, 0), 'Europe/Madrid', '2024-10-27T02:00:00.000Z'],
    ['New York gap', wall(2024, 3, 10, 2, 15), 'America/New_York', '2024-03-10T07:15:00.000Z'],
    ['New York overlap', wall(2024, 11, 3, 1, 30), 'America/New_York', '2024-11-03T05:30:00.000Z'],
    ['Sydney gap (October)', wall(2024, 10, 6, 2, 30), 'Australia/Sydney', '2024-10-05T16:30:00.000Z'],
    ['Sydney overlap (April)', wall(2024, 4, 7, 2, 30), 'Australia/Sydney', '2024-04-06T15:30:00.000Z'],
    ['quarter-hour zone', wall(2024, 5, 10, 9, 0), 'Asia/Kathmandu', '2024-05-10T03:15:00.000Z'],
    ['midnight gap: Santiago skips 00:00 on DST day', wall(2024, 9, 8, 0, 0), 'America/Santiago', '2024-09-08T04:00:00.000Z'],
    ['half-hour DST gap (Lord Howe)', wall(2024, 10, 6, 2, 15), 'Australia/Lord_Howe', '2024-10-05T15:45:00.000Z'],
    ['half-hour DST overlap (Lord Howe)', wall(2024, 4, 7, 1, 45), 'Australia/Lord_Howe', '2024-04-06T14:45:00.000Z'],
  ])('%s', (_name, wallClock, zone, expected) => {
    expect(new Date(zonedToEpoch(wallClock, zone)).toISOString()).toBe(expected);
  });

  it.each(['Europe/Madrid', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'America/Santiago', 'UTC'])('round-trips any instant in %s (the earlier one in overlaps)', (zone) => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1) / 1000, max: Date.UTC(2040, 0, 1) / 1000 }), (seconds) => {
        const instant = seconds * 1000;
        const clock = wallClockAt(instant, zone);
        const back = zonedToEpoch(clock, zone);
        expect(wallClockAt(back, zone)).toEqual(clock);
        // Only an overlap can give an earlier instant, and overlaps are at most a few hours.
        expect(back).toBeLessThanOrEqual(instant);
        expect(instant - back).toBeLessThanOrEqual(3 * 3600_000);
      }),
      { numRuns: 300 },
    );
  });
});

describe('calendar helpers', () => {
  it.each([
    [{ year: 2024, month: 3, day: 1 }, 5],
    [{ year: 2024, month: 3, day: 3 }, 7],
    [{ year: 2024, month: 3, day: 4 }, 1],
  ])('isoWeekday(%o) = %i', (date, weekday) => {
    expect(isoWeekday(date)).toBe(weekday);
  });

  it('adds days across month and leap-year ends', () => {
    expect(isoDate(addDays({ year: 2024, month: 2, day: 28 }, 1))).toBe('2024-02-29');
    expect(isoDate(addDays({ year: 2024, month: 12, day: 31 }, 1))).toBe('2025-01-01');
    expect(isoDate(addDays({ year: 2024, month: 3, day: 1 }, -1))).toBe('2024-02-29');
  });

  it('parses HH:MM and rejects junk', () => {
    expect(parseHhMm('09:30')).toBe(570);
    expect(() => parseHhMm('nine')).toThrow(RangeError);
  });
});

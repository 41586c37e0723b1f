import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BusinessHours } from '../../../lib/settings/schema';
import {
  addBusinessDays,
  addBusinessMinutes,
  addBusinessMs,
  businessMinutesBetween,
  businessMsBetween,
  isBusinessTime,
  MAX_SEARCH_DAYS,
  nextBusinessTime,
  NoBusinessTimeError,
  workdayMinutes,
} from '../../../lib/sla/business-calendar';
import { isoDate, isoWeekday, wallClockAt } from '../../../lib/sla/zoned-time';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();
const hoursIn = (timeZone: string, extra: Partial<BusinessHours> = {}): BusinessHours => ({
  days: [1, 2, 3, 4, 5],
  start: '09:00',
  end: '17:00',
  timeZone,
  holidays: [],
  ...extra,
});
const madrid = hoursIn('Europe/Madrid');

describe('isBusinessTime (Madrid 09:00–17:00, Mon–Fri)', () => {
  it.each([
    ['Friday 09:00 CET, the first minute', '2024-03-01T08:00:00Z', true],
    ['Friday 08:59 CET', '2024-03-01T07:59:00Z', false],
    ['Friday 16:59:59 CET', '2024-03-01T15:59:59Z', true],
    ['Friday 17:00 CET, the end is exclusive', '2024-03-01T16:00:00Z', false],
    ['Saturday noon', '2024-03-02T11:00:00Z', false],
    ['Monday 09:00 CEST after the DST change', '2024-04-01T07:00:00Z', true],
    ['Monday 08:30 CEST (would be 09:30 in CET)', '2024-04-01T06:30:00Z', false],
  ])('%s → %s', (_name, instant, expected) => {
    expect(isBusinessTime(at(instant), madrid)).toBe(expected);
  });

  it('treats a holiday as closed', () => {
    expect(isBusinessTime(at('2024-03-01T10:00:00Z'), hoursIn('Europe/Madrid', { holidays: ['2024-03-01'] }))).toBe(false);
  });
});

describe('addBusinessMinutes', () => {
  it.each([
    ['Fri 16:30 Madrid + 60 → Mon 09:30', madrid, '2024-03-01T15:30:00Z', 60, '2024-03-04T08:30:00.000Z'],
    ['over the March DST weekend, Madrid', madrid, '2024-03-29T15:30:00Z', 60, '2024-04-01T07:30:00.000Z'],
    ['over the November DST weekend, New York', hoursIn('America/New_York'), '2024-11-01T20:30:00Z', 60, '2024-11-04T14:30:00.000Z'],
    ['over the October DST weekend, Sydney', hoursIn('Australia/Sydney'), '2024-10-04T06:30:00Z', 60, '2024-10-06T22:30:00.000Z'],
    ['created before opening starts at 09:00', madrid, '2024-03-04T05:00:00Z', 120, '2024-03-04T10:00:00.000Z'],
    ['created on Saturday starts on Monday', madrid, '2024-03-02T12:00:00Z', 30, '2024-03-04T08:30:00.000Z'],
    ['may end exactly at closing', madrid, '2024-03-04T15:00:00Z', 60, '2024-03-04T16:00:00.000Z'],
    ['a Monday holiday is skipped', hoursIn('Europe/Madrid', { holidays: ['2024-03-04'] }), '2024-03-01T15:30:00Z', 60, '2024-03-05T08:30:00.000Z'],
    ['three full days', madrid, '2024-03-04T08:00:00Z', 3 * 480, '2024-03-06T16:00:00.000Z'],
    ['weekend-only desk', hoursIn('UTC', { days: [6, 7] }), '2024-03-01T10:00:00Z', 60, '2024-03-02T10:00:00.000Z'],
  ])('%s', (_name, hours, start, minutes, expected) => {
    expect(iso(addBusinessMinutes(at(start), minutes, hours))).toBe(expected);
  });

  it('returns the start unchanged for zero minutes, even outside hours', () => {
    expect(addBusinessMinutes(at('2024-03-02T12:00:00Z'), 0, madrid)).toBe(at('2024-03-02T12:00:00Z'));
  });

  it('rejects negative and non-finite durations', () => {
    expect(() => addBusinessMinutes(0, -1, madrid)).toThrow(RangeError);
    expect(() => addBusinessMs(0, Number.NaN, madrid)).toThrow(RangeError);
    expect(() => addBusinessMs(Number.NaN, 1, madrid)).toThrow(RangeError);
  });

  it('counts the real length of a working period that spans a DST change', () => {
    // Open all day on the March change date: the 02:00–03:00 hour does not exist, so that day has 22h59m.
    const allDay = hoursIn('Europe/Madrid', { days: [7], start: '00:00', end: '23:59' });
    expect(businessMinutesBetween(at('2024-03-30T00:00:00Z'), at('2024-04-01T00:00:00Z'), allDay)).toBe(1379);
    expect(businessMinutesBetween(at('2024-10-26T00:00:00Z'), at('2024-10-28T00:00:00Z'), allDay)).toBe(1499);
  });
});

describe('addBusinessDays (one business day = one working day of business time)', () => {
  it.each([
    ['Tue 10:00 → Wed 10:00', '2024-03-05T09:00:00Z', 1, '2024-03-06T09:00:00.000Z'],
    ['Fri 10:00 → Mon 10:00', '2024-03-01T09:00:00Z', 1, '2024-03-04T09:00:00.000Z'],
    ['Fri 18:00 (after hours) → end of Monday', '2024-03-01T17:00:00Z', 1, '2024-03-04T16:00:00.000Z'],
    ['Saturday → end of Monday', '2024-03-02T11:00:00Z', 1, '2024-03-04T16:00:00.000Z'],
    ['Thu 15:00 + 2 → Mon 15:00', '2024-02-29T14:00:00Z', 2, '2024-03-04T14:00:00.000Z'],
    ['Fri 10:00 CET + 1 over DST → Mon 10:00 CEST', '2024-03-29T09:00:00Z', 1, '2024-04-01T08:00:00.000Z'],
  ])('%s', (_name, start, days, expected) => {
    expect(iso(addBusinessDays(at(start), days, madrid))).toBe(expected);
  });

  it('uses the configured day length', () => {
    expect(workdayMinutes(hoursIn('UTC', { start: '08:30', end: '18:00' }))).toBe(570);
  });
});

describe('businessMinutesBetween', () => {
  it.each([
    ['Fri 16:00 → Mon 10:00', '2024-03-01T15:00:00Z', '2024-03-04T09:00:00Z', 120],
    ['reversed order is negative', '2024-03-04T09:00:00Z', '2024-03-01T15:00:00Z', -120],
    ['same instant', '2024-03-04T09:00:00Z', '2024-03-04T09:00:00Z', 0],
    ['weekend only', '2024-03-02T00:00:00Z', '2024-03-03T23:00:00Z', 0],
    ['one working week', '2024-03-04T00:00:00Z', '2024-03-09T00:00:00Z', 2400],
    ['partial minutes', '2024-03-04T08:00:00Z', '2024-03-04T08:00:30Z', 0.5],
    // Regression: the seconds of the start instant once leaked into the period's start and end.
    ['seconds do not shift the working period', '2024-03-04T08:00:30Z', '2024-03-04T16:00:30Z', 479.5],
  ])('%s = %d', (_name, from, to, minutes) => {
    expect(businessMinutesBetween(at(from), at(to), madrid)).toBe(minutes);
  });
});

describe('guards', () => {
  // Every Sunday for over three years is a holiday, and Sunday is the only working day.
  const sundays: string[] = [];
  for (let t = at('2024-03-03T12:00:00Z'); sundays.length < 170; t += 7 * 86_400_000) sundays.push(isoDate(wallClockAt(t, 'UTC')));
  const never = hoursIn('UTC', { days: [7], holidays: sundays });

  it('throws NoBusinessTimeError instead of looping forever', () => {
    expect(() => addBusinessMinutes(at('2024-03-01T10:00:00Z'), 60, never)).toThrow(NoBusinessTimeError);
    expect(() => nextBusinessTime(at('2024-03-01T10:00:00Z'), never)).toThrow(/No business hours within 1098 days/);
    expect(MAX_SEARCH_DAYS).toBe(1098);
  });

  it('still measures a span without working time as zero, however long', () => {
    // 1157 days, longer than MAX_SEARCH_DAYS: a bounded span never needs the guard.
    expect(businessMsBetween(at('2024-03-01T00:00:00Z'), at('2027-05-01T00:00:00Z'), never)).toBe(0);
  });

  it('finds the next business time', () => {
    expect(iso(nextBusinessTime(at('2024-03-02T11:00:00Z'), madrid))).toBe('2024-03-04T08:00:00.000Z');
    expect(nextBusinessTime(at('2024-03-04T10:00:00Z'), madrid)).toBe(at('2024-03-04T10:00:00Z'));
  });
});

describe('properties', () => {
  const zones = ['Europe/Madrid', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'UTC'];
  const hhmm = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
  const hoursArb = fc
    .record({
      zone: fc.constantFrom(...zones),
      days: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
      startMinute: fc.integer({ min: 0, max: 22 * 60 }),
      length: fc.integer({ min: 30, max: 12 * 60 }),
      holidayOffsets: fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 20 }),
      startMs: fc.integer({ min: at('2023-01-01T00:00:00Z'), max: at('2030-12-31T00:00:00Z') }),
    })
    .map(({ zone, days, startMinute, length, holidayOffsets, startMs }): { hours: BusinessHours; startMs: number } => ({
      startMs,
      hours: {
        timeZone: zone,
        days,
        start: hhmm(startMinute),
        end: hhmm(Math.min(startMinute + length, 23 * 60 + 59)),
        // Holidays near the start so they actually get in the way.
        holidays: holidayOffsets.map((offset) => isoDate(wallClockAt(startMs + offset * 86_400_000, zone))),
      },
    }));
  const minutesArb = fc.integer({ min: 1, max: 3000 });

  it('addBusinessMinutes then businessMinutesBetween round-trips', () => {
    fc.assert(
      fc.property(hoursArb, minutesArb, ({ hours, startMs }, minutes) => {
        const due = addBusinessMinutes(startMs, minutes, hours);
        expect(businessMinutesBetween(startMs, due, hours)).toBe(minutes);
      }),
      { numRuns: 150 },
    );
  });

  it('lands just after business time, on a working day that is not a holiday', () => {
    fc.assert(
      fc.property(hoursArb, minutesArb, ({ hours, startMs }, minutes) => {
        const due = addBusinessMinutes(startMs, minutes, hours);
        // The result may equal a period's end, so the millisecond before it is always working time.
        expect(isBusinessTime(due - 1, hours)).toBe(true);
        const local = wallClockAt(due - 1, hours.timeZone);
        expect(hours.days).toContain(isoWeekday(local));
        expect(hours.holidays).not.toContain(isoDate(local));
        expect(due).toBeGreaterThan(startMs);
      }),
      { numRuns: 150 },
    );
  });

  it('is monotonic in minutes', () => {
    fc.assert(
      fc.property(hoursArb, minutesArb, minutesArb, ({ hours, startMs }, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(addBusinessMinutes(startMs, low, hours)).toBeLessThanOrEqual(addBusinessMinutes(startMs, high, hours));
      }),
      { numRuns: 100 },
    );
  });

  it('businessMsBetween is additive and agrees with isBusinessTime', () => {
    fc.assert(
      fc.property(hoursArb, fc.integer({ min: 0, max: 10 * 86_400_000 }), fc.integer({ min: 0, max: 10 * 86_400_000 }), ({ hours, startMs }, d1, d2) => {
        const middle = startMs + d1;
        const end = middle + d2;
        expect(businessMsBetween(startMs, middle, hours) + businessMsBetween(middle, end, hours)).toBe(businessMsBetween(startMs, end, hours));
        expect(businessMsBetween(middle, middle + 1, hours)).toBe(isBusinessTime(middle, hours) ? 1 : 0);
      }),
      { numRuns: 100 },
    );
  });
});

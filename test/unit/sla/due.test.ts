import { describe, expect, it } from 'vitest';
import type { BusinessHours } from '../../../lib/settings/schema';
import { consumedMs, dueAt, normalisePauses, targetDurationMs, type PausedInterval } from '../../../lib/sla/due';
import type { SlaTarget } from '../../../lib/sla/policy';
import { wallClockAt } from '../../../lib/sla/zoned-time';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();
const madrid: BusinessHours = { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00', timeZone: 'Europe/Madrid', holidays: [] };
const a24x7: SlaTarget = { kind: 'minutes', minutes: 120, clock: '24x7' };
const aLocal: SlaTarget = { kind: 'minutes', minutes: 120, clock: 'businessHours' };
const oneDay: SlaTarget = { kind: 'businessDays', days: 1 };

describe('dueAt without pauses', () => {
  it('a 2 h A ticket across the March DST change in Madrid is due 2 real hours later', () => {
    const created = at('2024-03-31T00:30:00Z'); // 01:30 CET, half an hour before clocks jump to 03:00
    const due = dueAt(created, a24x7, madrid);
    expect(due - created).toBe(2 * 3600_000);
    // The wall clock moved three hours: 01:30 → 04:30 CEST.
    expect(wallClockAt(due, 'Europe/Madrid')).toMatchObject({ day: 31, hour: 4, minute: 30 });
  });

  it.each<[string, SlaTarget, string, string]>([
    ['24×7 ignores weekends', a24x7, '2024-03-02T11:00:00Z', '2024-03-02T13:00:00.000Z'],
    ['local-language A on Friday 16:30 → Monday 10:30', aLocal, '2024-03-01T15:30:00Z', '2024-03-04T09:30:00.000Z'],
    ['one business day from Friday 18:00 → end of Monday', oneDay, '2024-03-01T17:00:00Z', '2024-03-04T16:00:00.000Z'],
    ['one business day from Tuesday 10:00 → Wednesday 10:00', oneDay, '2024-03-05T09:00:00Z', '2024-03-06T09:00:00.000Z'],
  ])('%s', (_name, target, created, expected) => {
    expect(iso(dueAt(at(created), target, madrid))).toBe(expected);
  });
});

describe('dueAt with pauses on a 24×7 clock', () => {
  const created = at('2024-03-04T10:00:00Z');
  const span = (from: string, to: string | null): PausedInterval => ({ from: at(`2024-03-04T${from}:00Z`), to: to === null ? null : at(`2024-03-04T${to}:00Z`) });

  it.each<[string, PausedInterval[], string | undefined, string]>([
    ['no pauses', [], undefined, '12:00'],
    ['30 min pause shifts by 30 min', [span('10:30', '11:00')], undefined, '12:30'],
    ['pause after the due time changes nothing', [span('13:00', '14:00')], undefined, '12:00'],
    ['pause straddling the due time', [span('11:30', '12:30')], undefined, '13:00'],
    ['overlapping pauses count once', [span('10:30', '11:00'), span('10:45', '11:15')], undefined, '12:45'],
    ['unsorted pauses are sorted', [span('11:30', '11:40'), span('10:30', '10:40')], undefined, '12:20'],
    ['a pause before creation is clipped', [{ from: at('2024-03-04T09:00:00Z'), to: at('2024-03-04T10:30:00Z') }], undefined, '12:30'],
    ['an inverted pause is ignored', [span('11:00', '10:30')], undefined, '12:00'],
    ['an open pause runs until now', [span('11:00', null)], '11:20', '12:20'],
    ['an open pause that has not started yet changes nothing', [span('11:00', null)], '10:50', '12:00'],
  ])('%s', (_name, pausedIntervals, now, expected) => {
    const options = now === undefined ? { pausedIntervals } : { pausedIntervals, now: at(`2024-03-04T${now}:00Z`) };
    expect(iso(dueAt(created, a24x7, madrid, options))).toBe(`2024-03-04T${expected}:00.000Z`);
  });

  it('requires now while a pause is open', () => {
    expect(() => dueAt(created, a24x7, madrid, { pausedIntervals: [span('11:00', null)] })).toThrow(/now/);
  });
});

describe('dueAt with pauses on business clocks', () => {
  const created = at('2024-03-01T15:00:00Z'); // Friday 16:00 Madrid

  it('shifts by the paused business minutes only', () => {
    // Paused Friday 16:30 → Monday 09:00: only 30 business minutes were paused.
    const paused = [{ from: at('2024-03-01T15:30:00Z'), to: at('2024-03-04T08:00:00Z') }];
    expect(iso(dueAt(created, aLocal, madrid))).toBe('2024-03-04T09:00:00.000Z');
    expect(iso(dueAt(created, aLocal, madrid, { pausedIntervals: paused }))).toBe('2024-03-04T09:30:00.000Z');
  });

  it('does not shift for a pause over the weekend', () => {
    const weekend = [{ from: at('2024-03-02T08:00:00Z'), to: at('2024-03-03T20:00:00Z') }];
    expect(iso(dueAt(created, aLocal, madrid, { pausedIntervals: weekend }))).toBe('2024-03-04T09:00:00.000Z');
  });

  it('shifts a business-day target by a paused working hour', () => {
    const tuesday = at('2024-03-05T09:00:00Z');
    const paused = [{ from: at('2024-03-05T12:00:00Z'), to: at('2024-03-05T13:00:00Z') }];
    expect(iso(dueAt(tuesday, oneDay, madrid, { pausedIntervals: paused }))).toBe('2024-03-06T10:00:00.000Z');
  });
});

describe('consumedMs and targetDurationMs', () => {
  const created = at('2024-03-04T10:00:00Z');

  it.each<[string, SlaTarget, string, PausedInterval[], number]>([
    ['24×7, one hour', a24x7, '2024-03-04T11:00:00Z', [], 60],
    ['24×7 minus a pause', a24x7, '2024-03-04T11:00:00Z', [{ from: at('2024-03-04T10:30:00Z'), to: at('2024-03-04T10:45:00Z') }], 45],
    ['24×7 inside a pause', a24x7, '2024-03-04T10:40:00Z', [{ from: at('2024-03-04T10:30:00Z'), to: at('2024-03-04T10:45:00Z') }], 30],
    ['business clock stops at 17:00 Madrid (11:00 → 17:00 local)', aLocal, '2024-03-04T20:00:00Z', [], 360],
    ['before creation', a24x7, '2024-03-04T09:00:00Z', [], 0],
  ])('%s', (_name, target, atIso, pausedIntervals, minutes) => {
    expect(consumedMs(created, at(atIso), target, madrid, { pausedIntervals })).toBe(minutes * 60_000);
  });

  it.each<[SlaTarget, number]>([
    [a24x7, 120],
    [oneDay, 480],
    [{ kind: 'businessDays', days: 2 }, 960],
  ])('targetDurationMs(%o) = %i min', (target, minutes) => {
    expect(targetDurationMs(target, madrid)).toBe(minutes * 60_000);
  });

  it('normalises pauses into sorted, merged, closed spans', () => {
    expect(
      normalisePauses(100, {
        now: 1000,
        pausedIntervals: [
          { from: 500, to: null },
          { from: 50, to: 200 },
          { from: 150, to: 300 },
          { from: 400, to: 400 },
        ],
      }),
    ).toEqual([
      { from: 100, to: 300 },
      { from: 500, to: 1000 },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { slaPolicySchema, type BusinessHours } from '../../../lib/settings/schema';
import { formatDuration, slaStatus, sortByNextBreach, type SlaState, type SlaSubject } from '../../../lib/sla/state';

const at = (iso: string) => Date.parse(iso);
const policy = slaPolicySchema.parse({}); // A 2 h 24×7, lead time 15 min
const madrid: BusinessHours = { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00', timeZone: 'Europe/Madrid', holidays: [] };
const created = at('2024-03-04T10:00:00Z');
const ticket = (over: Partial<SlaSubject> = {}): SlaSubject => ({
  severity: 'A',
  breakFix: true,
  supportLanguage: 'en-US',
  createdAt: created,
  firstResponseAt: null,
  closedAt: null,
  pausedIntervals: [],
  ...over,
});
const t = (hhmm: string) => at(`2024-03-04T${hhmm}:00Z`);

describe('slaStatus states (A ticket created 10:00, due 12:00)', () => {
  it.each<[string, Partial<SlaSubject>, string, SlaState, number]>([
    ['on track after 30 min', {}, '10:30', 'onTrack', 90],
    ['at risk with 15 min left', {}, '11:45', 'atRisk', 15],
    ['still on track with 16 min left', {}, '11:44', 'onTrack', 16],
    ['breached exactly at the due time', {}, '12:00', 'breached', 0],
    ['breached 15 min late', {}, '12:15', 'breached', -15],
    ['met when answered in time', { firstResponseAt: t('11:00') }, '15:00', 'met', 60],
    ['met when answered at the due time', { firstResponseAt: t('12:00') }, '15:00', 'met', 0],
    ['missed when answered late', { firstResponseAt: t('12:30') }, '15:00', 'missed', -30],
    ['closed without a first response', { closedAt: t('11:00') }, '15:00', 'closed', 60],
    ['first response wins over closed', { closedAt: t('11:00'), firstResponseAt: t('10:30') }, '15:00', 'met', 90],
    ['paused while waiting on the customer', { pausedIntervals: [{ from: t('11:00'), to: null }] }, '13:00', 'paused', 60],
    ['resumed pause shifts the due time', { pausedIntervals: [{ from: t('11:00'), to: t('12:00') }] }, '12:30', 'onTrack', 30],
    ['pausing after a breach stays breached', { pausedIntervals: [{ from: t('12:30'), to: null }] }, '13:00', 'breached', -60],
  ])('%s', (_name, over, now, state, remainingMinutes) => {
    const status = slaStatus(ticket(over), t(now), policy, madrid);
    expect(status.state).toBe(state);
    expect(status.remainingMs).toBe(remainingMinutes * 60_000);
  });

  it('reports due time, elapsed time and fraction', () => {
    expect(slaStatus(ticket(), t('11:00'), policy, madrid)).toEqual({
      state: 'onTrack',
      target: { kind: 'minutes', minutes: 120, clock: '24x7' },
      dueAt: t('12:00'),
      remainingMs: 60 * 60_000,
      elapsedMs: 60 * 60_000,
      fraction: 0.5,
    });
  });

  it('excludes pauses from the fraction and clamps it to 1', () => {
    const paused = ticket({ pausedIntervals: [{ from: t('10:30'), to: t('11:30') }] });
    // 10:00–10:30 and 11:30–12:00 ran: 60 of 120 minutes, although two hours have passed.
    expect(slaStatus(paused, t('12:00'), policy, madrid).fraction).toBe(0.5);
    expect(slaStatus(ticket(), t('20:00'), policy, madrid).fraction).toBe(1);
  });

  it('freezes a finished ticket at its stop time', () => {
    const answered = ticket({ firstResponseAt: t('11:00') });
    expect(slaStatus(answered, t('23:00'), policy, madrid)).toEqual(slaStatus(answered, t('11:30'), policy, madrid));
    expect(slaStatus(answered, t('23:00'), policy, madrid).elapsedMs).toBe(60 * 60_000);
  });

  it('uses business hours for a Spanish-language ticket', () => {
    const spanish = ticket({ supportLanguage: 'es-ES', createdAt: at('2024-03-01T15:30:00Z') }); // Friday 16:30 Madrid
    const status = slaStatus(spanish, at('2024-03-02T12:00:00Z'), policy, madrid);
    expect(new Date(status.dueAt).toISOString()).toBe('2024-03-04T09:30:00.000Z');
    expect(status.state).toBe('onTrack');
    expect(status.fraction).toBe(0.25);
  });
});

describe('formatDuration', () => {
  const MIN = 60_000;
  it.each([
    [0, '0m'],
    [59_999, '0m'],
    [-59_999, '0m'],
    [45 * MIN, '45m'],
    [65 * MIN, '1h 05m'],
    [120 * MIN, '2h 00m'],
    [-15 * MIN, '-15m'],
    [-(61 * MIN + 30_000), '-1h 01m'],
    [(2 * 1440 + 3 * 60 + 59) * MIN, '2d 3h'],
    [-1440 * MIN, '-1d 0h'],
    [Number.NaN, '–'],
    [Number.POSITIVE_INFINITY, '–'],
  ])('%d ms → %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe('sortByNextBreach', () => {
  it('puts running clocks first by due time, then paused, then finished newest first', () => {
    const list = [
      { id: 'met-old', state: 'met', dueAt: 100 },
      { id: 'paused', state: 'paused', dueAt: 50 },
      { id: 'on-track', state: 'onTrack', dueAt: 300 },
      { id: 'breached', state: 'breached', dueAt: 10 },
      { id: 'closed-new', state: 'closed', dueAt: 900 },
      { id: 'at-risk', state: 'atRisk', dueAt: 200 },
      { id: 'missed', state: 'missed', dueAt: 500 },
    ] satisfies { id: string; state: SlaState; dueAt: number }[];
    const sorted = sortByNextBreach(list);
    expect(sorted.map((item) => item.id)).toEqual(['breached', 'at-risk', 'on-track', 'paused', 'closed-new', 'missed', 'met-old']);
    expect(list[0]?.id).toBe('met-old'); // the input is not mutated
  });

  it('keeps equal items in their original order', () => {
    const list = [
      { id: 'x', state: 'onTrack' as const, dueAt: 5 },
      { id: 'y', state: 'atRisk' as const, dueAt: 5 },
    ];
    expect(sortByNextBreach(list).map((item) => item.id)).toEqual(['x', 'y']);
  });
});

describe('slaStatus on a years-old open ticket', () => {
  it('on business days, long past due: breached with the whole target used, due one business day after creation', () => {
    const old = ticket({ breakFix: false, createdAt: at('2010-01-04T10:00:00Z') });
    const status = slaStatus(old, at('2026-12-01T10:00:00Z'), policy, madrid);
    expect(status).toMatchObject({ state: 'breached', fraction: 1, dueAt: at('2010-01-05T10:00:00Z') });
    expect(status.remainingMs).toBe(status.dueAt - at('2026-12-01T10:00:00Z'));
  });
});

import { describe, expect, it } from 'vitest';
import { businessHoursSchema } from '../../../lib/settings/schema';
import { liveSla, sortViewsByNextBreach, viewOf } from '../../../lib/tickets/view';
import { HOUR, MIN, settings, statusOf, T0, ticketAged, viewAt } from './helpers';

describe('viewOf', () => {
  it('computes the status from stored timestamps at the given time', () => {
    // Severity B = 4 h; created 3 h 50 m ago → 10 min left, inside the 15-minute lead time.
    const view = viewAt(ticketAged(3 * HOUR + 50 * MIN));
    expect(statusOf(view)).toMatchObject({ state: 'atRisk', remainingMs: 10 * MIN });
  });

  it('gives a null status instead of throwing when the calendar has no working time', () => {
    // Working days: Mondays only, and every Monday for four years is a holiday.
    const mondays = Array.from({ length: 4 * 53 }, (_, week) => new Date(Date.UTC(2024, 2, 4 + 7 * week)).toISOString().slice(0, 10));
    const businessHours = businessHoursSchema.parse({ days: [1], holidays: mondays, timeZone: 'UTC' });
    const ticket = ticketAged(0, { breakFix: false });
    const impossible = { ...settings, businessHours };
    expect(viewOf(ticket, T0, impossible).sla).toBeNull();
  });
});

describe('sortViewsByNextBreach', () => {
  it('puts breached first, then running by due time, then paused, then finished, then unknown', () => {
    const breached = viewAt(ticketAged(5 * HOUR));
    const soon = viewAt(ticketAged(3 * HOUR));
    const later = viewAt(ticketAged(1 * HOUR));
    const paused = viewAt(ticketAged(1 * HOUR, { pausedIntervals: [{ from: T0 - 30 * MIN, to: null }] }));
    const met = viewAt(ticketAged(2 * HOUR, { firstResponseAt: T0 - HOUR }));
    const unknown = { ticket: ticketAged(0), sla: null };
    const sorted = sortViewsByNextBreach([met, unknown, later, paused, soon, breached]);
    expect(sorted.map((view) => view.sla?.state ?? 'none')).toEqual(['breached', 'onTrack', 'onTrack', 'paused', 'met', 'none']);
    expect(sorted[1]).toBe(soon);
  });
});

describe('liveSla', () => {
  const lead = settings.sla.leadTimeMinutes;

  it('moves a running clock from on track to at risk to breached as time passes', () => {
    const sla = statusOf(viewAt(ticketAged(3 * HOUR)));
    expect(liveSla(sla, T0, lead)).toEqual({ state: 'onTrack', remainingMs: HOUR });
    expect(liveSla(sla, T0 + 45 * MIN, lead)).toEqual({ state: 'atRisk', remainingMs: 15 * MIN });
    expect(liveSla(sla, T0 + HOUR, lead)).toEqual({ state: 'breached', remainingMs: 0 });
    expect(liveSla(sla, T0 + HOUR + 15 * MIN, lead)).toEqual({ state: 'breached', remainingMs: -15 * MIN });
  });

  it('keeps paused and finished clocks still', () => {
    const paused = statusOf(viewAt(ticketAged(HOUR, { pausedIntervals: [{ from: T0 - 30 * MIN, to: null }] })));
    expect(liveSla(paused, T0 + 10 * HOUR, lead)).toEqual({ state: 'paused', remainingMs: paused.remainingMs });
    const met = statusOf(viewAt(ticketAged(2 * HOUR, { firstResponseAt: T0 - HOUR })));
    expect(liveSla(met, T0 + 10 * HOUR, lead)).toEqual({ state: 'met', remainingMs: 3 * HOUR });
  });
});

import { describe, expect, it } from 'vitest';
import {
  alertId,
  diffAlarms,
  groupAlerts,
  MAX_SEPARATE_ALERTS,
  MAX_TICKET_ALARMS,
  parseAlertId,
  planAlarms,
  SUMMARY_NOTIFICATION_ID,
  TICK_ALARM,
  trackerUrlForNotification,
} from '../../../lib/tickets/alarm-plan';
import { HOUR, MIN, T0, ticketAged, viewAt } from './helpers';

const LEAD = 15;

describe('planAlarms', () => {
  it('sets a warning at due − lead time and a breach alarm at due for a ticket on track', () => {
    const ticket = ticketAged(HOUR); // B: due at T0 + 3 h
    const plan = planAlarms([viewAt(ticket)], T0, LEAD, {});
    expect(plan.alarms).toEqual([
      { name: `sla:${ticket.id}:warn`, when: T0 + 3 * HOUR - 15 * MIN },
      { name: `sla:${ticket.id}:breach`, when: T0 + 3 * HOUR },
    ]);
    expect(plan.alertsNow).toEqual([]);
    expect(plan.tick).toBe(true);
  });

  it('never schedules in the past: an at-risk ticket gets its breach alarm and one warning now', () => {
    const ticket = ticketAged(4 * HOUR - 10 * MIN);
    const plan = planAlarms([viewAt(ticket)], T0, LEAD, {});
    expect(plan.alarms).toEqual([{ name: `sla:${ticket.id}:breach`, when: T0 + 10 * MIN }]);
    expect(plan.alertsNow).toEqual([{ ticketId: ticket.id, kind: 'warn', dueAt: T0 + 10 * MIN }]);
    expect(plan.notified).toEqual({ [`${ticket.id}:warn`]: T0 + 10 * MIN });
  });

  it('reports a breach that happened while the browser was closed once, not twice', () => {
    const ticket = ticketAged(6 * HOUR);
    const first = planAlarms([viewAt(ticket)], T0, LEAD, {});
    expect(first.alarms).toEqual([]);
    expect(first.alertsNow).toEqual([{ ticketId: ticket.id, kind: 'breach', dueAt: T0 - 2 * HOUR }]);
    // Restart: the log was stored, so nothing fires again.
    const again = planAlarms([viewAt(ticket, T0 + HOUR)], T0 + HOUR, LEAD, first.notified);
    expect(again.alertsNow).toEqual([]);
    expect(again.notified).toEqual(first.notified);
  });

  it('alerts again when the due time moves (a severity edit), not for the old one', () => {
    const ticket = ticketAged(4 * HOUR - 10 * MIN);
    const { notified } = planAlarms([viewAt(ticket)], T0, LEAD, {});
    const asA = { ...ticket, severity: 'A' as const }; // due 2 h after creation: breached
    expect(planAlarms([viewAt(asA)], T0, LEAD, notified).alertsNow).toEqual([{ ticketId: ticket.id, kind: 'breach', dueAt: T0 - 110 * MIN }]);
  });

  it('gives paused and answered tickets no alarms, and keeps the tick only while a clock runs', () => {
    const paused = ticketAged(HOUR, { pausedIntervals: [{ from: T0 - MIN, to: null }] });
    const answered = ticketAged(HOUR, { firstResponseAt: T0 - MIN });
    const plan = planAlarms([viewAt(paused), viewAt(answered)], T0, LEAD, {});
    expect(plan).toMatchObject({ alarms: [], alertsNow: [], tick: false });
  });

  it('drops log entries of tickets that are no longer open', () => {
    const open = ticketAged(HOUR);
    const log = { [`${open.id}:warn`]: 1, 'gone:breach': 2 };
    expect(planAlarms([viewAt(open)], T0, LEAD, log).notified).toEqual({ [`${open.id}:warn`]: 1 });
  });

  it('keeps the earliest alarms within the browser limit', () => {
    const views = Array.from({ length: MAX_TICKET_ALARMS }, (_, index) => viewAt(ticketAged(HOUR - index * MIN)));
    const plan = planAlarms(views, T0, LEAD, {});
    expect(plan.alarms).toHaveLength(MAX_TICKET_ALARMS);
    expect(plan.alarms.every((alarm, index) => index === 0 || plan.alarms[index - 1]!.when <= alarm.when)).toBe(true);
  });
});

describe('diffAlarms', () => {
  const plan = {
    alarms: [
      { name: 'sla:a:warn', when: 100 },
      { name: 'sla:a:breach', when: 200 },
    ],
    tick: true,
  };

  it('creates what is missing or moved, clears what is stale, and leaves foreign alarms alone', () => {
    const existing = [
      { name: 'sla:a:warn', scheduledTime: 100 },
      { name: 'sla:a:breach', scheduledTime: 150 },
      { name: 'sla:closed:breach', scheduledTime: 300 },
      { name: 'someone-else', scheduledTime: 1 },
    ];
    expect(diffAlarms(existing, plan)).toEqual({
      clear: ['sla:closed:breach'],
      create: [
        { name: 'sla:a:breach', info: { when: 200 } },
        { name: TICK_ALARM, info: { delayInMinutes: 1, periodInMinutes: 1 } },
      ],
    });
  });

  it('changes nothing when the alarms already match (idempotent refresh)', () => {
    const existing = [...plan.alarms.map((alarm) => ({ name: alarm.name, scheduledTime: alarm.when })), { name: TICK_ALARM, scheduledTime: 5, periodInMinutes: 1 }];
    expect(diffAlarms(existing, plan)).toEqual({ clear: [], create: [] });
    expect(diffAlarms(existing, { alarms: [], tick: false }).clear.sort()).toEqual(['sla:a:breach', 'sla:a:warn', TICK_ALARM].sort());
  });
});

describe('alert ids and notification clicks', () => {
  const id = '0b6f2d1e-8c1a-4e5b-9a7d-3f2e1d0c9b8a';
  it('round-trips deterministic ids', () => {
    expect(parseAlertId(alertId(id, 'breach'))).toEqual({ ticketId: id, kind: 'breach' });
    expect(parseAlertId(TICK_ALARM)).toBeNull();
    expect(parseAlertId(`sla:${id}:later`)).toBeNull();
  });

  it('opens the tracker on the ticket, on the list for the summary, and ignores other notifications', () => {
    const tracker = 'chrome-extension://x/tracker.html';
    expect(trackerUrlForNotification(alertId(id, 'warn'), tracker)).toBe(`${tracker}#ticket=${id}`);
    expect(trackerUrlForNotification(SUMMARY_NOTIFICATION_ID, tracker)).toBe(tracker);
    expect(trackerUrlForNotification('other', tracker)).toBeNull();
  });

  it('summarises bursts of alerts', () => {
    const alerts = Array.from({ length: MAX_SEPARATE_ALERTS + 1 }, (_, index) => ({ ticketId: String(index), kind: 'breach' as const, dueAt: 0 }));
    expect(groupAlerts(alerts.slice(0, MAX_SEPARATE_ALERTS)).separate).toHaveLength(MAX_SEPARATE_ALERTS);
    expect(groupAlerts(alerts)).toEqual({ separate: [], summarized: alerts });
  });
});

import { MINUTE_MS } from '../sla/zoned-time';
import type { TicketView } from './view';

/**
 * Which alarms and notifications the open tickets need at `now`, as a pure function
 * so the service worker only has to apply the plan. The worker may be asleep or
 * freshly restarted, so the plan is rebuilt from stored timestamps every time.
 */

export type AlertKind = 'warn' | 'breach';

/** Every alarm this feature owns starts with this prefix; anything else is left alone. */
export const SLA_ALARM_PREFIX = 'sla:';
/** Periodic refresh of the badge while open tickets run (the worker sleeps, so no setInterval). */
export const TICK_ALARM = 'sla:tick';
export const TICK_PERIOD_MINUTES = 1;
/** Chrome allows 500 alarms per extension; the tick alarm catches whatever the cap leaves out. */
export const MAX_TICKET_ALARMS = 400;

const KINDS: readonly AlertKind[] = ['warn', 'breach'];

/** Deterministic, so re-creating an alarm or notification replaces it instead of adding one. */
export function alertId(ticketId: string, kind: AlertKind): string {
  return `${SLA_ALARM_PREFIX}${ticketId}:${kind}`;
}

export function parseAlertId(name: string): { ticketId: string; kind: AlertKind } | null {
  const match = /^sla:([0-9a-f-]{36}):(warn|breach)$/i.exec(name);
  const [, ticketId, kind] = match ?? [];
  return ticketId && kind ? { ticketId, kind: kind as AlertKind } : null;
}

export interface PlannedAlarm {
  name: string;
  when: number;
}

export interface DueAlert {
  ticketId: string;
  kind: AlertKind;
  dueAt: number;
}

/**
 * Alerts already shown, by `${ticketId}:${kind}`, with the due time they were for.
 * A due time that moves (severity edited, clock resumed) allows a new alert; the same
 * one never fires twice, even across browser restarts.
 */
export type NotifiedLog = Record<string, number>;

export interface AlarmPlan {
  /** One-shot alarms to exist, earliest first; never in the past. */
  alarms: PlannedAlarm[];
  /** Alerts to show now (their moment passed while no alarm could fire, or an alarm just fired). */
  alertsNow: DueAlert[];
  /** Whether the periodic tick alarm should exist. */
  tick: boolean;
  /** The log to store after showing alertsNow; entries of tickets no longer open are dropped. */
  notified: NotifiedLog;
}

const logKey = (ticketId: string, kind: AlertKind) => `${ticketId}:${kind}`;

/** The plan for `views`, which must be the open tickets (not closed, not deleted). */
export function planAlarms(views: readonly TicketView[], now: number, leadTimeMinutes: number, notified: NotifiedLog): AlarmPlan {
  const leadMs = leadTimeMinutes * MINUTE_MS;
  const alarms: PlannedAlarm[] = [];
  const alertsNow: DueAlert[] = [];
  const nextLog: NotifiedLog = {};
  let running = false;

  for (const { ticket, sla } of views) {
    for (const kind of KINDS) {
      const key = logKey(ticket.id, kind);
      if (notified[key] !== undefined) nextLog[key] = notified[key];
    }
    // Paused and answered clocks cannot breach; a missing status means no calendar to count on.
    if (!sla || (sla.state !== 'onTrack' && sla.state !== 'atRisk' && sla.state !== 'breached')) continue;
    running = true;
    const moments: Record<AlertKind, number> = { warn: sla.dueAt - leadMs, breach: sla.dueAt };
    for (const kind of KINDS) {
      if (moments[kind] > now) alarms.push({ name: alertId(ticket.id, kind), when: moments[kind] });
    }
    // Only the latest moment that has passed matters: after a breach, a late "at risk" is noise.
    const passed: AlertKind | null = moments.breach <= now ? 'breach' : moments.warn <= now ? 'warn' : null;
    if (passed && nextLog[logKey(ticket.id, passed)] !== sla.dueAt) {
      alertsNow.push({ ticketId: ticket.id, kind: passed, dueAt: sla.dueAt });
      nextLog[logKey(ticket.id, passed)] = sla.dueAt;
    }
  }

  alarms.sort((a, b) => a.when - b.when);
  return { alarms: alarms.slice(0, MAX_TICKET_ALARMS), alertsNow, tick: running, notified: nextLog };
}

/** At most this many separate notifications at once; more become one summary (an import of old tickets). */
export const MAX_SEPARATE_ALERTS = 3;

/** Splits alerts into separate notifications and the rest, which a single summary stands for. */
export function groupAlerts(alerts: readonly DueAlert[]): { separate: DueAlert[]; summarized: DueAlert[] } {
  if (alerts.length <= MAX_SEPARATE_ALERTS) return { separate: [...alerts], summarized: [] };
  return { separate: [], summarized: [...alerts] };
}

/** An alarm as the browser reports it. */
export interface ExistingAlarm {
  name: string;
  scheduledTime: number;
  periodInMinutes?: number;
}

/** What to change so the browser's alarms match `plan`: only alarms named sla:* are touched. */
export interface AlarmChanges {
  clear: string[];
  create: { name: string; info: { when: number } | { delayInMinutes: number; periodInMinutes: number } }[];
}

/**
 * The difference between the alarms that exist and the plan. Alarms already set for
 * the same moment are left alone, so a refresh every minute changes nothing when
 * nothing changed; the periodic tick keeps its phase.
 */
export function diffAlarms(existing: readonly ExistingAlarm[], plan: Pick<AlarmPlan, 'alarms' | 'tick'>): AlarmChanges {
  const ours = new Map(existing.filter((alarm) => alarm.name.startsWith(SLA_ALARM_PREFIX)).map((alarm) => [alarm.name, alarm]));
  const wanted = new Set(plan.alarms.map((alarm) => alarm.name));
  const changes: AlarmChanges = { clear: [], create: [] };
  for (const name of ours.keys()) {
    if (name === TICK_ALARM ? !plan.tick : !wanted.has(name)) changes.clear.push(name);
  }
  for (const alarm of plan.alarms) {
    if (ours.get(alarm.name)?.scheduledTime !== alarm.when) changes.create.push({ name: alarm.name, info: { when: alarm.when } });
  }
  if (plan.tick && !ours.has(TICK_ALARM)) {
    changes.create.push({ name: TICK_ALARM, info: { delayInMinutes: TICK_PERIOD_MINUTES, periodInMinutes: TICK_PERIOD_MINUTES } });
  }
  return changes;
}

/** The id of the summary notification (one at a time, replaced when shown again). */
export const SUMMARY_NOTIFICATION_ID = 'sla:summary';

/**
 * The tracker address a click on one of our notifications opens: the ticket's own
 * row, or the whole list for the summary. null for notifications that are not ours.
 */
export function trackerUrlForNotification(notificationId: string, trackerUrl: string): string | null {
  if (notificationId === SUMMARY_NOTIFICATION_ID) return trackerUrl;
  const alert = parseAlertId(notificationId);
  return alert ? `${trackerUrl}#ticket=${alert.ticketId}` : null;
}

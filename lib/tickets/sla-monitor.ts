import { createCoalescedRun } from '../queue';
import type { Settings } from '../settings/schema';
import { diffAlarms, planAlarms, type DueAlert, type ExistingAlarm, type NotifiedLog } from './alarm-plan';
import { badgeFor, type Badge } from './badge';
import type { TicketStore } from './store';
import { partitionShowable } from './showable';
import { viewOf, type TicketView } from './view';

/**
 * Keeps the browser's alarms, the notifications and the badge in line with the open
 * tickets. Everything is recomputed from storage on each refresh, because the service
 * worker forgets all it held when it sleeps (after 30 s idle) or restarts.
 */

export interface AlarmsPort {
  getAll(): Promise<ExistingAlarm[]>;
  create(name: string, info: { when: number } | { delayInMinutes: number; periodInMinutes: number }): Promise<void>;
  clear(name: string): Promise<unknown>;
}

export interface NotifiedLogPort {
  read(): Promise<NotifiedLog>;
  write(log: NotifiedLog): Promise<void>;
}

export interface MonitorDeps {
  store: Pick<TicketStore, 'listOpen'>;
  settings: () => Promise<Settings>;
  now: () => number;
  alarms: AlarmsPort;
  notifiedLog: NotifiedLogPort;
  /** Shows notifications for alerts whose moment has come. */
  notify: (alerts: readonly DueAlert[], views: ReadonlyMap<string, TicketView>, now: number) => Promise<void>;
  showBadge: (badge: Badge) => Promise<void>;
  /** Where failures go; a refresh must never throw into an event listener. */
  report: (error: unknown) => void;
}

export interface SlaMonitor {
  /** Brings alarms, notifications and badge up to date; concurrent calls share one queued run. */
  refresh(): Promise<void>;
}

function sameLog(a: NotifiedLog, b: NotifiedLog): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

export function createSlaMonitor(deps: MonitorDeps): SlaMonitor {
  async function runOnce(): Promise<void> {
    const [settings, open, log] = await Promise.all([deps.settings(), deps.store.listOpen(), deps.notifiedLog.read()]);
    const now = deps.now();
    // A record with impossible dates gets no alarm, notification or badge, and stops none for the others.
    const views = partitionShowable(open, now).showable.map((ticket) => viewOf(ticket, now, settings));
    const plan = planAlarms(views, now, settings.sla.leadTimeMinutes, log);

    const changes = diffAlarms(await deps.alarms.getAll(), plan);
    await Promise.all(changes.clear.map((name) => deps.alarms.clear(name)));
    await Promise.all(changes.create.map(({ name, info }) => deps.alarms.create(name, info)));

    // Notify before recording: if the worker dies in between, the same deterministic
    // notification id is shown again (replacing, not adding); recording first could lose it.
    if (plan.alertsNow.length > 0) await deps.notify(plan.alertsNow, new Map(views.map((view) => [view.ticket.id, view])), now);
    if (!sameLog(plan.notified, log)) await deps.notifiedLog.write(plan.notified);

    await deps.showBadge(badgeFor(views.flatMap((view) => (view.sla ? [view.sla.state] : []))));
  }

  // One run at a time (two runs could both notify); callers arriving while one waits share it.
  return { refresh: createCoalescedRun(() => runOnce().catch(deps.report)) };
}

import { describe, expect, it, vi } from 'vitest';
import { createBadgeDisplay, type ActionPort } from '../../../entrypoints/background/tickets/badge-display';
import { createSlaMonitor, type AlarmsPort } from '../../../lib/tickets/sla-monitor';
import { createNotifier } from '../../../entrypoints/background/tickets/notifier';
import { defaultSettings } from '../../../lib/settings/schema';
import { TICK_ALARM, type ExistingAlarm, type NotifiedLog } from '../../../lib/tickets/alarm-plan';
import type { Ticket } from '../../../lib/tickets/schema';
import { HOUR, MIN, T0, ticketAged } from '../tickets-ui/helpers';

/** In-memory stand-ins for browser.alarms, notifications, action and storage.local. */
function fakeBrowser() {
  const alarms = new Map<string, ExistingAlarm>();
  const shown: { id: string; title: string; message: string }[] = [];
  const badge = { text: '', color: '', title: '' };
  const storage: { log: NotifiedLog } = { log: {} };
  const alarmsPort: AlarmsPort = {
    getAll: async () => [...alarms.values()],
    create: async (name, info) => {
      const scheduledTime = 'when' in info ? info.when : 0;
      alarms.set(name, { name, scheduledTime, ...('periodInMinutes' in info ? { periodInMinutes: info.periodInMinutes } : {}) });
    },
    clear: async (name) => alarms.delete(name),
  };
  const action: ActionPort = {
    setBadgeText: async ({ text }) => {
      badge.text = text;
    },
    setBadgeBackgroundColor: async ({ color }) => {
      badge.color = color;
    },
    setTitle: async ({ title }) => {
      badge.title = title;
    },
  };
  return { alarms, shown, badge, storage, alarmsPort, action };
}

const translate = (key: string, subs: string[] = []) => `${key}(${subs.join(',')})`;

function monitorFor(fake: ReturnType<typeof fakeBrowser>, tickets: () => Ticket[], now: () => number) {
  const report = vi.fn();
  const monitor = createSlaMonitor({
    store: { listOpen: async () => tickets() },
    settings: async () => defaultSettings(),
    now,
    alarms: fake.alarmsPort,
    notifiedLog: {
      read: async () => ({ ...fake.storage.log }),
      write: async (log) => {
        fake.storage.log = log;
      },
    },
    notify: createNotifier({
      notifications: { create: async (id, options) => void fake.shown.push({ id, title: options.title, message: options.message }) },
      iconUrl: 'icon.png',
      translate,
      report,
    }),
    showBadge: createBadgeDisplay(fake.action, translate),
    report,
  });
  return { monitor, report };
}

describe('SLA monitor', () => {
  it('creates one warning and one breach alarm per running ticket, plus the tick', async () => {
    const fake = fakeBrowser();
    const onTrack = ticketAged(HOUR);
    const { monitor, report } = monitorFor(
      fake,
      () => [onTrack],
      () => T0,
    );
    await monitor.refresh();
    expect([...fake.alarms.keys()].sort()).toEqual([`sla:${onTrack.id}:breach`, `sla:${onTrack.id}:warn`, TICK_ALARM].sort());
    expect(fake.alarms.get(`sla:${onTrack.id}:breach`)?.scheduledTime).toBe(T0 + 3 * HOUR);
    expect(fake.badge).toMatchObject({ text: '', title: 'badgeTitle(1,0,0)' });
    expect(report).not.toHaveBeenCalled();
  });

  it('notifies a breach that happened while the browser was closed once, across restarts', async () => {
    const fake = fakeBrowser();
    const breached = ticketAged(5 * HOUR, { severity: 'A' });
    await monitorFor(
      fake,
      () => [breached],
      () => T0,
    ).monitor.refresh();
    expect(fake.shown).toEqual([{ id: `sla:${breached.id}:breach`, title: 'notifyBreachTitle(-3h 00m)', message: expect.stringContaining(breached.number!) }]);
    expect(fake.badge).toMatchObject({ text: '1', color: '#b3261e' });
    // A new worker (new monitor), same storage: no second notification.
    await monitorFor(
      fake,
      () => [breached],
      () => T0 + MIN,
    ).monitor.refresh();
    expect(fake.shown).toHaveLength(1);
  });

  it('turns an alarm firing into the notification it was set for', async () => {
    const fake = fakeBrowser();
    const ticket = ticketAged(HOUR);
    let now = T0;
    const { monitor } = monitorFor(
      fake,
      () => [ticket],
      () => now,
    );
    await monitor.refresh();
    now = fake.alarms.get(`sla:${ticket.id}:warn`)!.scheduledTime;
    await monitor.refresh(); // what alarms.onAlarm does
    expect(fake.shown.map((shown) => [shown.id, shown.title])).toEqual([[`sla:${ticket.id}:warn`, 'notifyWarnTitle(15m)']]);
    expect(fake.alarms.has(`sla:${ticket.id}:warn`)).toBe(false);
    expect(fake.badge.text).toBe('1');
  });

  it('removes the alarms of a ticket that is closed, and the tick when nothing runs', async () => {
    const fake = fakeBrowser();
    let open = [ticketAged(HOUR)];
    const { monitor } = monitorFor(
      fake,
      () => open,
      () => T0,
    );
    await monitor.refresh();
    open = [];
    await monitor.refresh();
    expect(fake.alarms.size).toBe(0);
  });

  it('leaves alarms untouched when nothing changed', async () => {
    const fake = fakeBrowser();
    const ticket = ticketAged(HOUR);
    const { monitor } = monitorFor(
      fake,
      () => [ticket],
      () => T0,
    );
    await monitor.refresh();
    const create = vi.spyOn(fake.alarmsPort, 'create');
    await monitor.refresh();
    expect(create).not.toHaveBeenCalled();
  });

  it('runs refreshes one at a time and folds calls made during a run into one more run', async () => {
    const fake = fakeBrowser();
    let release: () => void = () => {};
    const firstRunBlocked = new Promise<void>((resolve) => {
      release = resolve;
    });
    let running = 0;
    let maxRunning = 0;
    const listOpen = vi.fn(async () => {
      running += 1;
      maxRunning = Math.max(maxRunning, running);
      if (listOpen.mock.calls.length === 1) await firstRunBlocked;
      running -= 1;
      return [ticketAged(HOUR)];
    });
    const monitor = createSlaMonitor({
      store: { listOpen },
      settings: async () => defaultSettings(),
      now: () => T0,
      alarms: fake.alarmsPort,
      notifiedLog: { read: async () => ({}), write: async () => undefined },
      notify: async () => undefined,
      showBadge: async () => undefined,
      report: () => undefined,
    });
    const first = monitor.refresh();
    // Calls made before the run starts share it: it will read the newest state anyway.
    expect(monitor.refresh()).toBe(first);
    await vi.waitFor(() => expect(listOpen).toHaveBeenCalledTimes(1));
    // Calls made while it runs may have missed its reads: one more run, shared by all of them.
    const during = [monitor.refresh(), monitor.refresh(), monitor.refresh()];
    expect(new Set(during).size).toBe(1);
    release();
    await Promise.all([first, ...during]);
    expect(listOpen).toHaveBeenCalledTimes(2);
    expect(maxRunning).toBe(1);
  });

  it('reports a failure instead of throwing into the event listener', async () => {
    const fake = fakeBrowser();
    const { monitor, report } = monitorFor(
      fake,
      () => {
        throw new Error('database gone');
      },
      () => T0,
    );
    await expect(monitor.refresh()).resolves.toBeUndefined();
    expect(report).toHaveBeenCalledWith(expect.objectContaining({ message: 'database gone' }));
  });
});

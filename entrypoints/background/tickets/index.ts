import { browser } from 'wxt/browser';
import { t, type MessageKey } from '../../../lib/i18n';
import type { Settings } from '../../../lib/settings/schema';
import { readAs, notifiedLogSchema } from '../../../lib/storage/records';
import { settingsItem, slaNotifiedItem, watchManagedStorage } from '../../../lib/storage/items';
import { SLA_ALARM_PREFIX, trackerUrlForNotification, type NotifiedLog } from '../../../lib/tickets/alarm-plan';
import { ticketDbConnection } from '../../../lib/tickets/db';
import { createTicketStore, type TicketStore } from '../../../lib/tickets/store';
import type { TicketsChangedPush } from '../../../lib/messages/ticket-messages';
import { createBadgeDisplay } from './badge-display';
import { createTicketHandlers } from './handlers';
import { createSlaMonitor } from '../../../lib/tickets/sla-monitor';
import { createNotifier } from './notifier';
import { observeStore } from './observed-store';
import { swallowed } from '../../../lib/swallowed';

/** Soft-deleted tickets are kept this long (undo, mistakes), then purged at a worker start. */
const DELETED_RETENTION_MS = 30 * 86_400_000;

function report(error: unknown) {
  console.error('[tickets]', error);
}

/**
 * The ticket log's background half: the only place the database is opened, the
 * message handlers, and the alarms/notifications/badge that follow the tickets.
 * Call once, synchronously, from the background's main so every listener exists
 * before the event that woke the worker is dispatched.
 */
export function startTicketBackground(settings: () => Promise<Settings>): { handlers: ReturnType<typeof createTicketHandlers>; store: TicketStore } {
  const database = createTicketStore(ticketDbConnection());
  const translate = (key: MessageKey, substitutions?: string[]) => t(key, substitutions);

  const monitor = createSlaMonitor({
    store: database,
    settings,
    now: Date.now,
    alarms: {
      getAll: () => browser.alarms.getAll(),
      create: (name, info) => browser.alarms.create(name, info),
      clear: (name) => browser.alarms.clear(name),
    },
    notifiedLog: {
      read: async (): Promise<NotifiedLog> => readAs(notifiedLogSchema, await slaNotifiedItem.getValue(), {}, 'SLA alert log'),
      write: (log) => slaNotifiedItem.setValue(log),
    },
    notify: createNotifier({
      notifications: browser.notifications,
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      translate,
      report,
    }),
    showBadge: createBadgeDisplay(browser.action, translate),
    report,
  });
  const refresh = () => void monitor.refresh();
  const announce = () => {
    const push: TicketsChangedPush = { type: 'ticketsChanged' };
    // No popup or tracker open means no receiver: nothing to tell.
    browser.runtime.sendMessage(push).catch(swallowed('telling open pages the tickets changed'));
  };
  const store = observeStore(database, () => {
    refresh();
    announce();
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name.startsWith(SLA_ALARM_PREFIX)) refresh();
  });
  browser.notifications.onClicked.addListener((notificationId) => {
    const url = trackerUrlForNotification(notificationId, browser.runtime.getURL('/tracker.html'));
    if (!url) return;
    void browser.tabs.create({ url }).catch(report);
    void browser.notifications.clear(notificationId).catch(report);
  });
  // Only the settings: the alert log the monitor writes is another item, so this cannot loop.
  settingsItem.watch(refresh);
  watchManagedStorage(refresh);
  // Alarms "may be cleared when the browser is restarted": rebuild them at every start.
  browser.runtime.onStartup.addListener(refresh);
  browser.runtime.onInstalled.addListener(refresh);
  refresh();
  void database.purgeDeleted(Date.now() - DELETED_RETENTION_MS).catch(report);

  return { handlers: createTicketHandlers({ store, settings, now: Date.now }), store };
}

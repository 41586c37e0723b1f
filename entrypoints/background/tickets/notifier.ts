import { alertId, groupAlerts, SUMMARY_NOTIFICATION_ID, type DueAlert } from '../../../lib/tickets/alarm-plan';
import { alertText, summaryText, type AlertText, type Translate } from '../../../lib/tickets/alert-text';
import type { TicketView } from '../../../lib/tickets/view';

/** The slice of browser.notifications the notifier uses. */
export interface NotificationsPort {
  create(id: string, options: { type: 'basic'; iconUrl: string; title: string; message: string }): Promise<unknown>;
}

interface NotifierDeps {
  notifications: NotificationsPort;
  iconUrl: string;
  translate: Translate;
  report: (error: unknown) => void;
}

/**
 * Shows SLA alerts. Ids are deterministic (sla:<ticket>:<kind>), so showing one again
 * after a restart replaces it instead of stacking a duplicate. A burst (an import of
 * old tickets, a long sleep) becomes one summary instead of a wall of notifications.
 */
export function createNotifier({ notifications, iconUrl, translate, report }: NotifierDeps) {
  async function show(id: string, text: AlertText) {
    try {
      // No `priority`: Firefox does not support it, and Chrome ignores it on most platforms.
      await notifications.create(id, { type: 'basic', iconUrl, title: text.title, message: text.message });
    } catch (error) {
      // Notifications can be blocked by the OS; that must not stop the badge from updating.
      report(error);
    }
  }

  return async function notify(alerts: readonly DueAlert[], views: ReadonlyMap<string, TicketView>, now: number): Promise<void> {
    const { separate, summarized } = groupAlerts(alerts);
    for (const alert of separate) {
      const view = views.get(alert.ticketId);
      if (view) await show(alertId(alert.ticketId, alert.kind), alertText(alert, view.ticket, now, translate));
    }
    if (summarized.length > 0) await show(SUMMARY_NOTIFICATION_ID, summaryText(summarized, translate));
  };
}

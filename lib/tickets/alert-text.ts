import type { MessageKey } from '../i18n';
import { formatDuration } from '../sla/state';
import type { DueAlert } from './alarm-plan';
import type { Ticket } from './schema';

/**
 * Notification wording. The title says what happened and the time left (or how late
 * it is); the body names the request number and the customer, which is what a
 * partner needs to act from the desktop. The translator is passed in (browser.i18n
 * in the worker), so the choice of words is testable without a browser.
 */
export type Translate = (key: MessageKey, substitutions?: string[]) => string;

export interface AlertText {
  title: string;
  message: string;
}

export function alertText(alert: DueAlert, ticket: Ticket, now: number, translate: Translate): AlertText {
  const left = alert.dueAt - now;
  // An alarm can fire late (device asleep): say "breached" as soon as it is, whatever the alarm was for.
  const title = alert.kind === 'breach' || left <= 0 ? translate('notifyBreachTitle', [formatDuration(Math.min(left, 0))]) : translate('notifyWarnTitle', [formatDuration(left)]);
  const number = ticket.number ?? translate('numberPending');
  const customer = ticket.customer.name || ticket.customer.domain || ticket.customer.tenantId || translate('customerUnknown');
  const severity = ticket.severity === 'unknown' ? '?' : ticket.severity;
  const message = translate('notifyMessage', [number, customer, severity, ticket.title || translate('untitled')]);
  return { title, message };
}

/** The one notification that stands for many (see groupAlerts). */
export function summaryText(alerts: readonly DueAlert[], translate: Translate): AlertText {
  const breached = alerts.filter((alert) => alert.kind === 'breach').length;
  return {
    title: translate('notifySummaryTitle', [String(alerts.length)]),
    message: translate('notifySummaryMessage', [String(breached), String(alerts.length - breached)]),
  };
}

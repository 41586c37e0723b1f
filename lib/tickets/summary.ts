import type { MessageKey } from '../i18n';
import { portalLabel, severityLabel, stateLabel, type Label } from './labels';
import { portalLink } from './portal-link';
import { liveSla, type TicketView } from './view';

/** The message lookup the summary is written with (the extension's t(), or a test's). */
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;

/**
 * "2026-12-01 09:30 UTC+01:00": the local time in `timeZone` with its offset, readable by a person
 * and unambiguous for a PSA that reads the note later, in another zone.
 */
export function localTimeWithOffset(ms: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'longOffset',
  }).formatToParts(ms);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const offset = part('timeZoneName').replace(/^GMT$/, 'GMT+00:00').replace(/^GMT/, 'UTC');
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')} ${offset}`;
}

/**
 * "Copy summary": a ticket as plain text in the partner's language, to paste into a PSA ticket
 * (ConnectWise, Autotask, HaloPSA) or a chat: request number and portal, customer, severity, title,
 * created, initial response due, state, and the portal link. One field per line, no markup.
 */
export function ticketSummary(view: TicketView, options: { now: number; leadTimeMinutes: number; timeZone: string; t: Translate }): string {
  const { ticket, sla } = view;
  const { t, timeZone } = options;
  const customerIds = [ticket.customer.domain, ticket.customer.tenantId].filter((id): id is string => Boolean(id));
  const customerName = ticket.customer.name || customerIds[0] || t('customerUnknown');
  const customer = ticket.customer.name && customerIds.length > 0 ? `${customerName} (${customerIds.join(', ')})` : customerName;
  const portal = portalLabel(ticket.portal);
  const severity: Label = ticket.severity === 'unknown' ? severityLabel('unknown') : { key: `severityOption${ticket.severity}` };
  const live = sla ? liveSla(sla, options.now, options.leadTimeMinutes) : null;
  const state: Label = live ? stateLabel(live) : { key: 'slaNoCalendar' };
  return [
    t('summaryRequest', [ticket.number ?? t('numberPending'), t(portal.key)]),
    t('summaryCustomer', customer),
    t('summarySeverity', t(severity.key, severity.subs)),
    ...(ticket.title ? [t('summaryTitle', ticket.title)] : []),
    t('summaryCreated', localTimeWithOffset(ticket.createdAt, timeZone)),
    ...(sla ? [t('summaryDue', localTimeWithOffset(sla.dueAt, timeZone))] : []),
    t('summaryState', t(state.key, state.subs)),
    t('summaryLink', portalLink(ticket)),
  ].join('\n');
}

import { describe, expect, it } from 'vitest';
import { alertText, summaryText } from '../../../lib/tickets/alert-text';
import { MIN, T0, ticketAged } from './helpers';

const translate = (key: string, subs: string[] = []) => `${key}[${subs.join('|')}]`;

describe('alertText', () => {
  const ticket = ticketAged(0, { severity: 'A', title: 'VM down' });

  it('names the time left, the request number and the customer', () => {
    const text = alertText({ ticketId: ticket.id, kind: 'warn', dueAt: T0 + 12 * MIN }, ticket, T0, translate);
    expect(text.title).toBe('notifyWarnTitle[12m]');
    expect(text.message).toBe(`notifyMessage[${ticket.number}|Contoso Ltd|A|VM down]`);
  });

  it('says "breached" with the overdue time, even for a warning that fired late', () => {
    expect(alertText({ ticketId: ticket.id, kind: 'breach', dueAt: T0 }, ticket, T0, translate).title).toBe('notifyBreachTitle[0m]');
    expect(alertText({ ticketId: ticket.id, kind: 'warn', dueAt: T0 - 5 * MIN }, ticket, T0, translate).title).toBe('notifyBreachTitle[-5m]');
  });

  it('falls back to "number pending" and the tenant when names are missing', () => {
    const bare = { ...ticket, number: null, customer: { name: '', tenantId: null, domain: 'tailspin.example' }, severity: 'unknown' as const, title: '' };
    expect(alertText({ ticketId: bare.id, kind: 'warn', dueAt: T0 + MIN }, bare, T0, translate).message).toBe('notifyMessage[numberPending[]|tailspin.example|?|untitled[]]');
  });

  it('summarises several alerts with breached and at-risk counts', () => {
    const alerts = [
      { ticketId: 'a', kind: 'breach' as const, dueAt: 0 },
      { ticketId: 'b', kind: 'warn' as const, dueAt: 0 },
      { ticketId: 'c', kind: 'breach' as const, dueAt: 0 },
    ];
    expect(summaryText(alerts, translate)).toEqual({ title: 'notifySummaryTitle[3]', message: 'notifySummaryMessage[2|1]' });
  });
});

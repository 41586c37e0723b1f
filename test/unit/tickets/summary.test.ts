import { describe, expect, it } from 'vitest';
import type { MessageKey } from '../../../lib/i18n';
import { localTimeWithOffset, ticketSummary } from '../../../lib/tickets/summary';
import { catalogMessage } from '../support/messages';
import { HOUR, MIN, T0, ticketAged, viewAt } from '../tickets-ui/helpers';

const translate = (language: 'en' | 'es') => {
  const message = catalogMessage(language);
  return (key: MessageKey, subs?: string | string[]) => message(key, subs);
};

describe('localTimeWithOffset', () => {
  it('writes the local time in the zone with its offset, summer and winter', () => {
    expect(localTimeWithOffset(Date.parse('2026-12-01T08:30:00Z'), 'Europe/Madrid')).toBe('2026-12-01 09:30 UTC+01:00');
    expect(localTimeWithOffset(Date.parse('2026-07-01T08:30:00Z'), 'Europe/Madrid')).toBe('2026-07-01 10:30 UTC+02:00');
    expect(localTimeWithOffset(Date.parse('2026-07-01T08:30:00Z'), 'UTC')).toBe('2026-07-01 08:30 UTC+00:00');
    expect(localTimeWithOffset(Date.parse('2026-07-01T00:30:00Z'), 'America/New_York')).toBe('2026-06-30 20:30 UTC-04:00');
  });
});

describe('ticketSummary', () => {
  const ticket = ticketAged(HOUR, {
    number: '2412010010001234',
    severity: 'B',
    title: 'Production VM down',
    customer: { name: 'Contoso Ltd', tenantId: '22222222-2222-4222-8222-222222222222', domain: 'contoso.onmicrosoft.com' },
  });

  it('is plain text, one field per line, in English', () => {
    const text = ticketSummary(viewAt(ticket), { now: T0, leadTimeMinutes: 15, timeZone: 'UTC', t: translate('en') });
    expect(text.split('\n')).toEqual([
      'Support request 2412010010001234 (Azure)',
      'Customer: Contoso Ltd (contoso.onmicrosoft.com, 22222222-2222-4222-8222-222222222222)',
      'Severity: B: moderate impact',
      'Title: Production VM down',
      `Created: ${localTimeWithOffset(T0 - HOUR, 'UTC')}`,
      `Initial response due: ${localTimeWithOffset(T0 + 3 * HOUR, 'UTC')}`,
      'State: On track',
      'Portal: https://portal.azure.com/#@22222222-2222-4222-8222-222222222222/view/Microsoft_Azure_Support/HelpAndSupportBlade/~/allsupportrequests',
    ]);
  });

  it('in Spanish, with the state as it is at `now` (breached, with its overdue time)', () => {
    const text = ticketSummary(viewAt(ticket), { now: T0 + 3 * HOUR + 20 * MIN, leadTimeMinutes: 15, timeZone: 'Europe/Madrid', t: translate('es') });
    expect(text).toContain('Solicitud de soporte 2412010010001234 (Azure)');
    expect(text).toContain('Severidad: B: impacto moderado');
    expect(text).toMatch(/^Estado: Incumplido.*20m/m);
    expect(text).toContain('UTC+01:00');
  });

  it('says when the number is still pending and leaves out what is not known', () => {
    const pending = ticketAged(HOUR, { number: null, title: '', customer: { name: '', tenantId: null, domain: 'fabrikam.onmicrosoft.com' } });
    const text = ticketSummary(viewAt(pending), { now: T0, leadTimeMinutes: 15, timeZone: 'UTC', t: translate('en') });
    expect(text.split('\n')[0]).toMatch(/^Support request .+ \(Azure\)$/);
    expect(text).toContain('Customer: fabrikam.onmicrosoft.com');
    expect(text).not.toContain('Title:');
  });
});

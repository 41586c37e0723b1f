import { describe, expect, it } from 'vitest';
import { draftFromTicket, editFromDraft, emptyNewTicketDraft, newTicketFromDraft, toDateTimeLocal } from '../../../lib/tickets/draft';
import { HOUR, T0, ticketAged } from './helpers';

describe('edit form', () => {
  const ticket = ticketAged(HOUR);

  it('round-trips an unchanged ticket', () => {
    const result = editFromDraft(draftFromTicket(ticket), ticket, []);
    expect(result).toEqual({ ok: true, value: { number: ticket.number, severity: 'B', customer: ticket.customer, title: ticket.title } });
  });

  it('accepts a pasted number with spaces, and an empty number as "pending"', () => {
    const spaced = editFromDraft({ ...draftFromTicket(ticket), number: '2403 0400 1000 0123' }, ticket, []);
    expect(spaced).toMatchObject({ ok: true, value: { number: '2403040010000123' } });
    expect(editFromDraft({ ...draftFromTicket(ticket), number: ' ' }, ticket, [])).toMatchObject({ ok: true, value: { number: null } });
  });

  it('names the bad fields', () => {
    const result = editFromDraft({ ...draftFromTicket(ticket), number: '12345', title: 'x'.repeat(251) }, ticket, []);
    expect(result).toEqual({ ok: false, errors: { number: 'errTicketNumber', title: 'errTooLong' } });
  });
});

describe('add form', () => {
  it('builds a manual ticket created at the chosen local time', () => {
    const draft = { ...emptyNewTicketDraft(T0), customerName: 'Contoso', title: ' Mail delayed ', severity: 'A' as const, createdAt: toDateTimeLocal(T0 - HOUR) };
    const result = newTicketFromDraft(draft, [], T0);
    expect(result).toEqual({
      ok: true,
      value: {
        number: null,
        portal: 'azure',
        customer: { name: 'Contoso', tenantId: null, domain: null },
        severity: 'A',
        breakFix: true,
        issueType: 'technical',
        title: 'Mail delayed',
        createdAt: T0 - HOUR,
      },
    });
  });

  it('refuses a creation time in the future or not a time at all', () => {
    expect(newTicketFromDraft({ ...emptyNewTicketDraft(T0), createdAt: toDateTimeLocal(T0 + 2 * HOUR) }, [], T0)).toEqual({ ok: false, errors: { createdAt: 'errFutureTime' } });
    expect(newTicketFromDraft({ ...emptyNewTicketDraft(T0), createdAt: 'soon' }, [], T0)).toEqual({ ok: false, errors: { createdAt: 'errTimestamp' } });
  });

  it('marks non-technical requests as not break-fix', () => {
    const result = newTicketFromDraft({ ...emptyNewTicketDraft(T0), breakFix: false }, [], T0);
    expect(result).toMatchObject({ ok: true, value: { breakFix: false, issueType: null } });
  });
});

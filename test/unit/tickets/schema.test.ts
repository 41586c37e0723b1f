import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { newTicketInputSchema, ticketPatchSchema, ticketSchema } from '../../../lib/tickets/schema';
import { newInput, storedTicket, T0, TENANT } from './fixtures';

/** Issues as "path: message" strings, which is what import reports show. */
function problems(result: { success: true } | { success: false; error: z.ZodError }): string[] {
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('newTicketInputSchema', () => {
  it('fills defaults for a minimal report', () => {
    expect(newTicketInputSchema.parse({ portal: 'm365', customer: { name: 'Fabrikam', tenantId: null, domain: null }, breakFix: false, createdAt: T0 })).toEqual({
      number: null,
      armName: null,
      subscriptionId: null,
      portal: 'm365',
      customer: { name: 'Fabrikam', tenantId: null, domain: null },
      severity: 'unknown',
      response24x7: false,
      breakFix: false,
      issueType: null,
      title: '',
      service: null,
      supportLanguage: null,
      contactMethod: null,
      createdAt: T0,
    });
  });

  it('cleans and normalises page text', () => {
    const parsed = newTicketInputSchema.parse(
      newInput({
        number: ' 2403040010000123 ',
        title: `  Portal\nerror ${'x'.repeat(400)}`,
        service: '   ',
        supportLanguage: 'es_es',
        customer: { name: 'A'.repeat(200), tenantId: TENANT.toUpperCase(), domain: 'Contoso.COM' },
      }),
    );
    expect(parsed.number).toBe('2403040010000123');
    expect(parsed.title).toHaveLength(250);
    expect(parsed.title.startsWith('Portal error xxx')).toBe(true);
    expect(parsed.service).toBeNull();
    expect(parsed.supportLanguage).toBe('es-ES');
    expect(parsed.customer).toEqual({ name: 'A'.repeat(120), tenantId: TENANT, domain: 'contoso.com' });
  });

  it.each<[string, unknown, string[]]>([
    ['empty object', {}, ['breakFix: errRequired', 'customer: errRequired', 'portal: errRequired', 'createdAt: errRequired']],
    ['not an object', 'ticket', [': errType']],
    ['short number', newInput({ number: '12345' }), ['number: errTicketNumber']],
    ['number with letters', newInput({ number: '24030400100001AB' }), ['number: errTicketNumber']],
    ['17 digits', newInput({ number: '24030400100001234' }), ['number: errTicketNumber']],
    ['bad tenant id', newInput({ customer: { name: 'x', tenantId: 'contoso', domain: null } }), ['customer.tenantId: errTenantId']],
    ['bad domain', newInput({ customer: { name: 'x', tenantId: null, domain: 'not a domain' } }), ['customer.domain: errDomain']],
    ['customer name not text', { ...newInput(), customer: { name: 42, tenantId: null, domain: null } }, ['customer.name: errType']],
    ['severity D', { ...newInput(), severity: 'D' }, ['severity: errInvalid']],
    ['unknown portal', { ...newInput(), portal: 'partnercenter' }, ['portal: errInvalid']],
    ['breakFix as text', { ...newInput(), breakFix: 'yes' }, ['breakFix: errType']],
    ['bad language tag', newInput({ supportLanguage: 'not a tag!' }), ['supportLanguage: errLanguage']],
    ['fax contact', { ...newInput(), contactMethod: 'fax' }, ['contactMethod: errContactMethod']],
    ['fractional createdAt', newInput({ createdAt: 1.5 }), ['createdAt: errTimestamp']],
    ['createdAt as a date string', { ...newInput(), createdAt: '2024-03-04' }, ['createdAt: errTimestamp']],
    ['createdAt in 1970', newInput({ createdAt: 0 }), ['createdAt: errTimestampRange']],
    ['createdAt in 2002', newInput({ createdAt: Date.UTC(2002, 0, 1) }), ['createdAt: errTimestampRange']],
    ['createdAt near the end of JS time', newInput({ createdAt: 8.6e15 }), ['createdAt: errTimestampFuture']],
    ['createdAt two days ahead', newInput({ createdAt: Date.now() + 2 * 86_400_000 }), ['createdAt: errTimestampFuture']],
  ])('rejects %s', (_name, payload, expected) => {
    expect(problems(newTicketInputSchema.safeParse(payload))).toEqual(expected);
  });
});

describe('ticketSchema', () => {
  it('accepts a stored ticket unchanged', () => {
    expect(ticketSchema.parse(storedTicket())).toEqual(storedTicket());
  });

  it.each<[string, unknown, string[]]>([
    ['id not a uuid', storedTicket({ id: '42' }), ['id: errId']],
    ['missing updatedAt', { ...storedTicket(), updatedAt: undefined }, ['updatedAt: errRequired']],
    ['first response before creation', storedTicket({ firstResponseAt: T0 - 60_000 }), ['firstResponseAt: errBeforeCreated']],
    ['closed before creation', storedTicket({ closedAt: T0 - 5 }), ['closedAt: errBeforeCreated']],
    ['inverted pause', storedTicket({ pausedIntervals: [{ from: T0 + 10, to: T0 + 5 }] }), ['pausedIntervals.0.to: errPauseOrder']],
    [
      'two open pauses',
      storedTicket({
        pausedIntervals: [
          { from: T0 + 10, to: null },
          { from: T0 + 20, to: null },
        ],
      }),
      ['pausedIntervals: errPauseOpen'],
    ],
    ['pause without from', { ...storedTicket(), pausedIntervals: [{ to: T0 + 5 }] }, ['pausedIntervals.0.from: errRequired']],
    ['null', null, [': errType']],
  ])('rejects %s', (_name, payload, expected) => {
    expect(problems(ticketSchema.safeParse(payload))).toEqual(expected);
  });
});

describe('ticketPatchSchema', () => {
  it('accepts a partial edit', () => {
    expect(ticketPatchSchema.parse({ severity: 'A', paused: true, title: ' New\ttitle ' })).toEqual({ severity: 'A', paused: true, title: 'New title' });
  });

  it.each<[string, unknown, string[]]>([
    ['misspelt key', { titel: 'x' }, [': errUnknownKey']],
    ['bad number', { number: '1' }, ['number: errTicketNumber']],
    ['paused as text', { paused: 'yes' }, ['paused: errType']],
    ['id is not editable', { id: 'x' }, [': errUnknownKey']],
    ['not an object', 'x', [': errType']],
  ])('rejects %s', (_name, payload, expected) => {
    expect(problems(ticketPatchSchema.safeParse(payload))).toEqual(expected);
  });
});

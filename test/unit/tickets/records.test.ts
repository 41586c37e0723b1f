import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { applyPatch, fromRecord, isOpen, mergeMissing, queryMatcher, toRecord, type TicketQuery } from '../../../lib/tickets/records';
import { newTicketInputSchema, ticketPatchSchema, type Ticket } from '../../../lib/tickets/schema';
import { newInput, storedTicket, T0, TENANT } from './fixtures';

const later = T0 + 60_000;

describe('toRecord / fromRecord', () => {
  it.each<[string, Partial<Ticket>, 0 | 1]>([
    ['open', {}, 1],
    ['answered but not closed is still open', { firstResponseAt: later }, 1],
    ['closed', { closedAt: later }, 0],
    ['deleted', { deletedAt: later }, 0],
  ])('%s → openKey %i', (_name, over, openKey) => {
    const ticket = storedTicket(over);
    expect(toRecord(ticket).openKey).toBe(openKey);
    expect(isOpen(ticket)).toBe(openKey === 1);
    expect(fromRecord(toRecord(ticket))).toEqual(ticket);
  });

  it('a record written by 0.1.0 (no response24x7) reads as a ticket without 24x7 response', () => {
    const { response24x7: _added, ...written } = toRecord(storedTicket({ severity: 'B' }));
    expect(fromRecord(written as ReturnType<typeof toRecord>)).toEqual(storedTicket({ severity: 'B', response24x7: false }));
  });
});

describe('mergeMissing', () => {
  it('fills only what the stored ticket lacks and keeps the earliest creation time', () => {
    const existing = storedTicket({ severity: 'unknown', service: null, title: '', customer: { name: 'Contoso', tenantId: null, domain: null } });
    const incoming = newTicketInputSchema.parse(newInput({ severity: 'A', title: 'Other title', createdAt: T0 - 5000, customer: { name: 'Other', tenantId: TENANT, domain: null } }));
    const { ticket, changed } = mergeMissing(existing, incoming, later);
    expect(changed).toBe(true);
    expect(ticket).toMatchObject({
      id: existing.id,
      severity: 'A',
      service: 'Virtual Machines',
      title: 'Other title',
      customer: { name: 'Contoso', tenantId: TENANT, domain: null },
      createdAt: T0 - 5000,
      updatedAt: later,
    });
  });

  it('reports no change and keeps updatedAt when nothing is new', () => {
    const existing = storedTicket();
    // A later sighting of the same request does not move its creation time.
    const { ticket, changed } = mergeMissing(existing, newTicketInputSchema.parse(newInput({ severity: 'unknown', service: null, createdAt: later })), later);
    expect(changed).toBe(false);
    expect(ticket).toBe(existing);
  });

  it('keeps a deleted ticket deleted', () => {
    const { ticket } = mergeMissing(storedTicket({ deletedAt: later, service: null }), newTicketInputSchema.parse(newInput()), later);
    expect(ticket.deletedAt).toBe(later);
  });
});

describe('applyPatch', () => {
  const patch = (input: unknown) => ticketPatchSchema.parse(input);

  it('applies fields and bumps updatedAt', () => {
    expect(applyPatch(storedTicket(), patch({ severity: 'A', number: null }), later)).toMatchObject({ severity: 'A', number: null, updatedAt: later });
  });

  it('opens and closes a pause', () => {
    const paused = applyPatch(storedTicket(), patch({ paused: true }), later);
    expect(paused.pausedIntervals).toEqual([{ from: later, to: null }]);
    // Pausing twice does not open a second pause.
    expect(applyPatch(paused, patch({ paused: true }), later + 1).pausedIntervals).toEqual([{ from: later, to: null }]);
    const resumed = applyPatch(paused, patch({ paused: false }), later + 30_000);
    expect(resumed.pausedIntervals).toEqual([{ from: later, to: later + 30_000 }]);
    // A clock that went backwards must not produce an inverted pause.
    expect(applyPatch(paused, patch({ paused: false }), later - 10).pausedIntervals).toEqual([{ from: later, to: later }]);
  });

  it('validates the result as a whole', () => {
    expect(() => applyPatch(storedTicket(), patch({ firstResponseAt: T0 - 1 }), later)).toThrow(ZodError);
  });
});

describe('queryMatcher', () => {
  const open = storedTicket();
  const closed = storedTicket({ closedAt: later, portal: 'm365', title: 'Licence question' });
  const deleted = storedTicket({ deletedAt: later });

  it.each<[string, Ticket, TicketQuery, boolean]>([
    ['no filter', open, {}, true],
    ['deleted never matches', deleted, {}, false],
    ['open filter, open ticket', open, { status: 'open' }, true],
    ['open filter, closed ticket', closed, { status: 'open' }, false],
    ['closed filter, closed ticket', closed, { status: 'closed' }, true],
    ['portal mismatch', open, { portal: 'm365' }, false],
    ['tenant id in upper case', open, { customer: TENANT.toUpperCase() }, true],
    ['other tenant', open, { customer: '00000000-0000-4000-8000-000000000000' }, false],
    ['search by number fragment', open, { search: '0010000123' }, true],
    ['search by customer, any case', open, { search: 'CONTOSO' }, true],
    ['search by title', closed, { search: 'licence' }, true],
    ['search miss', open, { search: 'fabrikam' }, false],
    ['blank search matches', open, { search: '   ' }, true],
  ])('%s', (_name, ticket, query, expected) => {
    expect(queryMatcher(query)(ticket)).toBe(expected);
  });
});

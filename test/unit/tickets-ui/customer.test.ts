import { describe, expect, it } from 'vitest';
import type { Customer } from '../../../lib/settings/schema';
import { completeCustomer, customerFromName, customerOptions } from '../../../lib/tickets/customer';

const CONTOSO: Customer = { name: 'Contoso Ltd', tenantId: '22222222-2222-4222-8222-222222222222', domains: ['contoso.onmicrosoft.com'], source: 'manual' };
const FABRIKAM: Customer = { name: 'Fabrikam', tenantId: '33333333-3333-4333-8333-333333333333', domains: [], source: 'learned' };
const known = [CONTOSO, FABRIKAM];

describe('completeCustomer', () => {
  it('names a captured tenant from the settings', () => {
    expect(completeCustomer({ name: '', tenantId: CONTOSO.tenantId, domain: null }, undefined, known)).toEqual({
      name: 'Contoso Ltd',
      tenantId: CONTOSO.tenantId,
      domain: 'contoso.onmicrosoft.com',
    });
  });

  it('finds the customer by domain when the tenant id is unknown', () => {
    expect(completeCustomer({ name: '', tenantId: null, domain: 'contoso.onmicrosoft.com' }, undefined, known).tenantId).toBe(CONTOSO.tenantId);
  });

  it('fills gaps from the intended customer when it agrees with the portal context', () => {
    const intended = { name: 'Contoso (PC)', tenantId: CONTOSO.tenantId };
    expect(completeCustomer({ name: '', tenantId: CONTOSO.tenantId, domain: null }, intended, []).name).toBe('Contoso (PC)');
    expect(completeCustomer(undefined, intended, known)).toMatchObject({ name: 'Contoso (PC)', tenantId: CONTOSO.tenantId });
  });

  it('keeps the portal tenant when the intended customer is another one', () => {
    const captured = { name: '', tenantId: FABRIKAM.tenantId, domain: null };
    expect(completeCustomer(captured, { name: 'Contoso', tenantId: CONTOSO.tenantId }, known)).toEqual({ name: 'Fabrikam', tenantId: FABRIKAM.tenantId, domain: null });
  });
});

describe('customerFromName', () => {
  it('links a typed name to a known customer, case-insensitively', () => {
    expect(customerFromName(' contoso ltd ', known)).toEqual({ name: 'Contoso Ltd', tenantId: CONTOSO.tenantId, domain: 'contoso.onmicrosoft.com' });
  });

  it('keeps the current tenant when the name is unchanged, and drops it for a new unknown name', () => {
    const current = { name: 'Tailspin', tenantId: '44444444-4444-4444-8444-444444444444', domain: 'tailspin.example' };
    expect(customerFromName('Tailspin', known, current)).toEqual(current);
    expect(customerFromName('Wingtip', known, current)).toEqual({ name: 'Wingtip', tenantId: null, domain: null });
  });
});

describe('customerOptions', () => {
  it('lists settings customers and tenants seen on tickets, once each, by name', () => {
    const tickets = [
      { customer: { name: 'Zeta', tenantId: '55555555-5555-4555-8555-555555555555', domain: null } },
      { customer: { name: 'Contoso renamed', tenantId: CONTOSO.tenantId, domain: null } },
      { customer: { name: 'No tenant', tenantId: null, domain: null } },
    ];
    expect(customerOptions(known, tickets).map((option) => option.name)).toEqual(['Contoso Ltd', 'Fabrikam', 'Zeta']);
  });
});

import { describe, expect, it } from 'vitest';
import { mergeLearnedCustomers } from '../../../lib/partner-center/learn';
import type { Customer } from '../../../lib/settings/schema';

const CONTOSO_ID = '22222222-2222-4222-8222-222222222222';
const NORTHWIND_ID = '33333333-3333-4333-8333-333333333333';
const ADATUM_ID = '44444444-4444-4444-8444-444444444444';

const manual: Customer = { name: 'Contoso (our name)', tenantId: CONTOSO_ID, domains: ['contoso.com'], source: 'manual' };
const learned: Customer = { name: 'Northwind', tenantId: NORTHWIND_ID, domains: ['northwind.onmicrosoft.com'], source: 'learned' };

describe('mergeLearnedCustomers', () => {
  it('adds new customers as learned, lower-casing ids and domains', () => {
    const result = mergeLearnedCustomers([manual], [{ name: 'Adatum Corporation', tenantId: ADATUM_ID.toUpperCase(), domains: ['Adatum.onmicrosoft.com'] }]);
    expect(result).toMatchObject({ added: 1, updated: 0 });
    expect(result.customers).toEqual([manual, { name: 'Adatum Corporation', tenantId: ADATUM_ID, domains: ['adatum.onmicrosoft.com'], source: 'learned' }]);
  });

  it('never touches a customer entered by hand', () => {
    const result = mergeLearnedCustomers([manual], [{ name: 'Contoso Ltd', tenantId: CONTOSO_ID, domains: ['contoso.onmicrosoft.com'] }]);
    expect(result).toMatchObject({ added: 0, updated: 0 });
    expect(result.customers).toEqual([manual]);
  });

  it('updates a learned customer’s name and adds domains, keeping those seen before', () => {
    const result = mergeLearnedCustomers([learned], [{ name: 'Northwind Traders', tenantId: NORTHWIND_ID, domains: ['northwindtraders.com'] }]);
    expect(result).toMatchObject({ added: 0, updated: 1 });
    expect(result.customers[0]).toEqual({ name: 'Northwind Traders', tenantId: NORTHWIND_ID, domains: ['northwind.onmicrosoft.com', 'northwindtraders.com'], source: 'learned' });
  });

  it('reports no change when Partner Center shows what is known (so nothing is written)', () => {
    const existing = [manual, learned];
    const result = mergeLearnedCustomers(existing, [{ name: 'Northwind', tenantId: NORTHWIND_ID, domains: [] }]);
    expect(result).toMatchObject({ added: 0, updated: 0 });
    expect(result.customers[1]).toBe(learned);
  });

  it('skips what the settings schema rejects and counts a repeated customer once', () => {
    const result = mergeLearnedCustomers(
      [],
      [
        { name: '   ', tenantId: ADATUM_ID, domains: [] },
        { name: 'Bad id', tenantId: 'not-a-guid', domains: [] },
        { name: 'Adatum', tenantId: ADATUM_ID, domains: [] },
        { name: 'Adatum', tenantId: ADATUM_ID, domains: [] },
      ],
    );
    expect(result.added).toBe(1);
    expect(result.customers).toEqual([{ name: 'Adatum', tenantId: ADATUM_ID, domains: [], source: 'learned' }]);
  });
});

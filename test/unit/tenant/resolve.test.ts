import { describe, expect, it } from 'vitest';
import type { Customer, Tenant } from '../../../lib/settings/schema';
import { resolveTenantContext, sameTenantName, type IntendedCustomer } from '../../../lib/tenant/resolve';
import type { TenantSignal } from '../../../lib/tenant/signal';

const OWN_ID = '11111111-1111-4111-8111-111111111111';
const CONTOSO_ID = '22222222-2222-4222-8222-222222222222';
const NORTHWIND_ID = '33333333-3333-4333-8333-333333333333';
const STRANGER_ID = '44444444-4444-4444-8444-444444444444';

const own: Tenant[] = [{ name: 'Fabrikam Partners', tenantId: OWN_ID, domains: ['fabrikampartners.onmicrosoft.com', 'fabrikam.example'] }];
const contoso: Customer = { name: 'Contoso Ltd', tenantId: CONTOSO_ID, domains: ['contoso.onmicrosoft.com'], source: 'manual' };
const northwind: Customer = { name: 'Compañía Northwind', tenantId: NORTHWIND_ID, domains: ['northwind.onmicrosoft.com'], source: 'learned' };
const customers = [contoso, northwind];

const header = (kind: TenantSignal['kind'], value: string): TenantSignal => ({ kind, value, source: 'header' });
const url = (kind: TenantSignal['kind'], value: string, source: TenantSignal['source'] = 'url-hash'): TenantSignal => ({ kind, value, source });

function resolve(signals: TenantSignal[], intended?: IntendedCustomer) {
  return resolveTenantContext({ signals, ownTenants: own, customers, intended });
}

describe('resolveTenantContext outcomes', () => {
  it.each([
    ['own by tenant id (any case)', [url('tenantId', OWN_ID.toUpperCase(), 'url-query')], 'own', { name: 'Fabrikam Partners', tenantId: OWN_ID, domain: 'fabrikampartners.onmicrosoft.com' }],
    ['own by domain', [header('domain', 'fabrikam.example')], 'own', { name: 'Fabrikam Partners', tenantId: OWN_ID, domain: 'fabrikam.example' }],
    ['own by directory name (case, accents)', [header('directoryName', 'FABRIKAM  PARTNÉRS')], 'own', { name: 'Fabrikam Partners', tenantId: OWN_ID }],
    ['customer by id', [header('tenantId', CONTOSO_ID)], 'customer', { name: 'Contoso Ltd', tenantId: CONTOSO_ID, domain: 'contoso.onmicrosoft.com' }],
    ['customer by domain in the URL', [url('domain', 'northwind.onmicrosoft.com')], 'customer', { name: 'Compañía Northwind', tenantId: NORTHWIND_ID }],
    ['customer by name without accents', [header('directoryName', 'Compania Northwind')], 'customer', { name: 'Compañía Northwind', tenantId: NORTHWIND_ID }],
    [
      'unknown tenant that is not own, named',
      [header('directoryName', 'Tailspin Toys'), header('domain', 'tailspin.onmicrosoft.com')],
      'customer',
      { name: 'Tailspin Toys', domain: 'tailspin.onmicrosoft.com' },
    ],
    ['unknown tenant id only', [url('tenantId', STRANGER_ID, 'url-path')], 'customer', { tenantId: STRANGER_ID }],
    ['GDAP user_<n> alone: foreign but unnamed', [header('gdapUser', 'user_123456')], 'customer', null],
    ['no signals', [], 'unknown', null],
    ['blank signals', [header('directoryName', '   ')], 'unknown', null],
  ] as const)('%s', (_name, signals, outcome, tenant) => {
    const context = resolve([...signals]);
    expect(context.outcome).toBe(outcome);
    if (tenant === null) expect(context.tenant).toBeNull();
    else expect(context.tenant).toMatchObject(tenant);
  });

  it('names the customer record when it knows it', () => {
    expect(resolve([header('directoryName', 'Contoso Ltd')]).customer).toEqual(contoso);
    expect(resolve([header('directoryName', 'Tailspin')]).customer).toBeUndefined();
  });
});

describe('precedence and conflicts', () => {
  it('own wins when the URL names a customer but the header shows the own directory, and evidence lists both', () => {
    const context = resolve([url('domain', 'contoso.onmicrosoft.com'), header('directoryName', 'Fabrikam Partners')]);
    expect(context.outcome).toBe('own');
    expect(context.conflict).toBe(true);
    expect(context.evidence.map(({ kind, source, matched }) => ({ kind, source, matched }))).toEqual([
      { kind: 'domain', source: 'url-hash', matched: 'customer' },
      { kind: 'directoryName', source: 'header', matched: 'own' },
    ]);
  });

  it('own wins over a GDAP username too', () => {
    expect(resolve([header('gdapUser', 'user_1'), header('directoryName', 'Fabrikam Partners')]).outcome).toBe('own');
  });

  it('the header beats a stale URL when they name two customers', () => {
    const context = resolve([url('tenantId', CONTOSO_ID, 'url-query'), header('directoryName', 'Compañía Northwind')]);
    expect(context.outcome).toBe('customer');
    expect(context.customer).toEqual(northwind);
    expect(context.conflict).toBe(true);
  });

  it('an unknown tenant is described from the best source only', () => {
    const context = resolve([url('tenantId', STRANGER_ID, 'url-query'), header('directoryName', 'Tailspin Toys')]);
    expect(context.tenant).toEqual({ name: 'Tailspin Toys' });
    expect(context.evidence).toHaveLength(2);
  });

  it('agreeing signals are no conflict', () => {
    const context = resolve([url('domain', 'contoso.onmicrosoft.com'), header('directoryName', 'Contoso Ltd'), header('gdapUser', 'user_9')]);
    expect(context).toMatchObject({ outcome: 'customer', conflict: false });
  });
});

describe('the customer picked in Partner Center', () => {
  it.each([
    ['same customer by id', [header('directoryName', 'Contoso Ltd')], { tenantId: CONTOSO_ID, name: 'Contoso Ltd' }, 'customer'],
    ['another known customer', [header('directoryName', 'Compañía Northwind')], { tenantId: CONTOSO_ID, name: 'Contoso Ltd' }, 'mismatch'],
    ['an unknown tenant id', [url('tenantId', STRANGER_ID, 'url-query')], { tenantId: CONTOSO_ID }, 'mismatch'],
    ['an unknown tenant named like the intended one', [header('directoryName', 'TAILSPIN toys')], { tenantId: '55555555-5555-4555-8555-555555555555', name: 'Tailspin Toys' }, 'customer'],
    ['an unknown tenant with another name', [header('directoryName', 'Wide World Importers')], { tenantId: '55555555-5555-4555-8555-555555555555', name: 'Tailspin Toys' }, 'mismatch'],
    ['a known customer named like an unknown intended one', [header('directoryName', 'contoso ltd')], { tenantId: '55555555-5555-4555-8555-555555555555', name: 'Contoso Ltd' }, 'mismatch'],
    ['an unknown domain of the intended (known) customer', [header('domain', 'contoso.onmicrosoft.com')], { tenantId: CONTOSO_ID }, 'customer'],
    ['GDAP only: cannot compare', [header('gdapUser', 'user_5')], { tenantId: CONTOSO_ID, name: 'Contoso Ltd' }, 'customer'],
    ['own tenant stays own', [header('tenantId', OWN_ID)], { tenantId: CONTOSO_ID }, 'own'],
    ['no signal stays unknown', [], { tenantId: CONTOSO_ID }, 'unknown'],
  ] as const)('%s', (_name, signals, intended, outcome) => {
    const context = resolve([...signals], intended);
    expect(context.outcome).toBe(outcome);
    expect(context.intended).toEqual(intended);
  });

  it('a mismatch still names the tenant the portal shows', () => {
    const context = resolve([header('tenantId', NORTHWIND_ID)], { tenantId: CONTOSO_ID, name: 'Contoso Ltd' });
    expect(context).toMatchObject({ outcome: 'mismatch', customer: northwind, tenant: { name: 'Compañía Northwind' } });
  });
});

describe('sameTenantName', () => {
  it.each([
    ['Contoso Ltd', 'contoso ltd', true],
    ['Compañía Northwind', 'COMPANIA NORTHWIND', true],
    ['Contoso, Inc.', 'Contoso Inc', true],
    ['Contoso', 'Contoso Ltd', false],
    ['', '', false],
  ])('%j vs %j → %s', (a, b, expected) => {
    expect(sameTenantName(a, b)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import type { Customer, Tenant } from '../../../lib/settings/schema';
import { rankSignals, signalStrength } from '../../../lib/tenant/evidence-rank';
import { resolveTenantContext } from '../../../lib/tenant/resolve';
import type { SignalSource, TenantSignal } from '../../../lib/tenant/signal';

const OWN_ID = '11111111-1111-4111-8111-111111111111';
const CONTOSO_ID = '22222222-2222-4222-8222-222222222222';
const NORTHWIND_ID = '33333333-3333-4333-8333-333333333333';

const ownTenants: Tenant[] = [{ name: 'Fabrikam Partners', tenantId: OWN_ID, domains: ['fabrikampartners.onmicrosoft.com'] }];
const customers: Customer[] = [
  { name: 'Contoso Ltd', tenantId: CONTOSO_ID, domains: ['contoso.onmicrosoft.com'], source: 'manual' },
  { name: 'Northwind Traders', tenantId: NORTHWIND_ID, domains: ['northwind.onmicrosoft.com'], source: 'learned' },
];
const resolve = (signals: TenantSignal[]) => resolveTenantContext({ signals, ownTenants, customers });

const logo = (value: string): TenantSignal => ({ kind: 'directoryName', value, source: 'header', detail: '#O365_MainLink_TenantLogo' });
const orgName = (value: string): TenantSignal => ({ kind: 'directoryName', value, source: 'header', detail: '[data-automation-id="OrgName" i]' });
const delegatedOrg = (value: string): TenantSignal => ({ kind: 'domain', value, source: 'url-query', detail: 'delegatedOrg' });
const gdap: TenantSignal = { kind: 'gdapUser', value: 'user_4711', source: 'header' };

describe('signal strength', () => {
  it('suite-header branding and GDAP names are weak; tenant-scoped signals are strong', () => {
    expect(signalStrength(logo('Fabrikam Partners'))).toBe('weak');
    expect(signalStrength(gdap)).toBe('weak');
    expect(signalStrength(orgName('Contoso Ltd'))).toBe('strong');
    expect(signalStrength(delegatedOrg('contoso.onmicrosoft.com'))).toBe('strong');
    expect(signalStrength({ kind: 'tenantId', value: CONTOSO_ID, source: 'url-query', detail: 'BeginClientSession CTID' })).toBe('strong');
  });

  it('ranks strong before weak, header before URL, id before domain before name', () => {
    const ranked = rankSignals([logo('X'), delegatedOrg('a.example'), { kind: 'directoryName', value: 'B', source: 'header' }, { kind: 'tenantId', value: CONTOSO_ID, source: 'header' }]);
    expect(ranked.map((signal) => `${signal.source}:${signal.kind}:${signal.detail ?? ''}`)).toEqual([
      'header:tenantId:',
      'header:directoryName:',
      'url-query:domain:delegatedOrg',
      'header:directoryName:#O365_MainLink_TenantLogo',
    ]);
  });
});

describe('a weak signal never makes an own-tenant verdict', () => {
  it('delegatedOrg session: the org switcher names the customer, the tenant logo the partner → customer, no alert', () => {
    const context = resolve([orgName('Contoso Ltd'), delegatedOrg('contoso.onmicrosoft.com'), logo('Fabrikam Partners')]);
    expect(context.outcome).toBe('customer');
    expect(context.customer?.name).toBe('Contoso Ltd');
    expect(context.basis).toMatchObject({ detail: '[data-automation-id="OrgName" i]', matched: 'customer', strength: 'strong' });
    expect(context.disagreement).toBeNull();
    expect(context.evidence.find((signal) => signal.detail === '#O365_MainLink_TenantLogo')).toMatchObject({ matched: 'own', strength: 'weak' });
  });

  it('delegatedOrg alone against a partner logo → customer', () => {
    expect(resolve([delegatedOrg('contoso.onmicrosoft.com'), logo('Fabrikam Partners')]).outcome).toBe('customer');
  });

  it('the partner logo alone → unknown (the partner confirms), never own', () => {
    const context = resolve([logo('Fabrikam Partners')]);
    expect(context.outcome).toBe('unknown');
    expect(context.basis).toBeNull();
  });

  it('the partner logo with a GDAP sign-in → a foreign (customer) tenant', () => {
    expect(resolve([logo('Fabrikam Partners'), gdap]).outcome).toBe('customer');
  });

  it('a logo naming a customer is still evidence when nothing stronger exists', () => {
    expect(resolve([logo('Northwind Traders')])).toMatchObject({ outcome: 'customer', customer: { tenantId: NORTHWIND_ID } });
  });
});

/** Every pair of strong sources, each naming a different tenant: the higher-ranked source decides, the other is the disagreement. */
describe('conflicting strong signals', () => {
  const ORDER: SignalSource[] = ['header', 'url-hash', 'url-query', 'url-path'];
  const naming = (source: SignalSource, who: 'own' | 'contoso' | 'northwind'): TenantSignal => ({
    kind: 'tenantId',
    value: who === 'own' ? OWN_ID : who === 'contoso' ? CONTOSO_ID : NORTHWIND_ID,
    source,
  });
  const pairs = ORDER.flatMap((first, i) => ORDER.slice(i + 1).map((second) => [first, second] as const));
  const whos = [
    ['own', 'contoso'],
    ['contoso', 'own'],
    ['contoso', 'northwind'],
  ] as const;
  const cases = pairs.flatMap(([stronger, weaker]) => whos.map(([a, b]) => [stronger, a, weaker, b] as const));

  it.each(cases)('%s names %s, %s names %s → the first decides', (stronger, a, weaker, b) => {
    const context = resolve([naming(weaker, b), naming(stronger, a)]);
    expect(context.outcome).toBe(a === 'own' ? 'own' : 'customer');
    expect(context.basis?.source).toBe(stronger);
    expect(context.disagreement?.source).toBe(weaker);
    expect(context.conflict).toBe(true);
  });

  it('two signals of one source describing one tenant (name and domain) are no disagreement', () => {
    const context = resolve([
      { kind: 'directoryName', value: 'Tailspin Toys', source: 'header' },
      { kind: 'domain', value: 'tailspin.onmicrosoft.com', source: 'header' },
    ]);
    expect(context.disagreement).toBeNull();
  });
});

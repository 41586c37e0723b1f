import { describe, expect, it } from 'vitest';
import { completeIntended, INTENT_TTL_MS, liveIntended, signalsWithHop } from '../../../lib/partner-center/intent';
import type { TenantSignal } from '../../../lib/tenant/signal';

const CONTOSO_ID = '22222222-2222-4222-8222-222222222222';
const intended = { name: 'Contoso Ltd', tenantId: CONTOSO_ID };

describe('liveIntended: the intent expires', () => {
  it('is kept until its expiry, inclusive, and dropped after', () => {
    const record = { intended, intendedUntil: 1_000 + INTENT_TTL_MS };
    expect(liveIntended(record, 1_000)).toEqual(intended);
    expect(liveIntended(record, 1_000 + INTENT_TTL_MS)).toEqual(intended);
    expect(liveIntended(record, 1_001 + INTENT_TTL_MS)).toBeNull();
  });
  it('a record without expiry keeps it; no intent is null', () => {
    expect(liveIntended({ intended }, Number.MAX_SAFE_INTEGER)).toEqual(intended);
    expect(liveIntended({ intended: null }, 0)).toBeNull();
    expect(liveIntended({}, 0)).toBeNull();
  });
});

describe('signalsWithHop: the BeginClientSession tenant as evidence', () => {
  const hop = { tenantId: CONTOSO_ID, at: 1_000 };
  const header: TenantSignal = { kind: 'directoryName', value: 'Northwind Traders', source: 'header' };
  const gdap: TenantSignal = { kind: 'gdapUser', value: 'user_4711', source: 'header' };

  it('adds the hop tenant when the page names none', () => {
    expect(signalsWithHop([], hop, 2_000)).toEqual([{ kind: 'tenantId', value: CONTOSO_ID, source: 'url-query', detail: 'BeginClientSession CTID' }]);
    expect(signalsWithHop([gdap], hop, 2_000)).toHaveLength(2);
  });
  it('leaves what the page shows alone: the partner may have switched since the hop', () => {
    expect(signalsWithHop([header], hop, 2_000)).toEqual([header]);
  });
  it('forgets a hop older than the intent lifetime, and works without one', () => {
    expect(signalsWithHop([], hop, 1_001 + INTENT_TTL_MS)).toEqual([]);
    expect(signalsWithHop([header], undefined, 0)).toEqual([header]);
  });
});

describe('completeIntended: fills the intent from the partner’s customers', () => {
  const known = [{ name: 'Contoso Ltd', tenantId: CONTOSO_ID, domains: ['contoso.onmicrosoft.com'] }];
  it('by tenant id and by domain', () => {
    expect(completeIntended({ tenantId: CONTOSO_ID.toUpperCase() }, null, known)).toEqual({ name: 'Contoso Ltd', tenantId: CONTOSO_ID, domain: 'contoso.onmicrosoft.com', role: null });
    expect(completeIntended({ domain: 'Contoso.onmicrosoft.com' }, 'advisor', known)).toEqual({ name: 'Contoso Ltd', tenantId: CONTOSO_ID, domain: 'contoso.onmicrosoft.com', role: 'advisor' });
  });
  it('what the page said wins; an unknown tenant stays as given', () => {
    expect(completeIntended({ name: 'Contoso (EU)', tenantId: CONTOSO_ID }, null, known).name).toBe('Contoso (EU)');
    expect(completeIntended({ tenantId: '33333333-3333-4333-8333-333333333333' }, null, known)).toEqual({ tenantId: '33333333-3333-4333-8333-333333333333', role: null });
  });
});

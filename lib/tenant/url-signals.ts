import { classifyTenantRef, uniqueSignals, type TenantSignal } from './signal';
import { parseUrl, safeDecode } from '../url';

/**
 * Tenant hints a portal URL carries: Azure `#@<domain|id>/…`, a directory right after the host
 * (`portal.azure.com/contoso.onmicrosoft.com`, `…/<directoryId>`), and query parameters (`tid`, `tenantId`,
 * `ctid`/`CTID` of M365 `BeginClientSession.aspx`, `delegatedOrg`, the managed-services `InitialDomain`).
 * Shapes: docs/research/portal-facts.md §1.2 and §3. A URL hint may be stale (the portal can switch directory without
 * changing it), so resolve.ts ranks header signals above these.
 */

/** A tenant hint read from a URL. */
export type UrlSignal = TenantSignal & { kind: 'tenantId' | 'domain'; source: 'url-hash' | 'url-path' | 'url-query' };

// Lower-case parameter names that carry a tenant id or domain.
const TENANT_PARAMS = new Set(['tid', 'tenantid', 'tenant', 'ctid', 'delegatedorg', 'initialdomain', 'primarydomain']);

function fromParams(params: URLSearchParams, source: UrlSignal['source']): UrlSignal[] {
  const out: UrlSignal[] = [];
  params.forEach((value, name) => {
    if (!TENANT_PARAMS.has(name.toLowerCase())) return;
    const ref = classifyTenantRef(value);
    if (ref) out.push({ ...ref, source, detail: name });
  });
  return out;
}

function fromHash(hash: string): UrlSignal[] {
  const out: UrlSignal[] = [];
  const route = hash.replace(/^#/, '');
  // "#@contoso.onmicrosoft.com/resource/…"; "#@/…" names no tenant.
  const at = /^@([^/?#]*)/.exec(route);
  const ref = at?.[1] ? classifyTenantRef(safeDecode(at[1])) : null;
  if (ref) out.push({ ...ref, source: 'url-hash', detail: '#@' });
  const query = route.indexOf('?');
  if (query >= 0) out.push(...fromParams(new URLSearchParams(route.slice(query + 1)), 'url-hash'));
  return out;
}

/** Tenant ids and domains named by `url` (ids and domains lower-case), hash first, then path, then query. */
export function urlTenantSignals(url: string): UrlSignal[] {
  const parsed = parseUrl(url);
  if (!parsed) return [];
  const signals: UrlSignal[] = [...fromHash(parsed.hash)];
  const first = parsed.pathname.split('/')[1] ?? '';
  const pathRef = first ? classifyTenantRef(safeDecode(first)) : null;
  if (pathRef) signals.push({ ...pathRef, source: 'url-path', detail: '/' });
  signals.push(...fromParams(parsed.searchParams, 'url-query'));
  return uniqueSignals(signals);
}

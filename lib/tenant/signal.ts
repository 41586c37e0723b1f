import { DOMAIN, GUID } from '../ids';
/**
 * The evidence the tenant modules exchange: one observation about which directory the portal shows.
 * Types and two pure classifiers only, so every tenant module (and the message map) can share them.
 */

/** What a signal says: a directory id, a verified domain, a display name, or a GDAP `user_<n>` sign-in. */
export type SignalKind = 'tenantId' | 'domain' | 'directoryName' | 'gdapUser';

/** Where the signal was read. */
export type SignalSource = 'url-hash' | 'url-path' | 'url-query' | 'header';

/** One observation about the portal's current tenant. Values of ids and domains are lower-case. */
export interface TenantSignal {
  kind: SignalKind;
  value: string;
  source: SignalSource;
  /** Which URL part or selector it came from, for the evidence list. */
  detail?: string;
}

// "Default.aspx" has the shape of a domain; URL path segments that are files are not tenants.
const FILE_SUFFIX = /\.(?:aspx?|html?|php|jsp|js|css|json|xml|txt|png|svg|ico|jpg|gif)$/i;

/** True for a tenant (directory) id. */
export function isTenantId(value: string): boolean {
  return GUID.test(value);
}

/** A tenant reference from URL or page text: a GUID is a tenant id, a domain name a domain; anything else null. */
export function classifyTenantRef(raw: string): { kind: 'tenantId' | 'domain'; value: string } | null {
  const value = raw.trim().toLowerCase();
  if (GUID.test(value)) return { kind: 'tenantId', value };
  if (DOMAIN.test(value) && !FILE_SUFFIX.test(value)) return { kind: 'domain', value };
  return null;
}

/** The signals without repeats (same kind, value and source), first occurrence kept. */
export function uniqueSignals<T extends TenantSignal>(signals: readonly T[]): T[] {
  const seen = new Set<string>();
  return signals.filter((signal) => {
    const id = `${signal.kind}\u0000${signal.value.toLowerCase()}\u0000${signal.source}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

import type { TenantSignal } from './signal';

/**
 * How much a tenant signal is worth. Strong signals are scoped to the tenant the portal is in: the
 * Azure header's directory, the admin center's org switcher, `#@tenant`, a path domain, `?tid=`,
 * `tenantId`, `ctid`, `delegatedOrg`, the BeginClientSession hop's CTID. Weak ones describe the
 * signed-in person rather than the session: suite-header branding (the tenant logo can show the
 * partner's home organisation while it administers a customer) and a GDAP `user_<n>` name.
 * A weak signal alone never makes a verdict of "own tenant".
 */
export type SignalStrength = 'strong' | 'weak';

/** Header selectors whose text is branding of the signed-in user's home organisation. */
const WEAK_HEADER_DETAILS = new Set(['#O365_MainLink_TenantLogo']);

export function signalStrength(signal: TenantSignal): SignalStrength {
  if (signal.kind === 'gdapUser') return 'weak';
  if (signal.source === 'header' && signal.detail !== undefined && WEAK_HEADER_DETAILS.has(signal.detail)) return 'weak';
  return 'strong';
}

export const isStrongSignal = (signal: TenantSignal): boolean => signalStrength(signal) === 'strong';

// The header shows where the portal is now; a URL can be stale after "Switch directory".
const SOURCE_RANK: Record<TenantSignal['source'], number> = { header: 0, 'url-hash': 10, 'url-query': 11, 'url-path': 12 };
const KIND_RANK: Record<TenantSignal['kind'], number> = { tenantId: 0, domain: 1, directoryName: 2, gdapUser: 3 };

/** Lower is stronger: strength first, then where it was read, then what it names (id before domain before name). */
export function signalRank(signal: TenantSignal): number {
  return (signalStrength(signal) === 'weak' ? 100 : 0) + SOURCE_RANK[signal.source] + KIND_RANK[signal.kind];
}

/** The signals strongest first (stable for equal ranks). */
export function rankSignals<T extends TenantSignal>(signals: readonly T[]): T[] {
  return [...signals].sort((a, b) => signalRank(a) - signalRank(b));
}

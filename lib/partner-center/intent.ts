import { isStrongSignal } from '../tenant/evidence-rank';
import type { IntendedCustomer } from '../tenant/resolve';
import type { TenantSignal } from '../tenant/signal';

/**
 * The Partner Center hand-off's lifetimes and the evidence it leaves on a tab. Pure and type-only
 * imports: the background and build-state.ts use it, and it carries no zod.
 */

/** How long a tab keeps the customer picked in Partner Center: long enough to sign in and fill a request. */
export const INTENT_TTL_MS = 30 * 60_000;

/** How long a click's intent waits for the new tab it opens (tabs open within a second; slow pages, a few). */
export const OPENER_WINDOW_MS = 30_000;

/** A click's intent that was offered before its new tab existed is matched to a tab opened this soon before it. */
export const CHILD_WINDOW_MS = 5_000;

/** The tenant a `BeginClientSession.aspx?CTID=` hop entered in a tab: the delegated session is in that tenant. */
export interface ClientSessionHop {
  tenantId: string;
  at: number;
}

/** The slice of a tab record the hand-off writes. */
export interface IntentFields {
  intended?: IntendedCustomer | null;
  /** When `intended` lapses; absent means it never does (records written before expiry existed). */
  intendedUntil?: number;
  partnerCenterUrl?: string | null;
  hop?: ClientSessionHop;
}

/** The tab's intended customer while it is fresh, else null. */
export function liveIntended(record: IntentFields, now: number): IntendedCustomer | null {
  if (!record.intended) return null;
  return record.intendedUntil === undefined || now <= record.intendedUntil ? record.intended : null;
}

/**
 * The tab's signals plus the hop's tenant id, when the page itself names no tenant. The M365 admin center
 * may show no organisation at all after the hop (docs/research/portal-facts.md §3: the customer-context indicator is
 * unknown), so the hop is then the only evidence; whatever the page does show wins over it, since the
 * partner may have moved on since the hop.
 */
export function signalsWithHop(signals: readonly TenantSignal[], hop: ClientSessionHop | undefined, now: number): TenantSignal[] {
  if (!hop || now - hop.at > INTENT_TTL_MS) return [...signals];
  // Branding and GDAP names describe the person, not the session: only a tenant-scoped signal outranks the hop.
  const pageNamesTenant = signals.some(isStrongSignal);
  if (pageNamesTenant) return [...signals];
  return [...signals, { kind: 'tenantId', value: hop.tenantId, source: 'url-query', detail: 'BeginClientSession CTID' }];
}

/** A customer reference as the hand-off carries it. */
export interface CustomerRef {
  name?: string;
  tenantId?: string;
  domain?: string;
}

/** The intended customer, completed from the partner's customers when the page or link gave only part of it. */
export function completeIntended(customer: CustomerRef, role: IntendedCustomer['role'], known: readonly { name: string; tenantId: string; domains: readonly string[] }[]): IntendedCustomer {
  const tenantId = customer.tenantId?.toLowerCase();
  const domain = customer.domain?.toLowerCase();
  const match = tenantId ? known.find((entry) => entry.tenantId.toLowerCase() === tenantId) : domain ? known.find((entry) => entry.domains.includes(domain)) : undefined;
  const name = customer.name ?? match?.name;
  const id = tenantId ?? match?.tenantId.toLowerCase();
  const primary = domain ?? match?.domains[0];
  return { ...(name && { name }), ...(id && { tenantId: id }), ...(primary && { domain: primary }), role: role ?? null };
}

import type { Customer, Tenant } from '../settings/schema';
import { normalizeText } from '../form/text';
import { uniqueSignals, type TenantSignal } from './signal';

/**
 * Which tenant the portal shows, relative to the partner: its own tenant, a customer, a customer other than
 * the one picked in Partner Center, or unknown. Pure: the content script hands in the signals it read and
 * the settings it was given (type-only import of the settings model: no zod in this bundle).
 *
 * Precedence, strongest first:
 * 1. Own: any signal that matches an own tenant (id, domain, or directory name) → 'own', even when other
 *    signals name a customer. Filing in the own tenant is the costly mistake (CSP support does not cover it),
 *    so a disagreement warns; `conflict` says the signals disagreed and `evidence` lists them all.
 * 2. Customer: a known customer matched by the best-ranked signal (header before URL, because the portal can
 *    switch directory without changing the URL; id before domain before name) → 'customer', named.
 * 3. Any other identified tenant (id, domain or name matching nothing) → 'customer', unnamed in settings.
 * 4. A GDAP `user_<n>` sign-in alone → 'customer' with tenant null: a foreign tenant, identity unknown.
 * 5. No signal → 'unknown'.
 * Then, with an intended customer, a known tenant that is provably not it → 'mismatch'. When the evidence
 * cannot be compared (e.g. GDAP only, or only a name against an id) the outcome stays 'customer'.
 */

/** The four outcomes. */
export type ContextOutcome = 'own' | 'customer' | 'mismatch' | 'unknown';

/** The customer the partner picked in Partner Center before opening the portal. */
export interface IntendedCustomer {
  name?: string;
  tenantId?: string;
  domain?: string;
  /** The partner's role for this customer when Partner Center shows a restricted one (no Azure requests). */
  role?: 'indirectReseller' | 'advisor' | null;
}

/** The portal's tenant as far as it is known. */
export interface TenantRef {
  name?: string;
  tenantId?: string;
  domain?: string;
}

/** A signal, with what it matched in settings. */
export type Evidence = TenantSignal & { matched: 'own' | 'customer' | null };

/** The resolved context. */
export interface TenantContext {
  outcome: ContextOutcome;
  tenant: TenantRef | null;
  customer?: Customer;
  intended?: IntendedCustomer;
  /** True when signals point at different tenants (own vs customer, two customers, two ids). */
  conflict: boolean;
  evidence: Evidence[];
}

/** What `resolveTenantContext` reads. */
export interface ResolveInput {
  signals: readonly TenantSignal[];
  ownTenants: readonly Tenant[];
  customers: readonly Customer[];
  intended?: IntendedCustomer | null;
}

/** Case-, accent- and punctuation-insensitive equality of two directory names. */
export function sameTenantName(a: string, b: string): boolean {
  const left = normalizeText(a);
  return left !== '' && left === normalizeText(b);
}

/** True when the signal names this tenant: id exact, domain in its list, or display name equal. */
export function signalMatches(signal: TenantSignal, tenant: Tenant): boolean {
  const value = signal.value.trim().toLowerCase();
  if (signal.kind === 'tenantId') return tenant.tenantId.toLowerCase() === value;
  if (signal.kind === 'domain') return tenant.domains.some((domain) => domain.toLowerCase() === value);
  if (signal.kind === 'directoryName') return sameTenantName(signal.value, tenant.name);
  return false;
}

const KIND_RANK: Record<TenantSignal['kind'], number> = { tenantId: 0, domain: 1, directoryName: 2, gdapUser: 3 };
const rank = (signal: TenantSignal) => (signal.source === 'header' ? 0 : 10) + KIND_RANK[signal.kind];

function refOf(record: Tenant, signals: readonly TenantSignal[]): TenantRef {
  const domain = signals.find((signal) => signal.kind === 'domain' && signalMatches(signal, record))?.value ?? record.domains[0];
  return { name: record.name, tenantId: record.tenantId.toLowerCase(), ...(domain && { domain: domain.toLowerCase() }) };
}

// Build the unknown tenant from the best source only, so a stale URL id is not glued to the header's name.
function refFromSignals(ranked: readonly TenantSignal[]): TenantRef | null {
  const best = ranked.find((signal) => signal.kind !== 'gdapUser');
  if (!best) return null;
  const fromSource = ranked.filter((signal) => signal.source === best.source);
  const pick = (kind: TenantSignal['kind']) => fromSource.find((signal) => signal.kind === kind)?.value;
  const name = pick('directoryName');
  const tenantId = pick('tenantId');
  const domain = pick('domain');
  return { ...(name && { name }), ...(tenantId && { tenantId }), ...(domain && { domain }) };
}

/** True/false when the current tenant provably is/is not the intended customer; null when it cannot tell. */
function isIntended(tenant: TenantRef, intended: IntendedCustomer, customers: readonly Customer[]): boolean | null {
  const wantedId = intended.tenantId?.trim().toLowerCase();
  const wanted = wantedId ? customers.find((customer) => customer.tenantId.toLowerCase() === wantedId) : undefined;
  if (wantedId && tenant.tenantId) return tenant.tenantId.toLowerCase() === wantedId;
  const wantedDomains = [intended.domain, ...(wanted?.domains ?? [])].filter((domain): domain is string => !!domain).map((domain) => domain.toLowerCase());
  if (tenant.domain && wantedDomains.length > 0) return wantedDomains.includes(tenant.domain.toLowerCase());
  const wantedName = wanted?.name ?? intended.name;
  if (tenant.name && wantedName) return sameTenantName(tenant.name, wantedName);
  return null;
}

/** Resolve the portal's tenant context from its signals and the partner's settings. */
export function resolveTenantContext(input: ResolveInput): TenantContext {
  const signals = uniqueSignals(input.signals.filter((signal) => signal.value.trim() !== ''));
  const ranked = [...signals].sort((a, b) => rank(a) - rank(b));
  const ownOf = (signal: TenantSignal) => input.ownTenants.find((tenant) => signalMatches(signal, tenant));
  const customerOf = (signal: TenantSignal) => input.customers.find((customer) => signalMatches(signal, customer));
  const evidence: Evidence[] = signals.map((signal) => ({ ...signal, matched: ownOf(signal) ? 'own' : customerOf(signal) ? 'customer' : null }));
  const intended = input.intended ?? undefined;
  const matchedTenants = new Set(signals.map((signal) => ownOf(signal)?.tenantId ?? customerOf(signal)?.tenantId).filter(Boolean));
  const ids = new Set(signals.filter((signal) => signal.kind === 'tenantId').map((signal) => signal.value.toLowerCase()));
  const conflict = matchedTenants.size > 1 || ids.size > 1;
  const base = { conflict, evidence, ...(intended && { intended }) };

  const own = ranked.map(ownOf).find((tenant) => tenant !== undefined);
  if (own) return { outcome: 'own', tenant: refOf(own, signals), ...base };

  let customer: Customer | undefined;
  for (const signal of ranked) {
    customer = customerOf(signal);
    if (customer) break;
  }
  const tenant = customer ? refOf(customer, signals) : refFromSignals(ranked);
  if (!tenant) {
    const gdap = signals.some((signal) => signal.kind === 'gdapUser');
    return { outcome: gdap ? 'customer' : 'unknown', tenant: null, ...base };
  }
  const verdict = intended ? isIntended(tenant, intended, input.customers) : null;
  return { outcome: verdict === false ? 'mismatch' : 'customer', tenant, ...(customer && { customer }), ...base };
}

import type { Customer, Tenant } from '../settings/schema';
import { normalizeText } from '../form/text';
import { rankSignals, signalStrength, type SignalStrength } from './evidence-rank';
import { uniqueSignals, type TenantSignal } from './signal';

/**
 * Which tenant the portal shows, relative to the partner: its own tenant, a customer, a customer other than
 * the one picked in Partner Center, or unknown. Pure: the content script hands in the signals it read and
 * the settings it was given (type-only import of the settings model: no zod in this bundle).
 *
 * The verdict rests on the strongest signal that names a tenant (evidence-rank.ts: tenant-scoped signals
 * before branding and sign-in names; the header before the URL; an id before a domain before a name):
 * 1. It names an own tenant → 'own'. Only a strong signal can: a partner-branded suite header while the
 *    partner administers a customer is no reason to block the fill.
 * 2. It names a known customer → 'customer', named; any other tenant → 'customer', unnamed in settings.
 * 3. Only weak signals: a GDAP `user_<n>` or branding that names a known customer → 'customer'; other
 *    branding (the partner's own organisation, a name in no list) → 'unknown' (the partner confirms).
 * 4. No signal → 'unknown'.
 * Then, with an intended customer, a known tenant that is provably not it → 'mismatch'. When the evidence
 * cannot be compared (e.g. GDAP only, or only a name against an id) the outcome stays 'customer'.
 * `basis` is the signal the verdict rests on; `disagreement` a strong signal that names another tenant.
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

/** A signal, with what it matched in settings and what it is worth. */
export type Evidence = TenantSignal & { matched: 'own' | 'customer' | null; strength: SignalStrength };

/** The resolved context. */
export interface TenantContext {
  outcome: ContextOutcome;
  tenant: TenantRef | null;
  customer?: Customer;
  intended?: IntendedCustomer;
  /** True when signals point at different tenants (own vs customer, two customers, two ids). */
  conflict: boolean;
  evidence: Evidence[];
  /** The signal the verdict rests on (null when no signal named a tenant). */
  basis: Evidence | null;
  /** A strong signal that names another tenant than `basis`: shown to the partner, never an alert by itself. */
  disagreement: Evidence | null;
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

/** True when two signals provably name different tenants (same kind with other values, or two different records). */
function provablyDifferent(a: TenantSignal, b: TenantSignal, recordOf: (signal: TenantSignal) => Tenant | undefined): boolean {
  const [left, right] = [recordOf(a), recordOf(b)];
  if (left && right) return left.tenantId.toLowerCase() !== right.tenantId.toLowerCase();
  if (a.kind !== b.kind || a.kind === 'gdapUser') return false;
  if (left) return !signalMatches(b, left);
  if (right) return !signalMatches(a, right);
  return a.kind === 'directoryName' ? !sameTenantName(a.value, b.value) : a.value.toLowerCase() !== b.value.toLowerCase();
}

/** Resolve the portal's tenant context from its signals and the partner's settings. */
export function resolveTenantContext(input: ResolveInput): TenantContext {
  const signals = uniqueSignals(input.signals.filter((signal) => signal.value.trim() !== ''));
  const ownOf = (signal: TenantSignal) => input.ownTenants.find((tenant) => signalMatches(signal, tenant));
  const customerOf = (signal: TenantSignal) => input.customers.find((customer) => signalMatches(signal, customer));
  const recordOf = (signal: TenantSignal): Tenant | undefined => ownOf(signal) ?? customerOf(signal);
  const evidence: Evidence[] = signals.map((signal) => ({ ...signal, matched: ownOf(signal) ? 'own' : customerOf(signal) ? 'customer' : null, strength: signalStrength(signal) }));
  const ranked = rankSignals(evidence);
  const naming = ranked.filter((signal) => signal.kind !== 'gdapUser');
  const strong = naming.filter((signal) => signal.strength === 'strong');
  // Weak signals alone decide only when they name a known customer.
  const basis = strong[0] ?? naming.find((signal) => signal.matched === 'customer') ?? null;
  const disagreement = basis && basis.strength === 'strong' ? (strong.find((signal) => provablyDifferent(basis, signal, recordOf)) ?? null) : null;
  const matchedTenants = new Set(signals.map((signal) => recordOf(signal)?.tenantId).filter(Boolean));
  const ids = new Set(signals.filter((signal) => signal.kind === 'tenantId').map((signal) => signal.value.toLowerCase()));
  const conflict = matchedTenants.size > 1 || ids.size > 1;
  const intended = input.intended ?? undefined;
  const base = { conflict, evidence, basis, disagreement, ...(intended && { intended }) };

  const own = basis ? ownOf(basis) : undefined;
  if (own) return { outcome: 'own', tenant: refOf(own, signals), ...base };

  const customer = basis ? customerOf(basis) : undefined;
  const tenant = customer ? refOf(customer, signals) : basis ? refFromSignals(ranked.filter((signal) => signal.strength === basis.strength)) : null;
  if (!tenant) {
    // GDAP alone: a foreign tenant; branding that names the partner's own organisation alone: cannot tell.
    const gdap = signals.some((signal) => signal.kind === 'gdapUser');
    return { outcome: gdap ? 'customer' : 'unknown', tenant: null, ...base };
  }
  const verdict = intended ? isIntended(tenant, intended, input.customers) : null;
  return { outcome: verdict === false ? 'mismatch' : 'customer', tenant, ...(customer && { customer }), ...base };
}

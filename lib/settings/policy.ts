import { isRecord } from '../is-record';
import type { Severity } from '../severity';
import type { FieldIssue } from '../issues';
import { toFieldIssues } from '../issues';
import {
  businessHoursSchema,
  customerSchema,
  partnerProfileSchema,
  slaPolicySchema,
  slaTargetsSchema,
  switchesSchema,
  tenantSchema,
  type BusinessHours,
  type Customer,
  type PartnerProfile,
  type Settings,
  type SlaPolicy,
  type Switches,
  type Tenant,
} from './schema';

/**
 * Settings an organisation sets for every seat (Chrome/Edge `storage.managed`, Firefox `policies.json`
 * → `3rdparty` → `Extensions`), described for admins in public/managed_schema.json. Each value the
 * policy names wins over the partner's own and is locked on the options page; what it leaves out
 * stays the partner's. Managed tenants come first in their list and cannot be removed; the partner
 * can add more.
 */
export interface ManagedPolicy {
  partner: Partial<PartnerProfile>;
  ownTenants: Tenant[];
  customers: Customer[];
  sla: Partial<Omit<SlaPolicy, 'targetMinutes'>> & { targetMinutes: Partial<Record<Severity, number>> };
  businessHours: Partial<BusinessHours>;
  switches: Partial<Switches>;
}

/** The policy as read: its usable values, and the values it holds that this version cannot use. */
export interface PolicyReading {
  policy: ManagedPolicy;
  problems: FieldIssue[];
}

export function emptyPolicy(): ManagedPolicy {
  return { partner: {}, ownTenants: [], customers: [], sla: { targetMinutes: {} }, businessHours: {}, switches: {} };
}

/** A complete, valid value of each section: one managed field is judged on it, alone. */
const PARTNER_BASELINE: PartnerProfile = {
  companyName: 'x',
  firstName: 'x',
  lastName: 'x',
  email: 'x@example.com',
  additionalEmails: [],
  phone: '',
  country: 'US',
  timeZone: 'UTC',
  preferredContactMethod: 'email',
  supportLanguage: 'en-US',
};

interface SectionSchema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: Parameters<typeof toFieldIssues>[0] } };
}

/**
 * Each key of `raw` that `baseline` knows, judged on its own against the section schema: kept as parsed
 * (trimmed, case-folded) when its own path has no issue, reported under `prefix` otherwise. A rule
 * between two fields (start before end) is judged later, on the merged section.
 */
function fields<T extends object>(raw: unknown, prefix: string, schema: SectionSchema<T>, baseline: T, problems: FieldIssue[]): Partial<T> {
  if (raw === undefined) return {};
  if (!isRecord(raw)) {
    problems.push({ path: prefix, messageKey: 'errType' });
    return {};
  }
  const kept: Partial<T> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!(key in baseline)) {
      problems.push({ path: `${prefix}.${key}`, messageKey: 'errUnknownKey' });
      continue;
    }
    const parsed = schema.safeParse({ ...baseline, [key]: value });
    const own = parsed.success ? [] : toFieldIssues(parsed.error.issues).filter((issue) => issue.path === key || issue.path.startsWith(`${key}.`));
    if (parsed.success) Object.assign(kept, { [key]: parsed.data[key as keyof T] });
    else if (own.length === 0) Object.assign(kept, { [key]: value });
    problems.push(...own.map((issue) => ({ ...issue, path: `${prefix}.${issue.path}` })));
  }
  return kept;
}

/** The entries of a managed tenant list that validate, each directory once. */
function tenants<T extends Tenant>(raw: unknown, prefix: string, schema: SectionSchema<T>, problems: FieldIssue[]): T[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.push({ path: prefix, messageKey: 'errType' });
    return [];
  }
  const kept: T[] = [];
  raw.forEach((entry, index) => {
    const parsed = schema.safeParse(entry);
    if (!parsed.success) problems.push(...toFieldIssues(parsed.error.issues).map((issue) => ({ ...issue, path: `${prefix}.${index}${issue.path ? `.${issue.path}` : ''}` })));
    else if (kept.some((other) => other.tenantId === parsed.data.tenantId)) problems.push({ path: `${prefix}.${index}.tenantId`, messageKey: 'errDuplicateTenant' });
    else kept.push(parsed.data);
  });
  return kept;
}

const SECTIONS = ['partner', 'ownTenants', 'customers', 'sla', 'businessHours', 'switches'];

/** Reads what managed storage holds; never throws, whatever an admin typed. */
export function readPolicy(raw: unknown): PolicyReading {
  const problems: FieldIssue[] = [];
  const source = isRecord(raw) ? raw : {};
  for (const key of Object.keys(source)) if (!SECTIONS.includes(key)) problems.push({ path: key, messageKey: 'errUnknownKey' });
  const slaDefaults = slaPolicySchema.parse({});
  const rawSla = isRecord(source.sla) ? source.sla : source.sla === undefined ? {} : null;
  if (rawSla === null) problems.push({ path: 'sla', messageKey: 'errType' });
  const { targetMinutes: rawTargets, ...rawSlaRest } = rawSla ?? {};
  const { targetMinutes: targetDefaults, ...slaRestDefaults } = slaDefaults;
  const targets = fields(rawTargets, 'sla.targetMinutes', slaTargetsSchema, targetDefaults, problems);
  const policy: ManagedPolicy = {
    partner: fields(source.partner, 'partner', partnerProfileSchema, PARTNER_BASELINE, problems),
    ownTenants: tenants(source.ownTenants, 'ownTenants', tenantSchema, problems),
    customers: tenants(source.customers, 'customers', customerSchema, problems).map((customer) => ({ ...customer, source: 'manual' as const })),
    sla: { ...fields(rawSlaRest, 'sla', slaPolicySchema, slaRestDefaults as SlaPolicy, problems), targetMinutes: targets },
    businessHours: fields(source.businessHours, 'businessHours', businessHoursSchema, businessHoursSchema.parse({}), problems),
    switches: fields(source.switches, 'switches', switchesSchema, switchesSchema.parse({}), problems),
  };
  return { policy, problems };
}

/** The managed tenants first, then the partner's own entries for other directories. */
function managedFirst<T extends Tenant>(managed: readonly T[], local: readonly T[]): T[] {
  const ids = new Set(managed.map((tenant) => tenant.tenantId));
  return [...managed, ...local.filter((tenant) => !ids.has(tenant.tenantId))];
}

/** `merged` when it validates; otherwise the partner's own section, which did (two managed fields may clash with it). */
function validOr<T>(schema: SectionSchema<T>, merged: unknown, fallback: T): T {
  const parsed = schema.safeParse(merged);
  return parsed.success ? parsed.data : fallback;
}

/** The settings in effect: the partner's own, with every managed value in its place. */
export function applyPolicy(local: Settings, policy: ManagedPolicy): Settings {
  const { targetMinutes, ...slaRest } = policy.sla;
  const managedPartner = Object.keys(policy.partner).length > 0;
  const partner = !managedPartner
    ? local.partner
    : local.partner
      ? validOr(partnerProfileSchema, { ...local.partner, ...policy.partner }, local.partner)
      : validOr<PartnerProfile | null>(partnerProfileSchema, policy.partner, null);
  return {
    ...local,
    partner,
    ownTenants: managedFirst(policy.ownTenants, local.ownTenants),
    customers: managedFirst(policy.customers, local.customers),
    sla: validOr(slaPolicySchema, { ...local.sla, ...slaRest, targetMinutes: { ...local.sla.targetMinutes, ...targetMinutes } }, local.sla),
    businessHours: validOr(businessHoursSchema, { ...local.businessHours, ...policy.businessHours }, local.businessHours),
    switches: { ...local.switches, ...policy.switches },
  };
}

/** What is stored locally from settings in effect: the managed tenants are the policy's, not copies of it. */
export function withoutManaged(settings: Settings, policy: ManagedPolicy): Settings {
  const managedIds = (list: readonly Tenant[]) => new Set(list.map((tenant) => tenant.tenantId));
  const own = managedIds(policy.ownTenants);
  const customers = managedIds(policy.customers);
  return {
    ...settings,
    ownTenants: settings.ownTenants.filter((tenant) => !own.has(tenant.tenantId)),
    customers: settings.customers.filter((customer) => !customers.has(customer.tenantId)),
  };
}

/** What the options page locks: dotted paths of managed values, and the managed directories of each list. */
export interface PolicyLocks {
  paths: string[];
  /** The profile values the policy sets, to show before the partner has saved a profile. */
  partner: Partial<PartnerProfile>;
  ownTenantIds: string[];
  customerIds: string[];
  problems: FieldIssue[];
}

export function policyLocks({ policy, problems }: PolicyReading): PolicyLocks {
  const { targetMinutes, ...slaRest } = policy.sla;
  const keys = (prefix: string, section: object) => Object.keys(section).map((key) => `${prefix}.${key}`);
  return {
    paths: [
      ...keys('partner', policy.partner),
      ...keys('sla', slaRest),
      ...keys('sla.targetMinutes', targetMinutes),
      ...keys('businessHours', policy.businessHours),
      ...keys('switches', policy.switches),
    ],
    partner: policy.partner,
    ownTenantIds: policy.ownTenants.map((tenant) => tenant.tenantId),
    customerIds: policy.customers.map((customer) => customer.tenantId),
    problems,
  };
}

export const NO_LOCKS: PolicyLocks = { paths: [], partner: {}, ownTenantIds: [], customerIds: [], problems: [] };

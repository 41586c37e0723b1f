import { SETTINGS_VERSION, type PartnerProfile, type Settings, type Switches } from './schema';
import type { ContactMethod } from '../portal';

/**
 * The options form edits a "draft": every field as the text the partner types. Converting back
 * to the settings shape happens here, so the schema stays the single judge of what is valid.
 */
export interface TenantDraft {
  name: string;
  tenantId: string;
  /** One domain per line (commas also accepted). */
  domains: string;
  source: 'manual' | 'learned';
  /** Stable identity of the row while it is edited (list keys): never saved. */
  rowKey: string;
}

let rowCounter = 0;
const nextRowKey = () => `row-${++rowCounter}`;

export interface PartnerDraft {
  companyName: string;
  firstName: string;
  lastName: string;
  email: string;
  additionalEmails: string;
  phone: string;
  country: string;
  timeZone: string;
  preferredContactMethod: ContactMethod;
  supportLanguage: string;
}

export interface SettingsDraft {
  partner: PartnerDraft;
  ownTenants: TenantDraft[];
  customers: TenantDraft[];
  sla: {
    E: string;
    A: string;
    B: string;
    C: string;
    breakFixClock: '24x7' | 'businessHours';
    nonBreakFixBusinessDays: string;
    localLanguageOnBusinessHours: boolean;
    leadTimeMinutes: string;
  };
  businessHours: { days: number[]; start: string; end: string; timeZone: string; holidays: string };
  switches: Switches;
}

const lines = (values: readonly string[]) => values.join('\n');
const splitList = (text: string) =>
  text
    .split(/[\n,;]+/)
    .map((item) => item.trim())
    .filter(Boolean);
/** A number field: digits only, anything else becomes NaN so the schema reports it. */
const toNumber = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

export function emptyTenantDraft(source: TenantDraft['source'] = 'manual'): TenantDraft {
  return { name: '', tenantId: '', domains: '', source, rowKey: nextRowKey() };
}

/** Fresh profile fields, guessing time zone and language from the browser. */
export function emptyPartnerDraft(browserLanguage = 'en-US', timeZone = 'UTC'): PartnerDraft {
  return {
    companyName: '',
    firstName: '',
    lastName: '',
    email: '',
    additionalEmails: '',
    phone: '',
    country: '',
    timeZone,
    preferredContactMethod: 'email',
    supportLanguage: browserLanguage,
  };
}

/** Profile fields with the organisation's values in place (its policy may set some before the partner saves a profile). */
export function withManagedPartner(draft: PartnerDraft, managed: Partial<PartnerProfile>): PartnerDraft {
  const { additionalEmails, ...rest } = managed;
  return { ...draft, ...rest, ...(additionalEmails ? { additionalEmails: lines(additionalEmails) } : {}) };
}

export function toDraft(settings: Settings, fallbackPartner: PartnerDraft = emptyPartnerDraft()): SettingsDraft {
  const { partner, sla, businessHours } = settings;
  const tenantDraft = (tenant: { name: string; tenantId: string; domains: string[]; source?: 'manual' | 'learned' }): TenantDraft => ({
    name: tenant.name,
    tenantId: tenant.tenantId,
    domains: lines(tenant.domains),
    source: tenant.source ?? 'manual',
    rowKey: nextRowKey(),
  });
  return {
    partner: partner ? { ...partner, additionalEmails: lines(partner.additionalEmails) } : fallbackPartner,
    ownTenants: settings.ownTenants.map(tenantDraft),
    customers: settings.customers.map(tenantDraft),
    sla: {
      E: String(sla.targetMinutes.E),
      A: String(sla.targetMinutes.A),
      B: String(sla.targetMinutes.B),
      C: String(sla.targetMinutes.C),
      breakFixClock: sla.breakFixClock,
      nonBreakFixBusinessDays: String(sla.nonBreakFixBusinessDays),
      localLanguageOnBusinessHours: sla.localLanguageOnBusinessHours,
      leadTimeMinutes: String(sla.leadTimeMinutes),
    },
    businessHours: { ...businessHours, holidays: lines(businessHours.holidays) },
    switches: { ...settings.switches },
  };
}

const IDENTITY_FIELDS = ['companyName', 'firstName', 'lastName', 'email', 'phone', 'country'] as const;

/**
 * True when the partner has not started the profile: it is then saved as "not set". Fields the
 * organisation sets (`managedKeys`) were not typed by the partner and do not count.
 */
function isBlankPartner(partner: PartnerDraft, managedKeys: readonly string[]): boolean {
  return IDENTITY_FIELDS.filter((key) => !managedKeys.includes(key)).every((key) => partner[key].trim() === '');
}

/** The draft as a settings input for the schema (still unvalidated). */
export function fromDraft(draft: SettingsDraft, managedPartnerKeys: readonly string[] = []): Record<string, unknown> {
  const { partner, sla, businessHours } = draft;
  const tenant = ({ name, tenantId, domains }: TenantDraft) => ({ name, tenantId, domains: splitList(domains) });
  return {
    version: SETTINGS_VERSION,
    partner: isBlankPartner(partner, managedPartnerKeys) ? null : { ...partner, additionalEmails: splitList(partner.additionalEmails) },
    ownTenants: draft.ownTenants.map(tenant),
    customers: draft.customers.map((customer) => ({ ...tenant(customer), source: customer.source })),
    sla: {
      targetMinutes: { E: toNumber(sla.E), A: toNumber(sla.A), B: toNumber(sla.B), C: toNumber(sla.C) },
      breakFixClock: sla.breakFixClock,
      nonBreakFixBusinessDays: toNumber(sla.nonBreakFixBusinessDays),
      localLanguageOnBusinessHours: sla.localLanguageOnBusinessHours,
      leadTimeMinutes: toNumber(sla.leadTimeMinutes),
    },
    businessHours: { ...businessHours, holidays: splitList(businessHours.holidays) },
    switches: draft.switches,
  };
}

import { z } from '../zod';
import { DOMAIN, GUID } from '../ids';
import { SEVERITIES } from '../severity';
import { CONTACT_METHODS } from '../portal';

/**
 * The one settings model. Error messages are i18n message names (see public/_locales),
 * so the options page and the import report can show them in the partner's language.
 */

export const SETTINGS_VERSION = 1;

const HH_MM = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
const ISO_DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
/** A calendar day that exists: 2026-02-31 matches the pattern but is no date. */
const isRealDay = (value: string) => ISO_DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

export function isIanaTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return value.length > 0;
  } catch {
    return false;
  }
}

function isBcp47(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

// Control characters and bidi overrides make a name print differently from what it is.
const CONTROL_OR_BIDI = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: 'errTooLong' })
    .refine((value) => !CONTROL_OR_BIDI.test(value), { error: 'errControlChars' });
const requiredText = (max: number) => text(max).min(1, { error: 'errRequired' });

export const emailSchema = z.email({ error: 'errEmail' }).max(254, { error: 'errTooLong' });
export const tenantIdSchema = z
  .string()
  .trim()
  .regex(GUID, { error: 'errTenantId' })
  .transform((id) => id.toLowerCase());
export const domainSchema = z
  .string()
  .trim()
  .regex(DOMAIN, { error: 'errDomain' })
  .transform((domain) => domain.toLowerCase());
export const timeZoneSchema = z.string().trim().refine(isIanaTimeZone, { error: 'errTimeZone' });

export const contactMethodSchema = z.enum(CONTACT_METHODS, { error: 'errContactMethod' });

export const partnerProfileSchema = z.object({
  companyName: requiredText(120),
  firstName: requiredText(60),
  lastName: requiredText(60),
  email: emailSchema,
  additionalEmails: z.array(emailSchema).max(10, { error: 'errTooMany' }).default([]),
  /** Optional: CSP support is not given by phone, but the portal asks for a number on critical requests. */
  phone: z
    .string()
    .trim()
    .regex(/^(?:\+?[0-9 ()./-]{6,25})?$/, { error: 'errPhone' })
    // Punctuation alone ("------") is no number.
    .refine((phone) => phone === '' || (phone.match(/\d/g)?.length ?? 0) >= 6, { error: 'errPhone' })
    .default(''),
  country: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/, { error: 'errCountry' })
    .transform((code) => code.toUpperCase()),
  timeZone: timeZoneSchema,
  preferredContactMethod: contactMethodSchema.default('email'),
  supportLanguage: z.string().trim().refine(isBcp47, { error: 'errLanguage' }),
});
export type PartnerProfile = z.infer<typeof partnerProfileSchema>;

export const tenantSchema = z.object({
  name: requiredText(120),
  tenantId: tenantIdSchema,
  domains: z.array(domainSchema).max(50, { error: 'errTooMany' }).default([]),
});
export type Tenant = z.infer<typeof tenantSchema>;

/** A customer the partner typed in ("manual") or one the assistant saw in Partner Center ("learned"). */
export const customerSchema = tenantSchema.extend({
  source: z.enum(['manual', 'learned']).default('manual'),
});
export type Customer = z.infer<typeof customerSchema>;

/** E is "Emergency - Severe impact" (highestcriticalimpact), offered to Premier/Unified contracts: its own target. */
export const severitySchema = z.enum(SEVERITIES);

const minutes = z.number({ error: 'errNumber' }).int({ error: 'errNumber' }).min(1, { error: 'errRange' }).max(10_080, { error: 'errRange' });

/** Initial-response targets in minutes, by severity. */
export const slaTargetsSchema = z.object({ E: minutes.default(60), A: minutes, B: minutes, C: minutes });

export const slaPolicySchema = z.object({
  /**
   * Initial-response targets for technical break-fix incidents, in minutes (CSP: A 2 h, B 4 h, C 8 h). E, the
   * Emergency severity the portal offers with a Premier/Unified contract, is no CSP severity: 1 h unless set.
   */
  targetMinutes: slaTargetsSchema.default({ E: 60, A: 120, B: 240, C: 480 }),
  /** Break-fix targets run around the clock (English support is 24×7). */
  breakFixClock: z.enum(['24x7', 'businessHours']).default('24x7'),
  /** Other incidents within the entitlement: up to this many business days. */
  nonBreakFixBusinessDays: z.number({ error: 'errNumber' }).int({ error: 'errNumber' }).min(1, { error: 'errRange' }).max(10, { error: 'errRange' }).default(1),
  /** Local-language support is given during business hours, so such tickets may run on the calendar. */
  localLanguageOnBusinessHours: z.boolean().default(true),
  /** Warn this many minutes before a breach. */
  leadTimeMinutes: z.number({ error: 'errNumber' }).int({ error: 'errNumber' }).min(1, { error: 'errRange' }).max(1440, { error: 'errRange' }).default(15),
});
export type SlaPolicy = z.infer<typeof slaPolicySchema>;

export const businessHoursSchema = z
  .object({
    /** ISO weekdays, 1 = Monday … 7 = Sunday. */
    days: z.array(z.number().int().min(1).max(7)).min(1, { error: 'errDays' }).default([1, 2, 3, 4, 5]),
    start: z.string().regex(HH_MM, { error: 'errTime' }).default('09:00'),
    end: z.string().regex(HH_MM, { error: 'errTime' }).default('17:00'),
    timeZone: timeZoneSchema.default('UTC'),
    holidays: z
      .array(z.string().refine(isRealDay, { error: 'errDate' }))
      .max(366, { error: 'errTooMany' })
      .default([]),
  })
  .refine((hours) => hours.start < hours.end, { error: 'errHoursOrder', path: ['end'] });
export type BusinessHours = z.infer<typeof businessHoursSchema>;

export const switchesSchema = z.object({
  prefillSupportPlan: z.boolean().default(true),
  prefillContact: z.boolean().default(true),
  showContextWarning: z.boolean().default(true),
});
export type Switches = z.infer<typeof switchesSchema>;

/** One entry per directory: a second one with the same id is a typo or a bad merge. */
export function uniqueTenants(tenants: readonly { tenantId: string }[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  tenants.forEach((tenant, index) => {
    if (seen.has(tenant.tenantId)) ctx.addIssue({ code: 'custom', message: 'errDuplicateTenant', path: [index, 'tenantId'] });
    seen.add(tenant.tenantId);
  });
}

/** Settings as stored; the partner profile is absent until the partner saves one. */
export const settingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  partner: partnerProfileSchema.nullable().default(null),
  ownTenants: z.array(tenantSchema).max(50, { error: 'errTooMany' }).superRefine(uniqueTenants).default([]),
  customers: z.array(customerSchema).max(5000, { error: 'errTooMany' }).superRefine(uniqueTenants).default([]),
  sla: slaPolicySchema.default(() => slaPolicySchema.parse({})),
  businessHours: businessHoursSchema.default(() => businessHoursSchema.parse({})),
  switches: switchesSchema.default(() => switchesSchema.parse({})),
});
export type Settings = z.infer<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;

export function defaultSettings(): Settings {
  return settingsSchema.parse({ version: SETTINGS_VERSION });
}

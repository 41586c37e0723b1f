import { parseJsonText } from '../json-text';
import { z } from '../zod';
import { toFieldIssues, type FieldIssue } from './issues';
import { uniqueTenants, businessHoursSchema, customerSchema, partnerProfileSchema, SETTINGS_VERSION, settingsSchema, slaPolicySchema, switchesSchema, tenantSchema, type Settings } from './schema';

/**
 * The public settings file (documented in README.md). Partner, own tenants and customers are
 * required; SLA policy, business hours and switches are optional and take their defaults.
 */
export const SETTINGS_FILE_FORMAT = 'csp-support-assistant/settings';
const MAX_FILE_BYTES = 2_000_000;

const settingsFileSchema = z.object({
  format: z.literal(SETTINGS_FILE_FORMAT, { error: 'errFileFormat' }),
  version: z.literal(SETTINGS_VERSION, { error: 'errFileVersion' }),
  partner: partnerProfileSchema,
  ownTenants: z.array(tenantSchema).max(50, { error: 'errTooMany' }).superRefine(uniqueTenants),
  customers: z.array(customerSchema).max(5000, { error: 'errTooMany' }).superRefine(uniqueTenants),
  sla: slaPolicySchema.optional(),
  businessHours: businessHoursSchema.optional(),
  switches: switchesSchema.optional(),
});

export type SettingsFileResult = { ok: true; settings: Settings } | { ok: false; issues: FieldIssue[] };

/** Parses a settings file's text. Never throws: every problem becomes an issue with its field path. */
export function parseSettingsFile(text: string): SettingsFileResult {
  if (text.length > MAX_FILE_BYTES) return fail('', 'errFileTooLarge');
  const read = parseJsonText(text);
  if (!read.ok) return fail(read.path, read.messageKey);
  const json = read.json;
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return fail('', 'errFileFormat');
  const parsed = settingsFileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, issues: toFieldIssues(parsed.error.issues) };
  const { format: _format, ...rest } = parsed.data;
  return { ok: true, settings: settingsSchema.parse(rest) };
}

/** The settings as a file the partner can keep, share with colleagues or import elsewhere. */
export function exportSettingsFile(settings: Settings): string {
  const { version, partner, ownTenants, customers, sla, businessHours, switches } = settings;
  return `${JSON.stringify({ format: SETTINGS_FILE_FORMAT, version, partner, ownTenants, customers, sla, businessHours, switches }, null, 2)}\n`;
}

function fail(path: string, messageKey: string): SettingsFileResult {
  return { ok: false, issues: [{ path, messageKey }] };
}

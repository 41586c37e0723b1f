import { type FileReadResult, fileFailure, fileIssues, readJsonFile } from '../import-file';
import { z } from '../zod';
import { uniqueTenants, businessHoursSchema, customerSchema, partnerProfileSchema, SETTINGS_VERSION, settingsSchema, slaPolicySchema, switchesSchema, tenantSchema, type Settings } from './schema';

/**
 * The public settings file (documented in README.md). Partner, own tenants and customers are
 * required; SLA policy, business hours and switches are optional and take their defaults.
 */
export const SETTINGS_FILE_FORMAT = 'csp-support-assistant/settings';
/** Far above any real partner's settings (5,000 customers fit in about 1 MB); guards the import box. */
export const MAX_SETTINGS_FILE_CHARS = 2_000_000;

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

/** Parses a settings file's text (lib/import-file.ts). Never throws: every problem becomes an issue with its field path. */
export function parseSettingsFile(text: string): FileReadResult<Settings> {
  const read = readJsonFile(text, MAX_SETTINGS_FILE_CHARS);
  if (!read.ok) return read;
  const json = read.value;
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return fileFailure('', 'errFileFormat');
  const parsed = settingsFileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, issues: fileIssues(parsed.error.issues) };
  const { format: _format, ...rest } = parsed.data;
  return { ok: true, value: settingsSchema.parse(rest) };
}

/** The settings as a file the partner can keep, share with colleagues or import elsewhere. */
export function exportSettingsFile(settings: Settings): string {
  const { version, partner, ownTenants, customers, sla, businessHours, switches } = settings;
  return `${JSON.stringify({ format: SETTINGS_FILE_FORMAT, version, partner, ownTenants, customers, sla, businessHours, switches }, null, 2)}\n`;
}

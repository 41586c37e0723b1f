import type { z } from '../zod';
import { toFieldIssues, type FieldIssue } from '../issues';
import { isRecord } from '../is-record';
import { migrateSettings, UnknownSettingsVersionError } from './migrate';
import { businessHoursSchema, customerSchema, defaultSettings, partnerProfileSchema, settingsSchema, slaPolicySchema, switchesSchema, tenantSchema, type Settings } from './schema';

/**
 * Reading stored settings that do not validate: keep every part that does. A bad field with a
 * default falls back to it; a bad tenant or customer is dropped from its list; a section that still
 * fails takes its defaults. Each loss is a problem with its path, so what was set aside can be shown.
 */
export interface Salvaged {
  settings: Settings;
  /** Empty when the stored value was valid as it was. */
  problems: FieldIssue[];
}

const LISTS = { ownTenants: { item: tenantSchema, max: 50 }, customers: { item: customerSchema, max: 5000 } } as const;
const SECTIONS = { sla: slaPolicySchema, businessHours: businessHoursSchema, switches: switchesSchema } as const;

const prefixed = (prefix: string, issues: FieldIssue[]) => issues.map((issue) => ({ ...issue, path: issue.path ? `${prefix}.${issue.path}` : prefix }));

/** An object section: drop each failing field that has a default (or is optional), once; null if it still fails. */
function salvageObject<S extends z.ZodObject>(schema: S, raw: unknown, path: string, problems: FieldIssue[]): z.output<S> | null {
  const first = schema.safeParse(raw);
  if (first.success) return first.data;
  problems.push(...prefixed(path, toFieldIssues(first.error.issues)));
  if (!isRecord(raw)) return null;
  const trimmed = { ...raw };
  for (const issue of first.error.issues) {
    const key = issue.path[0];
    const field = typeof key === 'string' ? schema.shape[key] : undefined;
    if (field && (field as z.ZodType).safeParse(undefined).success) delete trimmed[key as string];
  }
  const second = schema.safeParse(trimmed);
  return second.success ? second.data : null;
}

function salvageList<T>(item: z.ZodType<T>, max: number, raw: unknown, path: string, problems: FieldIssue[]): T[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.push({ path, messageKey: 'errType' });
    return [];
  }
  if (raw.length > max) problems.push({ path, messageKey: 'errTooMany' });
  const kept: T[] = [];
  const ids = new Set<string>();
  raw.slice(0, max).forEach((entry, index) => {
    const parsed = item.safeParse(entry);
    if (!parsed.success) {
      problems.push(...prefixed(`${path}.${index}`, toFieldIssues(parsed.error.issues)));
      return;
    }
    // The list must validate as a whole once repaired: a second entry for one directory is left out.
    const id = (parsed.data as { tenantId?: string }).tenantId;
    if (id !== undefined && ids.has(id)) {
      problems.push({ path: `${path}.${index}.tenantId`, messageKey: 'errDuplicateTenant' });
      return;
    }
    if (id !== undefined) ids.add(id);
    kept.push(parsed.data);
  });
  return kept;
}

/** Stored settings, as much of them as is readable, and what could not be read. Never throws. */
export function salvageSettings(raw: unknown): Salvaged {
  if (!isRecord(raw)) return { settings: defaultSettings(), problems: [{ path: '', messageKey: 'errType' }] };
  let migrated: Record<string, unknown>;
  try {
    migrated = migrateSettings(raw);
  } catch (error) {
    // Settings written by a newer version: nothing here can be trusted to mean the same.
    if (error instanceof UnknownSettingsVersionError) return { settings: defaultSettings(), problems: [{ path: 'version', messageKey: 'errFileVersion' }] };
    throw error;
  }
  const whole = settingsSchema.safeParse(migrated);
  if (whole.success) return { settings: whole.data, problems: [] };

  const problems: FieldIssue[] = [];
  const settings = defaultSettings();
  if (migrated.partner !== undefined && migrated.partner !== null) settings.partner = salvageObject(partnerProfileSchema, migrated.partner, 'partner', problems);
  settings.ownTenants = salvageList(LISTS.ownTenants.item, LISTS.ownTenants.max, migrated.ownTenants, 'ownTenants', problems);
  settings.customers = salvageList(LISTS.customers.item, LISTS.customers.max, migrated.customers, 'customers', problems);
  if (migrated.sla !== undefined) settings.sla = salvageObject(SECTIONS.sla, migrated.sla, 'sla', problems) ?? settings.sla;
  if (migrated.businessHours !== undefined) settings.businessHours = salvageObject(SECTIONS.businessHours, migrated.businessHours, 'businessHours', problems) ?? settings.businessHours;
  if (migrated.switches !== undefined) settings.switches = salvageObject(SECTIONS.switches, migrated.switches, 'switches', problems) ?? settings.switches;
  // Whatever failed that no section above claims (say an unknown top-level shape) is still reported.
  if (problems.length === 0) problems.push(...toFieldIssues(whole.error.issues));
  return { settings, problems };
}

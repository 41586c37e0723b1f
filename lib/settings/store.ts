import { toFieldIssues, type FieldIssue } from './issues';
import { migrateSettings } from './migrate';
import { defaultSettings, settingsSchema, type Settings } from './schema';

/** The slice of browser.storage.StorageArea the store needs, so tests can hand it a map. */
export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const KEY = 'settings';

export type SaveResult = { ok: true; settings: Settings } | { ok: false; issues: FieldIssue[] };

/** Reads, upgrades and validates stored settings; bad data is set aside, never silently dropped. */
export async function loadSettings(area: KeyValueArea, now = Date.now()): Promise<Settings> {
  const raw = (await area.get(KEY))[KEY];
  if (raw === undefined) return defaultSettings();
  try {
    const parsed = settingsSchema.safeParse(migrateSettings(raw));
    if (parsed.success) return parsed.data;
  } catch {
    // A version from the future: fall through and keep the raw copy.
  }
  await area.set({ [`${KEY}Unreadable:${now}`]: raw });
  return defaultSettings();
}

/** Validates and stores; on any issue nothing is written and the old settings stay as they were. */
export async function saveSettings(area: KeyValueArea, input: unknown): Promise<SaveResult> {
  const parsed = settingsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: toFieldIssues(parsed.error.issues) };
  await area.set({ [KEY]: parsed.data });
  return { ok: true, settings: parsed.data };
}

import { isRecord } from '../is-record';
import { SETTINGS_VERSION } from './schema';

/**
 * Upgrades a stored settings object, step by step, to the current version. Each step takes the
 * previous version's shape and returns the next; validation happens after, in one place.
 * Version 0 is "no version field": what a pre-release build or a hand-edited file may hold.
 */
type Step = (raw: Record<string, unknown>) => Record<string, unknown>;

const STEPS: Record<number, Step> = {
  0: (raw) => ({ ...raw, version: 1 }),
};

/**
 * The same steps for the stored value, keyed the way WXT's `defineItem` migrations are (the version each
 * step leads to). Version 0 has no stored form (WXT counts an unversioned value as 1), so it is left to
 * migrateSettings, which every read still runs.
 */
export function storedSettingsMigrations(): Record<number, Step> {
  return Object.fromEntries(
    Object.entries(STEPS)
      .filter(([from]) => Number(from) >= 1)
      .map(([from, step]) => [Number(from) + 1, step]),
  );
}

export class UnknownSettingsVersionError extends Error {
  constructor(readonly found: unknown) {
    super(`Settings version ${String(found)} is newer than this extension understands (${SETTINGS_VERSION}).`);
  }
}

/** Returns the raw object upgraded to SETTINGS_VERSION; throws for a version from the future. */
export function migrateSettings(raw: unknown): Record<string, unknown> {
  let current: Record<string, unknown> = isRecord(raw) ? { ...raw } : {};
  let version = typeof current.version === 'number' ? current.version : 0;
  if (version > SETTINGS_VERSION) throw new UnknownSettingsVersionError(version);
  while (version < SETTINGS_VERSION) {
    const step = STEPS[version];
    if (!step) throw new UnknownSettingsVersionError(version);
    current = step(current);
    version = current.version as number;
  }
  return current;
}

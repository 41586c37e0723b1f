import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { storedSettingsMigrations } from '../settings/migrate';
import { SETTINGS_VERSION } from '../settings/schema';

/**
 * Every value the extension keeps in browser storage, one WXT item each. The background is their only
 * reader and writer; values are typed `unknown` here because what storage gives back is checked with
 * zod where it is read (lib/settings/salvage.ts, lib/storage/records.ts), never trusted.
 */

/** The partner's settings (storage.local `settings`); WXT runs the version steps before the first read. */
export const defineSettingsItem = () => storage.defineItem<unknown>('local:settings', { version: SETTINGS_VERSION, migrations: storedSettingsMigrations() });

/** Settings values that could not be read, newest first, kept for restore or discard. */
export const defineSetAsideItem = () => storage.defineItem<unknown>('local:settingsSetAside', { fallback: [] });

/** The extension's own instances (tests define fresh ones over fakeBrowser). */
export const settingsItem = defineSettingsItem();
export const setAsideItem = defineSetAsideItem();

/** When each SLA alert was shown, so a worker restart does not show it again. */
export const slaNotifiedItem = storage.defineItem<unknown>('local:slaNotified', { fallback: {} });

/** What the background knows about one tab (tenant signals, hand-off, pending capture): the browser session only. */
export const tabRecordItem = (tabId: number) => storage.defineItem<unknown>(`session:tab:${tabId}`);

/** Whether the partner has switched the debug log on (options page); off by default. */
export const debugLogEnabledItem = storage.defineItem<boolean>('local:debugLogEnabled', { fallback: false });

/** The debug log itself (lib/debug-log.ts): this browser session only. */
export const debugLogItem = storage.defineItem<unknown>('session:debugLog', { fallback: [] });

/** A Partner Center click's intent waiting on its tab for the portal tab it opens. */
export const handoffItem = (tabId: number) => storage.defineItem<unknown>(`session:pcHandoff:${tabId}`);

/**
 * Everything the organisation's policy puts in managed storage (read only). Firefox rejects the read
 * when no policies.json names the extension; that is no policy.
 */
export async function readManagedStorage(): Promise<unknown> {
  try {
    return await storage.snapshot('managed');
  } catch (error) {
    console.debug('No managed storage', error);
    return {};
  }
}

/** Calls `onChange` when an admin's policy update reaches the browser. */
export function watchManagedStorage(onChange: () => void): void {
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') onChange();
  });
}

export type StoredItem = Pick<ReturnType<typeof tabRecordItem>, 'getValue' | 'setValue' | 'removeValue' | 'watch'>;

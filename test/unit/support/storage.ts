import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defineSetAsideItem, defineSettingsItem, readManagedStorage, watchManagedStorage } from '../../../lib/storage/items';
import type { SettingsItems } from '../../../lib/settings/store';

const local = fakeBrowser.storage.local;
// Taken before any spy wraps it, so a spy can always reach the real in-memory write.
const realSet = local.set.bind(local);

/**
 * Empty browser storage (WXT's fakeBrowser) holding `initial` in storage.local, with fresh settings
 * items over it, as the background defines them. Counts storage.local writes and can refuse them
 * (what Chrome does when the quota is full).
 */
export async function settingsStorage(initial: Record<string, unknown> = {}, managed: Record<string, unknown> = {}) {
  fakeBrowser.reset();
  await realSet(structuredClone(initial));
  await fakeBrowser.storage.managed.set(structuredClone(managed));
  let writes = 0;
  let refuse = false;
  vi.spyOn(local, 'set').mockImplementation(async (items) => {
    if (refuse) throw new Error('QUOTA_BYTES quota exceeded');
    writes += 1;
    await realSet(items);
  });
  const items: SettingsItems = { settings: defineSettingsItem(), setAside: defineSetAsideItem(), managed: readManagedStorage, watchManaged: watchManagedStorage };
  return {
    items,
    /** Everything in storage.local now. */
    stored: (): Promise<Record<string, unknown>> => local.get(),
    writes: () => writes,
    refuseWrites: (value: boolean) => {
      refuse = value;
    },
  };
}

/** Empty session storage for the tab records and hand-offs. */
export function freshBrowserStorage() {
  fakeBrowser.reset();
}

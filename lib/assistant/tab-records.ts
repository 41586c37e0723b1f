import type { TabRecord } from './build-state';
import { createKeyedQueue } from '../queue';
import { tabRecordItem, type StoredItem } from '../storage/items';
import { readAs, tabRecordSchema } from '../storage/records';

/** What the background keeps per tab. */
export type StoredTab = TabRecord;

/**
 * Per-tab records in session storage: they outlive a sleeping service worker but not the browser
 * session. Changes to one tab are serialised, because the top frame and a blade iframe may
 * report at the same moment and each change is read-modify-write.
 */
export function createTabRecords(itemFor: (tabId: number) => StoredItem = tabRecordItem) {
  const serialPerTab = createKeyedQueue<number>();

  async function read(tabId: number): Promise<StoredTab> {
    return readAs(tabRecordSchema, await itemFor(tabId).getValue(), {}, `record of tab ${tabId}`);
  }

  /** Runs `change` on the tab's record after every earlier change to that tab, and saves the result. */
  function update<T>(tabId: number, change: (record: StoredTab) => Promise<{ record: StoredTab; result: T }> | { record: StoredTab; result: T }): Promise<T> {
    return serialPerTab(tabId, async () => {
      const { record, result } = await change(await read(tabId));
      await itemFor(tabId).setValue(record);
      return result;
    });
  }

  return {
    read,
    update,
    forget: (tabId: number) => itemFor(tabId).removeValue(),
  };
}

export type TabRecords = ReturnType<typeof createTabRecords>;

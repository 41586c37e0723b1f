import { browser } from 'wxt/browser';
import { buildAssistantState } from '../../lib/assistant/build-state';
import type { SettingsStore } from '../../lib/settings/store';
import { createPartnerCenterHandlers } from './partner-center-handlers';
import { createHandoffs } from '../../lib/partner-center/handoffs';
import type { TabPush } from './tab-push';
import type { TabRecords } from '../../lib/assistant/tab-records';

/**
 * Wires the Partner Center hand-off to the browser: tab creation (to move a click's intent to the tab it
 * opened) and removal, and the handlers. Call synchronously from the background's start, so a woken
 * service worker sees the first `tabs.onCreated`. Needs no permission beyond "storage".
 */
export function startPartnerCenterBackground({ tabs, settings: store, pushToTab }: { tabs: TabRecords; settings: SettingsStore; pushToTab: TabPush }) {
  const settings = () => store.read();
  const publish = async (tabId: number) => pushToTab(tabId, buildAssistantState(await settings(), await tabs.read(tabId), Date.now()));
  const handoffs = createHandoffs({ tabs, now: Date.now, publish });

  browser.tabs.onCreated.addListener((tab) => {
    if (tab.id !== undefined) void handoffs.tabCreated(tab.id, tab.openerTabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void handoffs.forget(tabId));

  return createPartnerCenterHandlers({ settings, updateSettings: store.update, tabs, handoffs, publish, now: Date.now });
}

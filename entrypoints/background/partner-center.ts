import { browser } from 'wxt/browser';
import { buildAssistantState } from '../../lib/assistant/build-state';
import type { AssistantStatePush } from '../../lib/assistant/state';
import type { SettingsStore } from '../../lib/settings/store';
import { createPartnerCenterHandlers } from './partner-center-handlers';
import { createHandoffs } from './partner-center-intents';
import type { TabRecords } from './tab-records';

/**
 * Wires the Partner Center hand-off to the browser: tab creation (to move a click's intent to the tab it
 * opened) and removal, and the handlers. Call synchronously from the background's start, so a woken
 * service worker sees the first `tabs.onCreated`. Needs no permission beyond "storage".
 */
export function startPartnerCenterBackground({ tabs, settings: store }: { tabs: TabRecords; settings: SettingsStore }) {
  const settings = () => store.read();
  const publish = async (tabId: number) => {
    const push: AssistantStatePush = { type: 'assistantState', state: buildAssistantState(await settings(), await tabs.read(tabId), Date.now()) };
    // A tab without our frames (still loading, or Partner Center itself) has no receiver: nothing to do.
    await browser.tabs.sendMessage(tabId, push).catch(() => undefined);
  };
  const handoffs = createHandoffs({ tabs, now: Date.now, publish });

  browser.tabs.onCreated.addListener((tab) => {
    if (tab.id !== undefined) void handoffs.tabCreated(tab.id, tab.openerTabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void handoffs.forget(tabId));

  return createPartnerCenterHandlers({ settings, updateSettings: store.update, tabs, handoffs, publish, now: Date.now });
}

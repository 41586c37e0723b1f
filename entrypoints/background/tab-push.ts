import { browser } from 'wxt/browser';
import type { AssistantState, AssistantStatePush, TabStatusPush } from '../../lib/assistant/state';
import { tabStatusOf } from '../../lib/assistant/build-state';
import type { TabRecords } from '../../lib/assistant/tab-records';

/**
 * The one way the background tells a portal tab its state changed: every frame (the sentinels) gets the
 * tab status, which holds no partner data; only the frames the assistant was loaded into get the whole
 * state with the partner profile.
 */
export function createTabPush(tabs: TabRecords, now: () => number = Date.now) {
  return async (tabId: number, state: AssistantState): Promise<void> => {
    const record = await tabs.read(tabId);
    const status: TabStatusPush = { type: 'tabStatus', status: tabStatusOf(record, now()) };
    // A tab whose frames are gone (closed, navigated away, Partner Center itself) has no receiver: nothing to do.
    const ignoreGone = () => undefined;
    await browser.tabs.sendMessage(tabId, status).catch(ignoreGone);
    const push: AssistantStatePush = { type: 'assistantState', state };
    const frames = record.assistantFrames ?? [];
    await Promise.all(frames.map((frameId) => browser.tabs.sendMessage(tabId, push, { frameId }).catch(ignoreGone)));
  };
}

export type TabPush = ReturnType<typeof createTabPush>;

import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createTabPush } from '../../../entrypoints/background/tab-push';
import { buildAssistantState } from '../../../lib/assistant/build-state';
import { createTabRecords } from '../../../lib/assistant/tab-records';
import { partnerSettings } from '../assistant/fixtures';
import { freshBrowserStorage } from '../support/storage';

const NOW = Date.UTC(2026, 10, 23, 9, 30);

/** Tab 7's record as given, and every tabs.sendMessage recorded; frames in `gone` have no receiver. */
async function setup(record: { assistantFrames?: number[]; supportLikely?: boolean }, gone: (number | undefined)[] = []) {
  freshBrowserStorage();
  const tabs = createTabRecords();
  await tabs.update(7, () => ({ record, result: null }));
  const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_tabId: number, _message: unknown, options?: { frameId?: number }) => {
    if (gone.includes(options?.frameId)) throw new Error('Could not establish connection. Receiving end does not exist.');
    return undefined;
  }) as never);
  const state = buildAssistantState(partnerSettings(), {}, NOW);
  return {
    push: createTabPush(tabs, () => NOW),
    state,
    sent: () => sent.mock.calls.map(([tabId, message, options]) => ({ tabId, type: (message as { type: string }).type, frameId: options?.frameId })),
  };
}

describe('the push to a tab (background → its frames)', () => {
  it('every frame gets the tab status; only the frames the assistant was loaded into get the state', async () => {
    const { push, state, sent } = await setup({ assistantFrames: [0, 3], supportLikely: true });
    await push(7, state);
    expect(sent()).toEqual([
      { tabId: 7, type: 'tabStatus', frameId: undefined },
      { tabId: 7, type: 'assistantState', frameId: 0 },
      { tabId: 7, type: 'assistantState', frameId: 3 },
    ]);
    const status = vi.mocked(fakeBrowser.tabs.sendMessage).mock.calls[0]?.[1];
    expect(status).toEqual({ type: 'tabStatus', status: { awaitingTicket: false, supportLikely: true } });
  });

  it('a tab with no assistant gets the status alone, which carries no partner data', async () => {
    const { push, state, sent } = await setup({});
    await push(7, state);
    expect(sent()).toEqual([{ tabId: 7, type: 'tabStatus', frameId: undefined }]);
    expect(JSON.stringify(vi.mocked(fakeBrowser.tabs.sendMessage).mock.calls)).not.toContain('support@fabrikampartners.example');
  });

  it('frames that are gone (closed, navigated away) are skipped without an error, and the others still get it', async () => {
    const { push, state, sent } = await setup({ assistantFrames: [3, 5] }, [undefined, 3]);
    await expect(push(7, state)).resolves.toBeUndefined();
    expect(sent().map((call) => call.frameId)).toEqual([undefined, 3, 5]);
  });
});

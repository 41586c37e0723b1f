import { browser } from 'wxt/browser';
import { send } from '../../lib/messages/client';

/**
 * The tab the popup reports on: `?tab=<id>` when the popup is open as a page of its own (pinned as a
 * tab, or in tests), else the active tab of its window.
 */
async function reportedTabId(): Promise<number | undefined> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(named) && named > 0) return named;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/**
 * The page report of that tab, when one of its portal frames looks like support but showed no form;
 * null for any other tab or when the background could not get one. The background asks the frames and
 * checks the answer, so the schema (and zod) stay out of the popup.
 */
export async function askMissedPageReport(): Promise<string | null> {
  try {
    const tabId = await reportedTabId();
    return tabId === undefined ? null : await send('getMissedPageReport', { tabId });
  } catch {
    return null;
  }
}

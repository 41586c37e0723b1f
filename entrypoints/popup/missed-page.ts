import { browser } from 'wxt/browser';
import { DESCRIBE_PAGE, type DescribePageRequest } from '../../lib/report/missed-page';

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
 * Asks the frames of that tab for a page report; a portal frame that looks like support but showed
 * no form answers. Null for any other tab (no content script there) or an invalid answer.
 */
export async function askMissedPageReport(): Promise<string | null> {
  try {
    const tabId = await reportedTabId();
    if (tabId === undefined) return null;
    const request: DescribePageRequest = { type: DESCRIBE_PAGE };
    const answer: unknown = await browser.tabs.sendMessage(tabId, request);
    if (typeof answer !== 'string' || answer.length > 200_000) return null;
    // The report is shown as text only, but what crosses a boundary is checked all the same. The schema
    // (and zod with it) loads only when a frame answered: most popups open over no missed page.
    const { pageReportSchema } = await import('../../lib/report/schema');
    return pageReportSchema.safeParse(JSON.parse(answer)).success ? answer : null;
  } catch {
    return null; // no frame answered: not a portal tab, or nothing there looks like a missed support page
  }
}

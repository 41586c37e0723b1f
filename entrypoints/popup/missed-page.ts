import { browser } from 'wxt/browser';
import { DESCRIBE_PAGE, type DescribePageRequest } from '../../lib/report/missed-page';
import { pageReportSchema } from '../../lib/report/schema';

/**
 * Asks the frames of the active tab for a page report; a portal frame that looks like support but
 * showed no form answers. Null for any other tab (no content script there) or an invalid answer.
 */
export async function askMissedPageReport(): Promise<string | null> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return null;
    const request: DescribePageRequest = { type: DESCRIBE_PAGE };
    const answer: unknown = await browser.tabs.sendMessage(tab.id, request);
    if (typeof answer !== 'string' || answer.length > 200_000) return null;
    // The report is shown as text only, but what crosses a boundary is checked all the same.
    return pageReportSchema.safeParse(JSON.parse(answer)).success ? answer : null;
  } catch {
    return null; // no frame answered: not a portal tab, or nothing there looks like a missed support page
  }
}

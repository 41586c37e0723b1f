import type { Handlers } from '../../lib/messages/router';
import { checkedPageReport } from '../../lib/report/checked-report';
import { DESCRIBE_PAGE, type DescribePageRequest } from '../../lib/report/missed-page';

interface Deps {
  /** Sends to every frame of the tab; the first frame to answer wins. Throws when none listens. */
  askTab: (tabId: number, message: DescribePageRequest) => Promise<unknown>;
}

/** The popup's "Report this page" for the tab it opened over. */
export function createReportHandlers(deps: Deps): Pick<Handlers, 'getMissedPageReport'> {
  return {
    getMissedPageReport: async ({ tabId }) => {
      try {
        return checkedPageReport(await deps.askTab(tabId, { type: DESCRIBE_PAGE }));
      } catch {
        return null; // no frame answered: not a portal tab, or nothing there looks like a missed support page
      }
    },
  };
}

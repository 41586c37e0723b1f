import { completeIntended } from '../../lib/partner-center/intent';
import { mergeLearnedCustomers } from '../../lib/partner-center/learn';
import { clientSessionTenant } from '../../lib/partner-center/urls';
import type { Handlers, SenderInfo } from '../../lib/messages/router';
import type { Settings } from '../../lib/settings/schema';
import type { SaveResult } from '../../lib/settings/store';
import type { Handoffs } from '../../lib/partner-center/handoffs';
import type { TabRecords } from '../../lib/assistant/tab-records';
import { PARTNER_CENTER_HOST } from '../../lib/hosts';

interface Deps {
  settings: () => Promise<Settings>;
  /** Read-modify-write of the settings, serialised with every other settings write. */
  updateSettings: (change: (settings: Settings) => Settings | null) => Promise<SaveResult>;
  tabs: TabRecords;
  handoffs: Handoffs;
  publish: (tabId: number) => Promise<void>;
  now: () => number;
}

type PartnerCenterHandlerNames = 'intendCustomer' | 'learnCustomers' | 'clientSessionStarted';

// The router admits any portal content script; these messages only make sense from one page each.
function topFrameTab(sender: SenderInfo, accept: (url: string) => boolean, what: string): number {
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.frameId !== 0 || !sender.url || !accept(sender.url)) throw new Error(`Only ${what} may send this`);
  return tabId;
}

const isPartnerCenter = (url: string) => URL.canParse(url) && new URL(url).hostname === PARTNER_CENTER_HOST;

/** Partner Center hand-off: intents per tab, the learned customer directory, and the M365 hop. */
export function createPartnerCenterHandlers(deps: Deps): Pick<Handlers, PartnerCenterHandlerNames> {
  return {
    async intendCustomer(data, sender) {
      const tabId = topFrameTab(sender, isPartnerCenter, 'a Partner Center page');
      const settings = await deps.settings();
      await deps.handoffs.offer(
        tabId,
        {
          intended: completeIntended(data.customer, data.role, settings.customers),
          partnerCenterUrl: data.partnerCenterUrl,
          hopTenantId: clientSessionTenant(data.href),
          at: deps.now(),
        },
        data.navigation,
      );
      return null;
    },

    async learnCustomers({ customers }, sender) {
      topFrameTab(sender, isPartnerCenter, 'a Partner Center page');
      // Merged inside the settings queue: two Partner Center tabs, or an options save, may write at once.
      let counts = { added: 0, updated: 0 };
      const saved = await deps.updateSettings((settings) => {
        const merged = mergeLearnedCustomers(settings.customers, customers);
        counts = { added: merged.added, updated: merged.updated };
        return merged.added + merged.updated > 0 ? { ...settings, customers: merged.customers } : null;
      });
      return saved.ok ? counts : { added: 0, updated: 0 };
    },

    async clientSessionStarted({ ctid }, sender) {
      // The CTID must be the one in the page's own URL, as the browser reports it.
      const tabId = topFrameTab(sender, (url) => clientSessionTenant(url) === ctid, 'the BeginClientSession page of that tenant');
      const now = deps.now();
      await deps.tabs.update(tabId, (record) => {
        // The hop is evidence of the session's tenant, never an intent of its own: a BeginClientSession link
        // can come from anywhere (a bookmark, a colleague's message). Only a click in Partner Center,
        // recorded as the tab's intent, says which customer the partner meant.
        return { record: { ...record, hop: { tenantId: ctid, at: now } }, result: null };
      });
      await deps.publish(tabId);
      return null;
    },
  };
}

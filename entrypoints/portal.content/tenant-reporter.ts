import type { TabStatus } from '../../lib/assistant/state';
import { send } from '../../lib/messages/client';
import { headerTenantSignals } from '../../lib/tenant/header-signals';
import { uniqueSignals } from '../../lib/tenant/signal';
import { urlTenantSignals } from '../../lib/tenant/url-signals';

/**
 * Top frame only: reads which tenant the portal shows (URL hints, header directory) and tells the
 * background whenever that or the address changes; the background shares the verdict with the blade
 * iframes, which cannot see the top URL, and tells them whether the page is a support page.
 */
export function createTenantReporter(onStatus: (status: TabStatus) => void) {
  let lastReported = '';
  return {
    /** Cheap: a few selector reads. Sends only when the signals changed. */
    async check(): Promise<void> {
      const signals = uniqueSignals([...headerTenantSignals(document), ...urlTenantSignals(location.href)]);
      // The address counts too: the background reads from it whether the tab is on a support page.
      const key = JSON.stringify([location.href, signals]);
      if (key === lastReported) return;
      lastReported = key;
      try {
        onStatus(await send('reportTenant', { url: location.href, signals }, { retries: 4 }));
      } catch {
        lastReported = ''; // try again on the next check
      }
    },
  };
}

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
  // The address changes far less often than the page: its signals are parsed once per address.
  let addressSignals = { href: '', signals: [] as ReturnType<typeof urlTenantSignals> };
  return {
    /** Cheap: a few selector reads. Sends only when the signals changed. */
    async check(): Promise<void> {
      if (addressSignals.href !== location.href) addressSignals = { href: location.href, signals: urlTenantSignals(location.href) };
      const signals = uniqueSignals([...headerTenantSignals(document), ...addressSignals.signals]);
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

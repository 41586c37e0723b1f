import { defineContentScript } from 'wxt/utils/define-content-script';
import { HOP_MATCHES, PARTNER_CENTER_SCRIPT_MATCHES } from '../../lib/hosts';
import { send } from '../../lib/messages/client';
import { clientSessionTenant } from '../../lib/partner-center/urls';
import { portalClickIntent } from '../../lib/partner-center/portal-click';
import { watchPartnerCenterPage } from '../../lib/partner-center/page-watcher';
import { timerWhileValid } from '../../lib/timers';
import { swallowed } from '../../lib/swallowed';
import { reportSwallowedToBackground } from '../../lib/messages/report-swallowed';
import { PARTNER_CENTER_HOST } from '../../lib/hosts';

/**
 * Partner Center (customer pages, the customer list, Service requests) and M365's delegated-admin hop
 * (`…/Partner/BeginClientSession.aspx?CTID=`). Top frame only, no zod, no polling. Runs at
 * document_start so the hop is seen before it redirects, and a click on a fast page is never missed.
 */
export default defineContentScript({
  matches: [...PARTNER_CENTER_SCRIPT_MATCHES, ...HOP_MATCHES],
  runAt: 'document_start',
  main(ctx) {
    reportSwallowedToBackground();
    const ctid = clientSessionTenant(location.href);
    if (ctid) {
      // The tab keeps the tenant it entered while the hop redirects to the admin center.
      void send('clientSessionStarted', { ctid }, { retries: 3 }).catch(swallowed('reporting the client-session hop'));
      return;
    }
    if (location.hostname !== PARTNER_CENTER_HOST) return;
    // Told before the browser navigates; the click itself is never prevented or delayed.
    const onClick = (event: MouseEvent) => {
      const intent = portalClickIntent(event, document, location.href);
      if (intent) void send('intendCustomer', intent).catch(swallowed('telling the background the intended customer'));
    };
    for (const type of ['click', 'auxclick', 'contextmenu'] as const) {
      ctx.addEventListener(document, type, (event) => onClick(event as MouseEvent), { capture: true });
    }
    const watcher = watchPartnerCenterPage({
      document,
      url: () => location.href,
      later: timerWhileValid(ctx),
      learn: (customers) => send('learnCustomers', { customers }, { retries: 3 }),
    });
    // Client-side navigation (history.pushState) changes the page without a load: read again.
    ctx.addEventListener(window, 'popstate', watcher.queue);
    ctx.onInvalidated(watcher.stop);
  },
});

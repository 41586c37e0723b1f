import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { TabStatus } from '../../lib/assistant/state';
import { isPush } from '../../lib/messages/push';
import { isDescribePageRequest } from '../../lib/report/missed-page';
import { assistantRuns, whenAssistantRuns } from '../../lib/sentinel/handshake';
import { portalOfHost } from '../../lib/hosts';
import { AZURE_MATCHES, M365_MATCHES } from '../../lib/hosts';
import { send } from '../../lib/messages/client';
import { isSupportAddress, isSupportRoute } from '../../lib/sentinel/signature';
import { watchForSupportForm } from '../../lib/sentinel/watch';
import { timerWhileValid } from '../../lib/timers';
import { createTenantReporter } from './tenant-reporter';

/** The top frame's tenant check runs at most this often while the page keeps changing. */
const TENANT_CHECK_MS = 400;
/** Changes are looked at this long after the first of a burst: a grid filling row by row is read once or twice, not per row. */
const LOOK_AFTER_MS = 30;

/**
 * The sentinel, in every Azure and Microsoft 365 admin frame: small, and idle unless the frame may hold
 * a support form. The top frame reports the tenant and watches its own document; a blade iframe watches
 * only while the top frame is on a support page. Any frame asks the background to load the assistant
 * (assistant.content) into it on a support route, on support-form labels, or while its tab awaits a
 * request number. No polling; the observer only queues.
 */
export default defineContentScript({
  matches: [...AZURE_MATCHES, ...M365_MATCHES],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    const isTop = window.top === window;
    const later = timerWhileValid(ctx);
    let asked = false;
    const loadAssistant = (reason: 'route' | 'labels' | 'capture') => {
      if (asked) return;
      asked = true;
      send('loadAssistant', { reason }, { retries: 4 }).catch(() => {
        asked = false; // the worker did not answer: the next sign asks again
      });
    };
    let watcher: { stop(): void } | null = null;
    const watch = () => {
      watcher ??= watchForSupportForm({
        root: document.documentElement,
        headset: portalOfHost(location.hostname) === 'm365',
        onCandidate: () => loadAssistant('labels'),
        ...(reporter && { onBatch: checkTenantSoon }),
        defer: (run) => later(run, LOOK_AFTER_MS),
      });
    };
    const follow = (status: TabStatus) => {
      if (status.awaitingTicket) loadAssistant('capture');
      // A blade iframe watches only while the top frame shows a support page: elsewhere it costs nothing.
      if (status.supportLikely) watch();
    };
    const onSupportRoute = () => (isTop ? isSupportRoute(location.href) : isSupportAddress(location.href));

    const reporter = isTop ? createTenantReporter(follow) : null;
    let tenantCheckDue = false;
    const checkTenantSoon = () => {
      if (!reporter || tenantCheckDue) return;
      tenantCheckDue = true;
      later(() => {
        tenantCheckDue = false;
        void reporter.check();
      }, TENANT_CHECK_MS);
    };

    if (onSupportRoute()) loadAssistant('route');
    // The top frame always watches (its labels and header); an iframe once its tab is on a support page.
    if (isTop || onSupportRoute()) watch();

    browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string; tab?: unknown }) => {
      // Only our own extension (our id, no tab: the background or the popup) is listened to.
      if (sender.id !== browser.runtime.id || sender.tab) return;
      if (isPush(message, 'tabStatus')) follow(message.status);
      // The popup asks for a page report while the assistant this frame asked for is still loading:
      // it answers once it runs. Once it runs, it answers by itself.
      if (isDescribePageRequest(message) && asked && !assistantRuns()) return whenAssistantRuns().then((assistant) => assistant.describePage());
    });
    if (isTop) {
      const routeChanged = () => {
        void reporter?.check();
        if (onSupportRoute()) loadAssistant('route');
      };
      ctx.addEventListener(window, 'hashchange', routeChanged);
      ctx.addEventListener(window, 'popstate', routeChanged);
    }
    ctx.onInvalidated(() => watcher?.stop());
    void reporter?.check();
    // Every frame learns once whether its tab awaits a ticket confirmation (the details blade, a toast).
    void send('getTabStatus', undefined).then(follow, () => undefined);
  },
});

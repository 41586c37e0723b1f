import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { AssistantState, AssistantStatePush } from '../../lib/assistant/state';
import { portalOfHost } from '../../lib/form/detect';
import { AZURE_MATCHES, M365_MATCHES } from '../../lib/hosts';
import { send } from '../../lib/messages/client';
import { isDescribePageRequest } from '../../lib/report/missed-page';
import { createCapture } from './capture';
import { describeMissedPage } from './missed-page';
import { createPanel } from './panel';
import { createScanScheduler } from './scheduler';
import { createFormSession } from './session';
import { createTenantReporter } from './tenant-reporter';

/**
 * Azure portal (top document and React blade iframes, Entra host) and Microsoft 365 admin center.
 * Stays idle until a support form appears: one observer that only queues, no polling.
 */
export default defineContentScript({
  matches: [...AZURE_MATCHES, ...M365_MATCHES],
  allFrames: true,
  runAt: 'document_idle',
  // The panel's CSS is inlined into its shadow root: no web-accessible file a page could probe.
  cssInjectionMode: 'manual',
  main(ctx) {
    const isTop = window.top === window;
    const portalHint = portalOfHost(location.hostname);
    let state: AssistantState | null = null;
    let formShown = false;

    const panel = createPanel(ctx);
    const scheduler = createScanScheduler(document.documentElement, scan, ctx, () => void reporter?.check());
    const reporter = isTop ? createTenantReporter(adopt) : null;
    const session = createFormSession({
      portalHint,
      state: () => state,
      fetchState: async () => adopt(await send('getAssistantState', undefined, { retries: 4 })),
      showPanel: panel.show,
      hidePanel: panel.hide,
      confirmContext: async () => void adopt(await send('confirmContext', undefined, { retries: 2 })),
      markOwnTenant: async () => {
        const result = await send('markOwnTenant', undefined, { retries: 2 }).catch(() => ({ ok: false as const, reason: 'saveFailed' as const }));
        if (!result.ok) return result.reason;
        adopt(result.state);
        scheduler.request();
        return null;
      },
      openOptions: () => void send('openOptions', undefined).catch(() => undefined),
      rescan: () => scheduler.request(),
    });
    const capture = createCapture(session, () => state?.partner?.supportLanguage ?? null, {
      rescan: () => scheduler.request(),
      later: (run, ms) => void ctx.setTimeout(run, ms),
    });

    function adopt(next: AssistantState): AssistantState {
      if (next.awaitingTicket && !state?.awaitingTicket) capture.startAwaiting();
      state = next;
      // While a submission waits for its request number, every change may be the confirmation.
      scheduler.setWatching(formShown || next.awaitingTicket);
      return next;
    }

    async function scan() {
      formShown = await session.scan();
      scheduler.setWatching(formShown || Boolean(state?.awaitingTicket));
      if (state?.awaitingTicket) capture.lookForConfirmation(portalHint, isTop);
    }

    browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string; tab?: unknown }) => {
      // Only our own extension (our id, no tab: the background or the popup) is listened to.
      if (sender.id !== browser.runtime.id || sender.tab) return;
      if (isDescribePageRequest(message)) return describeMissedPage(portalHint, state, session.detected() !== null);
      if ((message as AssistantStatePush | null)?.type !== 'assistantState') return;
      adopt((message as AssistantStatePush).state);
      scheduler.request();
    });
    ctx.addEventListener(document, 'click', (event) => capture.onClick(event as MouseEvent), { capture: true });
    for (const type of ['input', 'change'] as const) {
      ctx.addEventListener(
        document,
        type,
        (event) => {
          // The panel then lists the field as the partner's (the scan is debounced: one per pause in typing).
          if (event.isTrusted && event.target instanceof Element && session.notePartnerEdit(event.target)) scheduler.request();
        },
        { capture: true },
      );
    }
    // Fluent and Fx dropdowns change without input events: a partner's press on one is their choice.
    for (const type of ['pointerdown', 'keydown'] as const) {
      ctx.addEventListener(
        document,
        type,
        (event) => {
          if (event.isTrusted && event.target instanceof Element) session.notePartnerEdit(event.target, true);
        },
        { capture: true },
      );
    }
    if (isTop) {
      ctx.addEventListener(window, 'hashchange', () => {
        void reporter?.check();
        scheduler.request();
      });
      ctx.addEventListener(window, 'popstate', () => scheduler.request());
    }
    ctx.onInvalidated(() => scheduler.stop());
    void reporter?.check();
    // Every frame learns once whether its tab awaits a ticket confirmation (e.g. the details blade).
    void send('getAssistantState', undefined).then(adopt, () => undefined);
    scheduler.request();
  },
});

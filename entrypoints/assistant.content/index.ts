import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { AssistantState } from '../../lib/assistant/state';
import { isPush } from '../../lib/messages/push';
import { portalOfHost } from '../../lib/form/detect';
import { AZURE_MATCHES, M365_MATCHES } from '../../lib/hosts';
import { send } from '../../lib/messages/client';
import { isDescribePageRequest } from '../../lib/report/missed-page';
import { createPageCapture } from '../../lib/assistant/page-capture';
import { describeMissedPage } from '../../lib/report/describe-page';
import { announceAssistant, retireAssistant } from '../../lib/sentinel/handshake';
import { createPanel } from './panel';
import { createScanScheduler } from '../../lib/assistant/scan-scheduler';
import { createFormSession } from '../../lib/assistant/session';
import { copyText } from '../../lib/clipboard';
import { downloadText, pageReportFileName } from '../../lib/download';
import { swallowed } from '../../lib/swallowed';
import { reportSwallowedToBackground } from '../../lib/messages/report-swallowed';
import { timerWhileValid } from '../../lib/timers';

/**
 * The assistant: form detection, filling, the panel and ticket capture. Not in the manifest: the
 * background runs it (scripting.executeScript) only in a frame where the sentinel (portal.content)
 * saw a support route, support-form labels, or a tab awaiting a confirmation.
 */
export default defineContentScript({
  matches: [...AZURE_MATCHES, ...M365_MATCHES],
  registration: 'runtime',
  // The panel's CSS is inlined into its shadow root: no web-accessible file a page could probe.
  cssInjectionMode: 'manual',
  main(ctx) {
    // Loaded twice into one document (two reasons at once): one is enough.
    const describePage = () => describeMissedPage({ document, url: location.href, isTop: window.top === window, now: Date.now() }, portalHint, state, session.detected() !== null);
    if (!announceAssistant({ describePage })) return;
    reportSwallowedToBackground();
    const isTop = window.top === window;
    const portalHint = portalOfHost(location.hostname);
    let state: AssistantState | null = null;
    let formShown = false;

    const panel = createPanel(ctx);
    const scheduler = createScanScheduler(document.documentElement, scan, ctx);
    const session = createFormSession({
      document,
      url: () => location.href,
      isTop,
      now: Date.now,
      portalHint,
      state: () => state,
      fetchState: async () => adopt(await send('getAssistantState', undefined, { retries: 4 })),
      showPanel: panel.show,
      hidePanel: panel.hide,
      confirmContext: async () => void adopt(await send('confirmContext', undefined, { retries: 2 })),
      markOwnTenant: async () => {
        const result = await send('markOwnTenant', undefined, { retries: 2 }).catch((error: unknown) => {
          swallowed('sending markOwnTenant (the panel says it was not saved)')(error);
          return { ok: false as const, reason: 'saveFailed' as const };
        });
        if (!result.ok) return result.reason;
        adopt(result.state);
        scheduler.request();
        return null;
      },
      openOptions: () => void send('openOptions', undefined).catch(swallowed('asking the background to open the options page')),
      rescan: () => scheduler.request(),
      copyText,
      downloadReport: (json) => downloadText(pageReportFileName(Date.now()), 'application/json', json),
    });
    const capture = createPageCapture({
      document,
      url: () => location.href,
      isTop,
      portalHint,
      session,
      partnerLanguage: () => state?.partner?.supportLanguage ?? null,
      send,
      rescan: () => scheduler.request(),
      later: timerWhileValid(ctx),
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
      if (state?.awaitingTicket) capture.lookForConfirmation();
    }

    browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string; tab?: unknown }) => {
      // Only our own extension (our id, no tab: the background or the popup) is listened to.
      if (sender.id !== browser.runtime.id || sender.tab) return;
      if (isDescribePageRequest(message)) return describePage();
      if (!isPush(message, 'assistantState')) return;
      adopt(message.state);
      scheduler.request();
    });
    ctx.addEventListener(document, 'click', (event) => capture.onClick(event), { capture: true });
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
      ctx.addEventListener(window, 'hashchange', () => scheduler.request());
      ctx.addEventListener(window, 'popstate', () => scheduler.request());
    }
    ctx.onInvalidated(() => {
      scheduler.stop();
      retireAssistant();
    });
    // Without an answer the first scan asks again (fetchState); this one only starts early.
    void send('getAssistantState', undefined, { retries: 2 }).then(adopt, swallowed('asking for the assistant state at start'));
    scheduler.request();
  },
});

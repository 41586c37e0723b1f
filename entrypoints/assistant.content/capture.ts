import { announcedNumbers } from '../../lib/form/announced-number';
import { findSupportRequestNumber, routeHint } from '../../lib/form/detect';
import { severityChoiceShown } from '../../lib/form/severity-choice';
import { isSingleButton } from '../../lib/form/submit-control';
import { lookupButton } from '../../lib/form/term-lookup';
import { NEVER_CLICK } from '../../lib/form/terms';
import { send } from '../../lib/messages/client';
import { formSnapshot } from '../../lib/assistant/form-snapshot';
import type { FormSession } from '../../lib/assistant/session';
import { swallowed } from '../../lib/swallowed';
import type { Portal } from '../../lib/portal';

/**
 * Ticket capture. The partner's own press of Create / Submit / Contact me records what the form
 * showed; the portal's confirmation (the request details route, or a request number on screen)
 * then logs the ticket in the background. The assistant itself never presses these buttons.
 */
const BUTTONS = 'button, [role="button"], input[type="submit"], input[type="button"], a[role="link"]';

/** After the background failed to take a confirmation (worker restarting), look again this many times, this far apart. */
const CONFIRM_RETRIES = 6;
const CONFIRM_RETRY_MS = 5_000;

interface CaptureDeps {
  /** Scans the frame again (the confirmation is still on screen). */
  rescan: () => void;
  /** A timer that dies with the content script. */
  later: (run: () => void, ms: number) => void;
}

export function createCapture(session: FormSession, partnerLanguage: () => string | null, deps: CaptureDeps) {
  const reported = new Set<string>();
  let retriesLeft = CONFIRM_RETRIES;

  /** "Change" in a request's "Change severity" pane: the severity it shows now, for the request on screen. */
  function reportSeverityChange() {
    const number = findSupportRequestNumber(document) ?? (window.top === window ? routeHint(location.href)?.params.srId : null) ?? null;
    const severity = number ? severityChoiceShown(document) : null;
    if (!number || !severity) return;
    void send('severityChanged', { number, severity }, { retries: 3 }).catch(swallowed('reporting a severity change'));
  }
  /** Numbers announced before the submission (older notifications): never this submission's. */
  let announcedBefore = new Set<string>();

  return {
    /** Click listener (capture phase): only trusted clicks on a submit-like button of a detected form. */
    onClick(event: MouseEvent) {
      if (!event.isTrusted || !(event.target instanceof Element)) return;
      const button = event.target.closest(BUTTONS);
      if (!button || !isSingleButton(button)) return;
      const text = button.getAttribute('aria-label') || button.textContent || (button as HTMLInputElement).value || '';
      const hit = lookupButton(text);
      if (hit?.keys.includes('change')) return reportSeverityChange();
      const portal = session.lastPortal();
      if (!portal || !hit?.keys.some((key) => NEVER_CLICK.includes(key))) return;
      void send('formSubmitted', formSnapshot(portal, session.seen(), partnerLanguage()), { retries: 5 }).catch(swallowed('reporting the submitted form'));
    },

    /** The tab started waiting for a confirmation: what notifications show now is older than it. */
    startAwaiting() {
      announcedBefore = new Set(announcedNumbers(document));
    },

    /** After a submission: the number (a labelled one or a notification's, any frame) or the details route (Azure top frame). */
    lookForConfirmation(portal: Portal | null, isTop: boolean) {
      const route = isTop ? routeHint(location.href) : null;
      const number = findSupportRequestNumber(document) ?? route?.params.srId ?? announcedNumbers(document).find((announced) => !announcedBefore.has(announced)) ?? null;
      const armName = route?.kind === 'details' ? (route.params.armName ?? null) : null;
      if (!number && !armName) return;
      const key = `${number}|${armName}`;
      if (reported.has(key)) return;
      reported.add(key);
      const subscriptionId = route?.params.subscriptionId ?? null;
      void send('ticketConfirmed', { portal: route?.portal ?? portal ?? 'azure', number, armName, subscriptionId }, { retries: 5 }).catch((error: unknown) => {
        swallowed('sending ticketConfirmed (retried on the next scan)')(error);
        // Not written: forget it was sent, and look again even if the page does not change any more.
        reported.delete(key);
        if (retriesLeft-- > 0) deps.later(deps.rescan, CONFIRM_RETRY_MS);
      });
    },
  };
}

import { announcedNumbers } from '../form/announced-number';
import { findSupportRequestNumber, routeHint } from '../form/detect';
import { severityChoiceShown } from '../form/severity-choice';
import { isSingleButton } from '../form/submit-control';
import { lookupButton } from '../form/term-lookup';
import { NEVER_CLICK } from '../form/terms';
import type { send } from '../messages/client';
import { swallowed } from '../swallowed';
import type { Portal } from '../portal';
import { formSnapshot } from './form-snapshot';
import type { FormSession } from './session';

/**
 * Ticket capture in the page. The partner's own press of Create / Submit / Contact me records what the
 * form showed; the portal's confirmation (the request details route, or a request number on screen)
 * then logs the ticket in the background. The assistant itself never presses these buttons.
 */
const BUTTONS = 'button, [role="button"], input[type="submit"], input[type="button"], a[role="link"]';

/** After the background failed to take a confirmation (worker restarting), look again this many times, this far apart. */
export const CONFIRM_RETRIES = 6;
export const CONFIRM_RETRY_MS = 5_000;

export interface PageCaptureDeps {
  document: Document;
  /** The frame's address now. */
  url: () => string;
  isTop: boolean;
  /** The portal the frame's host belongs to, for a confirmation that names none. */
  portalHint: Portal | null;
  session: Pick<FormSession, 'lastPortal' | 'seen'>;
  /** The partner's support language (settings), for the ticket's record. */
  partnerLanguage: () => string | null;
  /** The typed message sender (lib/messages/client.ts). */
  send: typeof send;
  /** Scans the frame again (the confirmation is still on screen). */
  rescan: () => void;
  /** A timer that dies with the content script. */
  later: (run: () => void, ms: number) => void;
}

/** What capture reads of a click. */
export interface CaptureClick {
  isTrusted: boolean;
  target: EventTarget | null;
}

export function createPageCapture({ document, url, isTop, portalHint, session, partnerLanguage, send, rescan, later }: PageCaptureDeps) {
  const reported = new Set<string>();
  let retriesLeft = CONFIRM_RETRIES;
  /** Numbers announced before the submission (older notifications): never this submission's. */
  let announcedBefore = new Set<string>();

  /** "Change" in a request's "Change severity" pane: the severity it shows now, for the request on screen. */
  function reportSeverityChange() {
    const number = findSupportRequestNumber(document) ?? (isTop ? routeHint(url())?.params.srId : null) ?? null;
    const severity = number ? severityChoiceShown(document) : null;
    if (!number || !severity) return;
    void send('severityChanged', { number, severity }, { retries: 3 }).catch(swallowed('reporting a severity change'));
  }

  return {
    /** Click listener (capture phase): only trusted clicks on a submit-like button of a detected form. */
    onClick(event: CaptureClick) {
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
    lookForConfirmation() {
      const route = isTop ? routeHint(url()) : null;
      const number = findSupportRequestNumber(document) ?? route?.params.srId ?? announcedNumbers(document).find((announced) => !announcedBefore.has(announced)) ?? null;
      const armName = route?.kind === 'details' ? (route.params.armName ?? null) : null;
      if (!number && !armName) return;
      const key = `${number}|${armName}`;
      if (reported.has(key)) return;
      reported.add(key);
      const subscriptionId = route?.params.subscriptionId ?? null;
      void send('ticketConfirmed', { portal: route?.portal ?? portalHint ?? 'azure', number, armName, subscriptionId }, { retries: 5 }).catch((error: unknown) => {
        swallowed('sending ticketConfirmed (retried on the next scan)')(error);
        // Not written: forget it was sent, and look again even if the page does not change any more.
        reported.delete(key);
        if (retriesLeft-- > 0) later(rescan, CONFIRM_RETRY_MS);
      });
    },
  };
}

export type PageCapture = ReturnType<typeof createPageCapture>;

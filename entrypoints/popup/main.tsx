import { browser } from 'wxt/browser';
import { PopupApp, POPUP_PAGE_SIZE } from '../../components/tickets/PopupApp';
import { loadErrorText, prepareDateFormatters } from '../../components/tickets/format';
import { copyText } from '../../lib/clipboard';
import { downloadText, pageReportFileName } from '../../lib/download';
import { t } from '../../lib/i18n';
import { send } from '../../lib/messages/client';
import { type Draw, startPage } from '../../lib/page-start';
import { startTicketBoard } from '../../lib/tickets/client';
import { askMissedPageReport } from './missed-page';
import { markDataReady } from './timing';

/** The first screen's one question (settings, first page, set-aside notice), sent before anything is drawn. */
function askForFirstScreen() {
  const { boardProps } = startTicketBoard();
  const answer = send('openTicketBoard', { status: 'open', offset: 0, limit: POPUP_PAGE_SIZE }, { retries: 3 });
  return { answer, boardProps };
}

async function show(draw: Draw, { answer, boardProps }: ReturnType<typeof askForFirstScreen>) {
  const { settings, page, settingsSetAside } = await answer;
  markDataReady();
  const drawPopup = (missedPageJson: string | null) =>
    draw(
      <PopupApp
        {...boardProps(settings, page)}
        trackerUrl={browser.runtime.getURL('/tracker.html')}
        settingsSetAside={settingsSetAside}
        missedPage={missedPageJson === null ? null : { json: missedPageJson, onCopy: copyText, onDownload: (json) => downloadText(pageReportFileName(Date.now()), 'application/json', json) }}
      />,
    );
  drawPopup(null);
  // The list comes first; a portal tab's answer (if any) adds the report offer above it.
  const missed = await askMissedPageReport();
  if (missed !== null) drawPopup(missed);
  // Says the active tab has answered (or not): the offer will not appear later.
  document.body.dataset.missedPage = missed === null ? 'none' : 'offered';
}

/** Draws the popup into its page; run by its one script (entrypoints/popup-script.tsx) once that has put the style in. */
export function startPopup(): void {
  // The question leaves first; the loading line and the date formatters the rows need are made while
  // the worker answers, not after (a formatter costs about a millisecond to build).
  const firstScreen = askForFirstScreen();
  void startPage(
    t('ticketsTitle'),
    (draw) => show(draw, firstScreen),
    (reason) => t('loadTicketsFailed', loadErrorText(reason)),
  );
  prepareDateFormatters();
}

import { browser } from 'wxt/browser';
import { PopupApp, POPUP_PAGE_SIZE } from '../../components/tickets/PopupApp';
import { loadErrorText, prepareDateFormatters } from '../../components/tickets/format';
import { copyText } from '../../lib/clipboard';
import { downloadText, pageReportFileName } from '../../lib/download';
import { t } from '../../lib/i18n';
import { send } from '../../lib/messages/client';
import { swallowed } from '../../lib/swallowed';
import { type Draw, startPage } from '../../lib/page-start';
import { startTicketBoard } from '../../lib/tickets/client';
import { askMissedPageReport } from './missed-page';
import { markDataReady } from './timing';

/** The three questions the first screen needs; sent before anything is drawn, answered together. */
function askForFirstScreen() {
  const { api, boardProps } = startTicketBoard();
  const answers = Promise.all([
    send('getSettings', undefined, { retries: 3 }),
    api.list({ status: 'open', offset: 0, limit: POPUP_PAGE_SIZE }),
    send('getSettingsSetAside', undefined).catch((error: unknown) => {
      // The page opens without the set-aside notice.
      swallowed('reading set-aside settings')(error);
      return [];
    }),
  ]);
  return { answers, boardProps };
}

async function show(draw: Draw, { answers, boardProps }: ReturnType<typeof askForFirstScreen>) {
  const [settings, initialPage, setAside] = await answers;
  markDataReady();
  const drawPopup = (missedPageJson: string | null) =>
    draw(
      <PopupApp
        {...boardProps(settings, initialPage)}
        trackerUrl={browser.runtime.getURL('/tracker.html')}
        settingsSetAside={setAside.length > 0}
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
  // The questions leave first; the loading line and the date formatters the rows need are made while
  // the worker answers, not after (a formatter costs about a millisecond to build).
  const firstScreen = askForFirstScreen();
  void startPage(
    t('ticketsTitle'),
    (draw) => show(draw, firstScreen),
    (reason) => t('loadTicketsFailed', loadErrorText(reason)),
  );
  prepareDateFormatters();
}

import { browser } from 'wxt/browser';
import { PopupApp, POPUP_PAGE_SIZE } from '../../components/tickets/PopupApp';
import { loadErrorText } from '../../components/tickets/format';
import { copyText } from '../../lib/clipboard';
import { downloadText, pageReportFileName } from '../../lib/download';
import { t } from '../../lib/i18n';
import { send } from '../../lib/messages/client';
import { swallowed } from '../../lib/swallowed';
import { type Draw, startPage } from '../../lib/page-start';
import { startTicketBoard } from '../../lib/tickets/client';
import { askMissedPageReport } from './missed-page';
import { markDataReady } from './timing';

async function show(draw: Draw) {
  const { api, boardProps } = startTicketBoard();
  // Both requests leave at once; the first page comes with the first paint.
  const [settings, initialPage, setAside] = await Promise.all([
    send('getSettings', undefined, { retries: 3 }),
    api.list({ status: 'open', offset: 0, limit: POPUP_PAGE_SIZE }),
    send('getSettingsSetAside', undefined).catch((error: unknown) => {
      // The page opens without the set-aside notice.
      swallowed('reading set-aside settings')(error);
      return [];
    }),
  ]);
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
  void startPage(t('ticketsTitle'), show, (reason) => t('loadTicketsFailed', loadErrorText(reason)));
}

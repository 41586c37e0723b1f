import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp, POPUP_PAGE_SIZE } from '../../components/tickets/PopupApp';
import { t, uiLanguage } from '../../lib/i18n';
import { send } from '../../lib/messages/client';
import { createTicketApi, watchTicketChanges } from '../../lib/tickets/client';
import { copyText } from '../../lib/clipboard';
import { downloadText, pageReportFileName } from '../../lib/download';
import { askMissedPageReport } from './missed-page';
import { markDataReady, markFirstRowPainted } from './timing';
import { loadErrorText } from '../../components/tickets/format';
import '../../components/tickets/tickets.css';

async function start(root: HTMLElement) {
  document.documentElement.lang = uiLanguage();
  document.title = t('ticketsTitle');
  const api = createTicketApi();
  // Listening starts before the first list is fetched: a write in between still reloads it.
  const subscribeChanges = watchTicketChanges();
  try {
    // Both requests leave at once; the first page comes with the first paint.
    const [settings, initialPage, setAside] = await Promise.all([
      send('getSettings', undefined, { retries: 3 }),
      api.list({ status: 'open', offset: 0, limit: POPUP_PAGE_SIZE }),
      send('getSettingsSetAside', undefined).catch(() => []),
    ]);
    markDataReady();
    const draw = (missedPageJson: string | null) =>
      render(
        <PopupApp
          api={api}
          subscribeChanges={subscribeChanges}
          customers={settings.customers}
          leadTimeMinutes={settings.sla.leadTimeMinutes}
          initialPage={initialPage}
          trackerUrl={browser.runtime.getURL('/tracker.html')}
          onOpenSettings={() => void browser.runtime.openOptionsPage()}
          onFirstRow={markFirstRowPainted}
          onCopyText={copyText}
          settingsSetAside={setAside.length > 0}
          missedPage={missedPageJson === null ? null : { json: missedPageJson, onCopy: copyText, onDownload: (json) => downloadText(pageReportFileName(Date.now()), 'application/json', json) }}
        />,
        root,
      );
    draw(null);
    // The list comes first; a portal tab's answer (if any) adds the report offer above it.
    const missed = await askMissedPageReport();
    if (missed !== null) draw(missed);
    // Says the active tab has answered (or not): the offer will not appear later.
    document.body.dataset.missedPage = missed === null ? 'none' : 'offered';
  } catch (error) {
    render(
      <p role="status" class="notice notice--error">
        {t('loadTicketsFailed', loadErrorText(error instanceof Error ? error.message : String(error)))}
      </p>,
      root,
    );
  }
}

const root = document.getElementById('app');
if (root) void start(root);

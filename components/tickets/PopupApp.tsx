import { t } from '../../lib/i18n';
import type { TicketPage } from '../../lib/messages/ticket-messages';
import type { Customer } from '../../lib/settings/schema';
import type { TicketApi } from '../../lib/tickets/api';
import { MissedPageReport } from './MissedPageReport';
import { TicketHeader } from './TicketHeader';
import { useChangeSignal } from './use-change-signal';
import { TicketBoard } from './TicketBoard';
import { OpenSettingsButton } from '../shared/OpenSettingsButton';

interface Props {
  api: TicketApi;
  customers: readonly Customer[];
  leadTimeMinutes: number;
  initialPage: TicketPage | null;
  trackerUrl: string;
  onOpenSettings: () => void;
  /** Subscribes to writes made elsewhere (a ticket captured on a portal); returns the unsubscribe. */
  subscribeChanges?: (onChange: () => void) => () => void;
  /** Some stored settings could not be read and were set aside: the options page shows what and offers restore. */
  settingsSetAside?: boolean;
  /** Puts a ticket's summary on the clipboard; false when the browser refused. */
  onCopyText?: (text: string) => Promise<boolean>;
  /** The active tab's page report when it looks like support but the assistant showed nothing there. */
  missedPage?: { json: string; onCopy: (json: string) => Promise<boolean>; onDownload: (json: string) => void } | null;
}

/** Rows the popup shows before "Show more": enough for a busy day, quick to paint. */
export const POPUP_PAGE_SIZE = 50;

/**
 * A popup is at most 600 px tall (Chrome's limit) and a row about 150 px: four rows show under the
 * header. Drawing five first instead of ten brought the first row 4 ms sooner (scripts/bench.ts's
 * popup figure, 6 alternating rounds: 72 → 68 ms).
 */
const POPUP_FIRST_SCREEN_ROWS = 5;

/** The toolbar popup: open tickets by next breach, ~400 px wide. */
export function PopupApp({ trackerUrl, onOpenSettings, subscribeChanges, missedPage, settingsSetAside, ...board }: Props) {
  const reloadSignal = useChangeSignal(subscribeChanges);
  return (
    <main class="popup">
      {settingsSetAside ? (
        <p class="notice notice--error" data-testid="settings-set-aside">
          {t('popupSetAside')} <OpenSettingsButton look="btn btn--link" onClick={onOpenSettings} />
        </p>
      ) : null}
      {missedPage ? <MissedPageReport {...missedPage} /> : null}
      <TicketBoard
        {...board}
        pageSize={POPUP_PAGE_SIZE}
        firstScreenRows={POPUP_FIRST_SCREEN_ROWS}
        paging="grow"
        reloadSignal={reloadSignal}
        header={(openCount, startAdding) => <TicketHeader title={t('ticketsTitle')} openCount={openCount} trackerUrl={trackerUrl} onAdd={startAdding} onOpenSettings={onOpenSettings} />}
      />
    </main>
  );
}

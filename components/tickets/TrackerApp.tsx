import { useState } from 'preact/hooks';
import type { ImportTicketsResult, TicketPage } from '../../lib/messages/ticket-messages';
import type { Customer } from '../../lib/settings/schema';
import { t } from '../../lib/i18n';
import type { TicketView } from '../../lib/tickets/view';
import type { TicketApi } from '../../lib/tickets/api';
import { TicketBoard } from './TicketBoard';
import { useChangeSignal } from './use-change-signal';
import { TicketHeader } from './TicketHeader';
import { TicketTransfer } from './TicketTransfer';

interface Props {
  api: TicketApi;
  customers: readonly Customer[];
  leadTimeMinutes: number;
  initialPage: TicketPage | null;
  highlightId: string | null;
  pinned: TicketView | null;
  onOpenSettings: () => void;
  onExport: (format: 'json' | 'csv') => Promise<void>;
  /** Imports the file the partner picked (the background reads it). */
  onImport: (file: File) => Promise<ImportTicketsResult>;
  /** Subscribes to writes made elsewhere (a ticket captured on a portal); returns the unsubscribe. */
  subscribeChanges?: (onChange: () => void) => () => void;
  /** Puts a ticket's summary on the clipboard; false when the browser refused. */
  onCopyText?: (text: string) => Promise<boolean>;
}

export const TRACKER_PAGE_SIZE = 50;

/** A tracker window of 900 px shows seven rows of about 120 px: those and one more are drawn first. */
const TRACKER_FIRST_SCREEN_ROWS = 8;

/** The full-page tracker: the same list with paging through the whole history, plus export and import. */
export function TrackerApp({ onOpenSettings, onExport, onImport, subscribeChanges, ...board }: Props) {
  const [imports, setImports] = useState(0);
  const reloadSignal = useChangeSignal(subscribeChanges, imports);
  const importAndReload = async (file: File) => {
    const result = await onImport(file);
    if (result.ok) setImports((value) => value + 1);
    return result;
  };
  return (
    <main class="tracker">
      <TicketBoard
        {...board}
        pageSize={TRACKER_PAGE_SIZE}
        firstScreenRows={TRACKER_FIRST_SCREEN_ROWS}
        paging="pages"
        reloadSignal={reloadSignal}
        header={(openCount, startAdding) => <TicketHeader title={t('trackerTitle')} openCount={openCount} onAdd={startAdding} onOpenSettings={onOpenSettings} />}
      />
      <TicketTransfer onExport={onExport} onImport={importAndReload} />
    </main>
  );
}

import { TrackerApp, TRACKER_PAGE_SIZE } from '../../components/tickets/TrackerApp';
import { loadErrorText } from '../../components/tickets/format';
import { downloadText } from '../../lib/download';
import { t } from '../../lib/i18n';
import { send } from '../../lib/messages/client';
import { type Draw, startPage } from '../../lib/page-start';
import { swallowed } from '../../lib/swallowed';
import { exportTicketsFile, importTicketsFile, startTicketBoard } from '../../lib/tickets/client';
import '../../components/tickets/tickets.css';

/** "#ticket=<id>" from a notification click. */
function linkedTicketId(): string | null {
  return new URLSearchParams(location.hash.replace(/^#/, '')).get('ticket');
}

async function show(draw: Draw) {
  const { boardProps } = startTicketBoard();
  const linkedId = linkedTicketId();
  // The linked ticket is pinned on top when it is not on the first page (closed, or far down).
  const [{ settings, page }, linked] = await Promise.all([
    send('openTicketBoard', { status: 'open', offset: 0, limit: TRACKER_PAGE_SIZE }, { retries: 3 }),
    linkedId
      ? send('getTicket', { id: linkedId }, { retries: 3 }).catch((error: unknown) => {
          // The list still opens; only the linked request is not pinned on top.
          swallowed('reading the linked ticket')(error);
          return null;
        })
      : Promise.resolve(null),
  ]);
  draw(
    <TrackerApp
      {...boardProps(settings, page)}
      highlightId={linked ? linked.ticket.id : null}
      pinned={linked}
      onExport={async (format) => {
        const file = await exportTicketsFile(format);
        downloadText(file.fileName, file.mimeType, file.text);
      }}
      onImport={importTicketsFile}
    />,
  );
}

void startPage(t('trackerTitle'), show, (reason) => t('loadTicketsFailed', loadErrorText(reason)));

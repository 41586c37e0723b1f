import type { Handlers } from '../../lib/messages/router';
import type { Settings } from '../../lib/settings/schema';
import { swallowed } from '../../lib/swallowed';

interface Deps {
  settings: () => Promise<Settings>;
  /** The stored settings values set aside as unreadable (read after `settings`, which sets them aside). */
  setAside: () => Promise<readonly unknown[]>;
  listTickets: Handlers['listTickets'];
}

/**
 * A ticket board's first screen as one answer: one message instead of three, and the storage read
 * for the set-aside notice runs while the ticket log is queried instead of after it.
 */
export function createBoardHandlers({ settings, setAside, listTickets }: Deps): Pick<Handlers, 'openTicketBoard'> {
  return {
    async openTicketBoard(query, sender) {
      const read = settings();
      const settingsSetAside = read
        .then(setAside)
        .then((list) => list.length > 0)
        .catch((error: unknown) => {
          // The board opens without the set-aside notice.
          swallowed('reading set-aside settings')(error);
          return false;
        });
      const [current, page, anySetAside] = await Promise.all([read, listTickets(query, sender), settingsSetAside]);
      return { settings: current, page, settingsSetAside: anySetAside };
    },
  };
}

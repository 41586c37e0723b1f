import type { TicketStore } from '../../../lib/tickets/store';

/**
 * The ticket store with a hook after every write, so alarms and the badge follow any
 * change, whoever made it (popup messages, the capture handlers, an import).
 */
export function observeStore(store: TicketStore, afterWrite: () => void): TicketStore {
  function observed<A extends unknown[], R>(write: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
    return async (...args) => {
      try {
        return await write(...args);
      } finally {
        // Even a failed write may have committed part of the work elsewhere; a refresh is cheap.
        afterWrite();
      }
    };
  }
  return {
    ...store,
    add: observed(store.add),
    update: observed(store.update),
    softDelete: observed(store.softDelete),
    restore: observed(store.restore),
    purgeDeleted: observed(store.purgeDeleted),
    importMany: observed(store.importMany),
  };
}

import type { IDBPTransaction } from 'idb';
import { TICKET_DB_STORES, type TicketDb, type TicketDbSchema } from './db';

/** Transaction helpers for the ticket store: one short transaction per call, and errors that say what failed. */

/** A transaction over every store of the log: a ticket lives in `tickets` or in the archive (archive.ts). */
export type Tx<Mode extends IDBTransactionMode> = IDBPTransaction<TicketDbSchema, (typeof TICKET_DB_STORES)[number][], Mode>;

/** A unique index (byNumber) refused a write. */
export function isConstraintError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'name' in error && error.name === 'ConstraintError';
}

/**
 * Runs `work` in one transaction and settles when the transaction has committed.
 * If the work fails, the transaction is aborted and the work's error (say a
 * ConstraintError) is thrown rather than the generic AbortError of tx.done.
 */
export async function inTransaction<T, Mode extends IDBTransactionMode>(db: TicketDb, mode: Mode, work: (tx: Tx<Mode>) => Promise<T>): Promise<T> {
  const tx = db.transaction([...TICKET_DB_STORES], mode);
  const done = tx.done;
  // Mark tx.done handled now: an abort before we await it must not be an unhandled rejection (a known idb behaviour: github.com/jakearchibald/idb/issues/326).
  done.catch(() => undefined);
  let result: T;
  try {
    result = await work(tx);
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished, or aborted by the failed request itself.
    }
    throw error;
  }
  await done;
  return result;
}

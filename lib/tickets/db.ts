import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { ArchiveChunk, ArchiveKeys } from './archive';
import type { TicketRecord } from './records';

/**
 * The IndexedDB database behind the ticket log. The background owns it; the popup, the tracker and
 * the content scripts reach it only through the background's ticket messages
 * (lib/messages/ticket-messages.ts), answered from createTicketStore in store.ts.
 */

export const TICKET_DB_NAME = 'csp-support-assistant';
export const TICKET_DB_VERSION = 2;

export interface TicketDbSchema extends DBSchema {
  tickets: {
    key: string;
    value: TicketRecord;
    indexes: {
      /** Unique; IndexedDB leaves records with a null number out of the index, so "number pending" never clashes. */
      byNumber: string;
      byOpen: number;
      byCreatedAt: number;
      /** On customer.tenantId; null tenant ids are left out likewise. */
      byCustomer: string;
      /** Only soft-deleted records have a key here, which makes purging and counting cheap. */
      byDeletedAt: number;
    };
  };
  /** Since version 2: an import's closed history, many tickets per record (lib/tickets/archive.ts). */
  archive: {
    key: number;
    value: ArchiveChunk;
    indexes: {
      /** The chunk's newest createdAt, so the history is read newest first a chunk at a time. */
      byNewest: number;
    };
  };
  /** Since version 2: each chunk's ids and numbers, so a lookup reads them without the tickets. */
  archiveKeys: {
    key: number;
    value: ArchiveKeys;
  };
}

/** Every store: the store's transactions span all of them, as a ticket may live in either place. */
export const TICKET_DB_STORES = ['tickets', 'archive', 'archiveKeys'] as const;

export type TicketDb = IDBPDatabase<TicketDbSchema>;
type UpgradeTx = IDBPTransaction<TicketDbSchema, StoreNames<TicketDbSchema>[], 'versionchange'>;

/**
 * Brings the schema from `oldVersion` up to `newVersion`, one step per version, so a
 * fresh install runs every step and an update only the missing ones. The loop keeps
 * each case self-contained (tsconfig forbids switch fall-through). To add version 3:
 * bump TICKET_DB_VERSION and add `case 2:` (the v2 → v3 step), using `tx` to reach
 * the existing stores.
 */
export function upgradeTicketDb(db: TicketDb, oldVersion: number, newVersion: number, tx: UpgradeTx): void {
  // A failed step aborts the upgrade and openDB rejects with it; tx.done's own AbortError
  // would otherwise surface as an unhandled rejection (a known idb behaviour: github.com/jakearchibald/idb/issues/326).
  tx.done.catch(() => undefined);
  for (let version = oldVersion; version < newVersion; version++) {
    switch (version) {
      case 0: {
        const store = db.createObjectStore('tickets', { keyPath: 'id' });
        store.createIndex('byNumber', 'number', { unique: true });
        store.createIndex('byOpen', 'openKey');
        store.createIndex('byCreatedAt', 'createdAt');
        store.createIndex('byCustomer', 'customer.tenantId');
        store.createIndex('byDeletedAt', 'deletedAt');
        break;
      }
      case 1: {
        // The archive starts empty: version-1 records stay where they are, one per ticket, which the
        // archive's invariant allows (a ticket lives in exactly one of the two places).
        db.createObjectStore('archive', { keyPath: 'seq' }).createIndex('byNewest', 'newest');
        db.createObjectStore('archiveKeys', { keyPath: 'seq' });
        break;
      }
      default:
        throw new Error(`No upgrade step from ticket database version ${version}`);
    }
  }
}

/**
 * Thrown when the database on disk was written by a newer version of the extension (a downgrade):
 * its message is an i18n message name, so the popup can say what to do instead of IndexedDB's text.
 */
export class NewerTicketDbError extends Error {
  constructor() {
    super('errTicketDbNewer');
  }
}

/** Opens the database; `onClose` runs when the connection goes away (versionchange or browser kill). */
export function openTicketDb(name: string = TICKET_DB_NAME, onClose?: () => void): Promise<TicketDb> {
  const opening: Promise<TicketDb> = openDB<TicketDbSchema>(name, TICKET_DB_VERSION, {
    upgrade: (db, oldVersion, newVersion, tx) => upgradeTicketDb(db, oldVersion, newVersion ?? TICKET_DB_VERSION, tx),
    // Another context (an updated extension, a test) wants a newer version: step aside
    // instead of blocking it; the next call reopens through ticketDbConnection.
    blocking: () => {
      void opening.then((db) => db.close());
      onClose?.();
    },
    terminated: () => onClose?.(),
  });
  return opening.catch((error: unknown) => {
    throw error instanceof DOMException && error.name === 'VersionError' ? new NewerTicketDbError() : error;
  });
}

/** A lazily opened, shared connection that reopens after it was closed or failed to open. */
export function ticketDbConnection(name: string = TICKET_DB_NAME): () => Promise<TicketDb> {
  let current: Promise<TicketDb> | null = null;
  return () => {
    if (!current) {
      const opening = openTicketDb(name, () => {
        if (current === opening) current = null;
      });
      current = opening;
      // Do not cache a failure: the next call tries again.
      opening.catch(() => {
        if (current === opening) current = null;
      });
    }
    return current;
  };
}

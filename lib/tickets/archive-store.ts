import { buildChunk, locate, type ArchiveChunk, type ArchiveLocation } from './archive';
import { walkNewestFirst } from './history-walk';
import type { TicketRecord } from './records';
import type { Tx } from './transaction';

/**
 * The archive's reads and writes inside a store transaction (store.ts): finding an archived ticket,
 * rewriting a chunk, and lifting a ticket out of its chunk when the partner changes it.
 */

export interface Archived {
  record: TicketRecord;
  location: ArchiveLocation;
  chunk: ArchiveChunk;
}

/** The archived ticket with this id (field 'ids') or request number (field 'numbers'). */
export async function findArchived(tx: Tx<IDBTransactionMode>, field: 'ids' | 'numbers', value: string): Promise<Archived | undefined> {
  const location = locate(await tx.objectStore('archiveKeys').getAll(), field, value);
  if (!location) return undefined;
  const chunk = await tx.objectStore('archive').get(location.seq);
  const record = chunk?.tickets[location.index];
  return chunk && record ? { record, location, chunk } : undefined;
}

/** Writes chunk `seq` with `tickets` and its keys, or deletes both when no ticket is left. */
export function putChunk(tx: Tx<'readwrite'>, seq: number, tickets: readonly TicketRecord[]): Promise<unknown> {
  if (tickets.length === 0) return Promise.all([tx.objectStore('archive').delete(seq), tx.objectStore('archiveKeys').delete(seq)]);
  const { chunk, keys } = buildChunk(seq, tickets);
  return Promise.all([tx.objectStore('archive').put(chunk), tx.objectStore('archiveKeys').put(keys)]);
}

/** Moves an archived ticket into the `tickets` store as `next`: a ticket the partner changes is one they work on. */
export async function liftArchived(tx: Tx<'readwrite'>, archived: Archived, next: TicketRecord): Promise<void> {
  const rest = archived.chunk.tickets.filter((_, index) => index !== archived.location.index);
  await Promise.all([putChunk(tx, archived.chunk.seq, rest), tx.objectStore('tickets').put(next)]);
}

/** The records with these ids, in their order (undefined for an id no longer stored), from either place. */
export async function readByIds(tx: Tx<IDBTransactionMode>, ids: readonly string[]): Promise<(TicketRecord | undefined)[]> {
  const loose = await Promise.all(ids.map((id) => tx.objectStore('tickets').get(id)));
  if (loose.every((record) => record !== undefined)) return loose;
  const keys = await tx.objectStore('archiveKeys').getAll();
  const chunks = new Map<number, Promise<ArchiveChunk | undefined>>();
  return Promise.all(
    ids.map(async (id, index) => {
      const found = loose[index];
      if (found) return found;
      const location = locate(keys, 'ids', id);
      if (!location) return undefined;
      let chunk = chunks.get(location.seq);
      if (!chunk) {
        chunk = tx.objectStore('archive').get(location.seq);
        chunks.set(location.seq, chunk);
      }
      return (await chunk)?.tickets[location.index];
    }),
  );
}

/** Every stored record, from both places (the search index's load). */
export async function readAll(tx: Tx<IDBTransactionMode>): Promise<TicketRecord[]> {
  const [loose, chunks] = await Promise.all([tx.objectStore('tickets').getAll(), tx.objectStore('archive').getAll()]);
  return loose.concat(chunks.flatMap((chunk) => chunk.tickets));
}

interface ValueCursor<V> {
  value: V;
  continue(): Promise<ValueCursor<V> | null>;
}

async function* cursorValues<V>(opening: Promise<ValueCursor<V> | null>): AsyncGenerator<V> {
  let cursor = await opening;
  while (cursor) {
    yield cursor.value;
    cursor = await cursor.continue();
  }
}

/** Every stored record newest first, both places merged (history-walk.ts); stop early for a page. */
export function historyNewestFirst(tx: Tx<IDBTransactionMode>): AsyncGenerator<TicketRecord> {
  return walkNewestFirst(cursorValues(tx.objectStore('tickets').index('byCreatedAt').openCursor(null, 'prev')), cursorValues(tx.objectStore('archive').index('byNewest').openCursor(null, 'prev')));
}

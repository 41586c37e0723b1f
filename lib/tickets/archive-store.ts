import { buildChunk, locate, readableChunk, readableKeys, type ArchiveChunk, type ArchiveLocation } from './archive';
import { walkNewestFirst } from './history-walk';
import type { TicketRecord } from './records';
import type { SearchHit } from './search-index';
import type { Tx } from './transaction';

/**
 * Reads and writes across both places a ticket may live (archive.ts), inside a store transaction
 * (store.ts): finding a ticket, rewriting a chunk, lifting a ticket out of its chunk when the partner
 * changes it, reading a search's hits, everything, or the history newest first.
 */

export interface Archived {
  record: TicketRecord;
  location: ArchiveLocation;
  chunk: ArchiveChunk;
}

/** The archived ticket with this id (field 'ids') or request number (field 'numbers'). */
export async function findArchived(tx: Tx<IDBTransactionMode>, field: 'ids' | 'numbers', value: string): Promise<Archived | undefined> {
  const keys = (await tx.objectStore('archiveKeys').getAll()).flatMap((read) => readableKeys(read) ?? []);
  const location = locate(keys, field, value);
  if (!location) return undefined;
  const chunk = readableChunk(await tx.objectStore('archive').get(location.seq));
  // Its place in the chunk as read (readableChunk may have left out a damaged entry), not as keyed.
  const index = chunk ? chunk.tickets.findIndex((record) => (field === 'ids' ? record.id : record.number) === value) : -1;
  const record = chunk?.tickets[index];
  return chunk && record ? { record, location: { seq: location.seq, index }, chunk } : undefined;
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

/**
 * The records of these search hits, in their order (undefined for one no longer stored): each is read
 * where the hit says it lives, and looked up afresh if a write has moved it since.
 */
export async function readHits(tx: Tx<IDBTransactionMode>, hits: readonly SearchHit[]): Promise<(TicketRecord | undefined)[]> {
  const chunks = new Map<number, Promise<ArchiveChunk | undefined>>();
  const chunk = (seq: number) => {
    let reading = chunks.get(seq);
    if (!reading) {
      reading = tx.objectStore('archive').get(seq).then(readableChunk);
      chunks.set(seq, reading);
    }
    return reading;
  };
  const hinted = await Promise.all(hits.map(async ({ id, seq }) => (seq === null ? tx.objectStore('tickets').get(id) : (await chunk(seq))?.tickets.find((record) => record.id === id))));
  return Promise.all(hinted.map(async (record, index) => record ?? (await findStored(tx, { id: hits[index]?.id }))?.record));
}

/** The record with this number (first) or id, from either place, and its chunk when it is archived. */
export async function findStored(tx: Tx<IDBTransactionMode>, by: { number?: string | null; id?: string }): Promise<{ record: TicketRecord; archived?: Archived } | undefined> {
  const loose = tx.objectStore('tickets');
  if (by.number) {
    const record = await loose.index('byNumber').get(by.number);
    if (record) return { record };
    const archived = await findArchived(tx, 'numbers', by.number);
    if (archived) return { record: archived.record, archived };
  }
  if (by.id) {
    const record = await loose.get(by.id);
    if (record) return { record };
    const archived = await findArchived(tx, 'ids', by.id);
    if (archived) return { record: archived.record, archived };
  }
  return undefined;
}

/** Every stored record with where it lives (the search index's load). */
export async function readAll(tx: Tx<IDBTransactionMode>): Promise<{ record: TicketRecord; seq: number | null }[]> {
  const [loose, chunks] = await Promise.all([tx.objectStore('tickets').getAll(), tx.objectStore('archive').getAll()]);
  return loose.map((record) => ({ record, seq: null as number | null })).concat(chunks.flatMap((read) => readableChunk(read)?.tickets.map((record) => ({ record, seq: read.seq })) ?? []));
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

async function* readableChunks(chunks: AsyncGenerator<ArchiveChunk>): AsyncGenerator<ArchiveChunk> {
  for await (const read of chunks) {
    const chunk = readableChunk(read);
    if (chunk) yield chunk;
  }
}

/** Every stored record newest first, both places merged (history-walk.ts); stop early for a page. */
export function historyNewestFirst(tx: Tx<IDBTransactionMode>): AsyncGenerator<TicketRecord> {
  return walkNewestFirst(
    cursorValues(tx.objectStore('tickets').index('byCreatedAt').openCursor(null, 'prev')),
    readableChunks(cursorValues(tx.objectStore('archive').index('byNewest').openCursor(null, 'prev'))),
  );
}

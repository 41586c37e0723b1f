import { isRecord } from '../is-record';
import type { TicketRecord } from './records';
import { ARCHIVE_CHUNK_SIZE } from './archive-size';

/**
 * The closed history an import brings, kept as records of many tickets ("chunks"). Chromium's
 * IndexedDB charges per record far more than per byte: `npm run bench` wrote the same 50,000 tickets
 * in 7.5 s as one record each with no index at all, and in 0.3 s as records of 250 or 1,000. So an
 * import writes its closed tickets as chunks, while the tickets a partner works on (open, edited,
 * deleted, logged from a portal) stay one record each in the `tickets` store.
 *
 * Invariants the store keeps: a ticket lives in exactly one place (the `tickets` store or one chunk),
 * a chunk holds only closed, non-deleted tickets, newest first, and every chunk has an ArchiveKeys
 * record with its ids and numbers in the same order. Pure: the store (store.ts, archive-store.ts)
 * reads and writes these shapes.
 */

export { ARCHIVE_CHUNK_SIZE } from './archive-size';

export interface ArchiveChunk {
  seq: number;
  /** createdAt of its newest ticket (the first), indexed, so the history is merged newest first. */
  newest: number;
  tickets: TicketRecord[];
}

/** A chunk's ids and numbers, in its tickets' order: lookups read these, not the tickets. */
export interface ArchiveKeys {
  seq: number;
  ids: string[];
  numbers: (string | null)[];
}

export interface ArchiveLocation {
  seq: number;
  index: number;
}

/**
 * A chunk as read back, for the readers to rely on: only the store writes chunks, but a hand edit
 * (DevTools) or a faulty build may leave one of another shape. A chunk with no list of tickets reads
 * as none (undefined), and an entry of its list that is no object is left out; a ticket of the wrong
 * shape inside it is set apart later, like any other (showable.ts).
 */
export function readableChunk(value: unknown): ArchiveChunk | undefined {
  if (!isRecord(value) || typeof value.seq !== 'number' || !Array.isArray(value.tickets)) return undefined;
  const tickets = value.tickets.filter(isRecord) as unknown as TicketRecord[];
  return { seq: value.seq, newest: typeof value.newest === 'number' ? value.newest : 0, tickets };
}

/** A chunk's keys as read back: lists of the same length, or none (then its tickets are not looked up by key). */
export function readableKeys(value: unknown): ArchiveKeys | undefined {
  if (!isRecord(value) || typeof value.seq !== 'number' || !Array.isArray(value.ids) || !Array.isArray(value.numbers) || value.ids.length !== value.numbers.length) return undefined;
  return value as unknown as ArchiveKeys;
}

/** A chunk may hold this ticket: closed and not deleted (an open or deleted one is still being worked on). */
export function isArchivable(record: Pick<TicketRecord, 'closedAt' | 'deletedAt'>): boolean {
  return record.closedAt !== null && record.deletedAt === null;
}

const newestFirst = (a: TicketRecord, b: TicketRecord) => b.createdAt - a.createdAt;

/** Chunk `seq` holding `tickets` (at least one), newest first, and its keys. */
export function buildChunk(seq: number, tickets: readonly TicketRecord[]): { chunk: ArchiveChunk; keys: ArchiveKeys } {
  const sorted = [...tickets].sort(newestFirst);
  return {
    chunk: { seq, newest: sorted[0]?.createdAt ?? 0, tickets: sorted },
    keys: { seq, ids: sorted.map((ticket) => ticket.id), numbers: sorted.map((ticket) => ticket.number) },
  };
}

/**
 * `tickets` packed into chunks numbered from `firstSeq`, sorted newest first before they are cut, so
 * that chunks of one import do not overlap in time and a page of history opens as few as it can.
 */
export function packChunks(tickets: readonly TicketRecord[], firstSeq: number): { chunk: ArchiveChunk; keys: ArchiveKeys }[] {
  const sorted = [...tickets].sort(newestFirst);
  const packed: { chunk: ArchiveChunk; keys: ArchiveKeys }[] = [];
  for (let start = 0; start < sorted.length; start += ARCHIVE_CHUNK_SIZE) {
    packed.push(buildChunk(firstSeq + packed.length, sorted.slice(start, start + ARCHIVE_CHUNK_SIZE)));
  }
  return packed;
}

/** The number the next new chunk gets. */
export function nextSeq(keys: readonly ArchiveKeys[]): number {
  return keys.reduce((highest, entry) => Math.max(highest, entry.seq), 0) + 1;
}

/** Where the ticket with this id (field 'ids') or request number (field 'numbers') is archived. */
export function locate(keys: readonly ArchiveKeys[], field: 'ids' | 'numbers', value: string): ArchiveLocation | undefined {
  for (const entry of keys) {
    const index = entry[field].indexOf(value);
    if (index >= 0) return { seq: entry.seq, index };
  }
  return undefined;
}

/** Every archived ticket's place by id and by number, for an import's many lookups. */
export function archiveDirectory(keys: readonly ArchiveKeys[]): { byId: Map<string, ArchiveLocation>; byNumber: Map<string, ArchiveLocation> } {
  const byId = new Map<string, ArchiveLocation>();
  const byNumber = new Map<string, ArchiveLocation>();
  for (const { seq, ids, numbers } of keys) {
    ids.forEach((id, index) => {
      byId.set(id, { seq, index });
    });
    numbers.forEach((number, index) => {
      if (number !== null) byNumber.set(number, { seq, index });
    });
  }
  return { byId, byNumber };
}

/** How many tickets the chunks hold. */
export function archivedCount(keys: readonly ArchiveKeys[]): number {
  return keys.reduce((count, entry) => count + (readableKeys(entry)?.ids.length ?? 0), 0);
}

import { describe, expect, it } from 'vitest';
import { ARCHIVE_CHUNK_SIZE, archiveDirectory, archivedCount, buildChunk, isArchivable, locate, nextSeq, packChunks } from '../../../lib/tickets/archive';
import { walkNewestFirst } from '../../../lib/tickets/history-walk';
import { placeWrites } from '../../../lib/tickets/import-plan';
import { toRecord, type TicketRecord } from '../../../lib/tickets/records';
import { storedTicket, T0 } from './fixtures';

const MINUTE = 60_000;
const idOf = (index: number) => `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`;

function closed(index: number, createdAt = T0 - index * MINUTE): TicketRecord {
  return toRecord(storedTicket({ id: idOf(index), number: `2403040010${String(index).padStart(6, '0')}`, createdAt, closedAt: createdAt + MINUTE, updatedAt: createdAt + MINUTE }));
}

async function* from<T>(items: readonly T[], pulled?: { count: number }): AsyncGenerator<T> {
  for (const item of items) {
    if (pulled) pulled.count += 1;
    yield item;
  }
}

async function collect(walk: AsyncGenerator<TicketRecord>, limit = Infinity): Promise<number[]> {
  const seen: number[] = [];
  for await (const record of walk) {
    seen.push(record.createdAt);
    if (seen.length >= limit) break;
  }
  return seen;
}

describe('archive chunks', () => {
  it('packs tickets newest first into chunks of ARCHIVE_CHUNK_SIZE, each with its keys in the same order', () => {
    const tickets = Array.from({ length: ARCHIVE_CHUNK_SIZE * 2 + 3 }, (_, index) => closed(index)).reverse();
    const packed = packChunks(tickets, 7);
    expect(packed.map(({ chunk }) => [chunk.seq, chunk.tickets.length])).toEqual([
      [7, ARCHIVE_CHUNK_SIZE],
      [8, ARCHIVE_CHUNK_SIZE],
      [9, 3],
    ]);
    const [first, second] = packed;
    expect(first?.chunk.newest).toBe(T0);
    expect(first?.chunk.tickets[0]?.createdAt).toBe(T0);
    expect(second?.chunk.newest).toBeLessThan(first?.chunk.tickets.at(-1)?.createdAt ?? 0);
    expect(first?.keys.ids).toEqual(first?.chunk.tickets.map((ticket) => ticket.id));
    expect(first?.keys.numbers).toEqual(first?.chunk.tickets.map((ticket) => ticket.number));
    expect(packChunks([], 1)).toEqual([]);
  });

  it('finds a ticket by id or number, counts, and numbers the next chunk after the highest', () => {
    const keys = [buildChunk(3, [closed(1), closed(2)]).keys, buildChunk(9, [closed(5), toRecord(storedTicket({ id: idOf(6), number: null, closedAt: T0 + 1 }))]).keys];
    expect(locate(keys, 'ids', idOf(2))).toEqual({ seq: 3, index: 1 });
    // Chunk 9 keeps its tickets newest first: the one without a number (created at T0) before 5.
    expect(locate(keys, 'numbers', closed(5).number ?? '')).toEqual({ seq: 9, index: 1 });
    expect(locate(keys, 'ids', idOf(4))).toBeUndefined();
    const directory = archiveDirectory(keys);
    expect(directory.byId.get(idOf(6))).toEqual({ seq: 9, index: 0 });
    expect(directory.byNumber.size).toBe(3);
    expect(archivedCount(keys)).toBe(4);
    expect(nextSeq(keys)).toBe(10);
    expect(nextSeq([])).toBe(1);
  });

  it('holds only closed, non-deleted tickets', () => {
    expect(isArchivable(closed(1))).toBe(true);
    expect(isArchivable(toRecord(storedTicket()))).toBe(false);
    expect(isArchivable({ ...closed(1), deletedAt: T0 })).toBe(false);
  });
});

describe('walkNewestFirst', () => {
  it('merges the tickets store and overlapping chunks into one newest-first order', async () => {
    const loose = [closed(0), closed(4), closed(9)];
    // Two imports whose dates interleave: chunk A holds 1, 3, 5; chunk B holds 2, 6, 7, 8.
    const a = buildChunk(1, [closed(1), closed(3), closed(5)]).chunk;
    const b = buildChunk(2, [closed(2), closed(6), closed(7), closed(8)]).chunk;
    const walked = await collect(walkNewestFirst(from(loose), from([a, b])));
    expect(walked).toEqual(Array.from({ length: 10 }, (_, index) => T0 - index * MINUTE));
  });

  it('opens a chunk only when its newest ticket could come next', async () => {
    const loose = [closed(0), closed(1), closed(2)];
    const chunks = [buildChunk(1, [closed(3), closed(4)]).chunk, buildChunk(2, [closed(5)]).chunk];
    const pulled = { count: 0 };
    expect(await collect(walkNewestFirst(from(loose), from(chunks, pulled)), 2)).toEqual([T0, T0 - MINUTE]);
    // The first chunk is peeked at (its newest is older than the page), the second never.
    expect(pulled.count).toBe(1);
  });

  it('walks only chunks, only loose tickets, or nothing', async () => {
    expect(await collect(walkNewestFirst(from([]), from([buildChunk(1, [closed(2), closed(1)]).chunk])))).toEqual([T0 - MINUTE, T0 - 2 * MINUTE]);
    expect(await collect(walkNewestFirst(from([closed(1)]), from([])))).toEqual([T0 - MINUTE]);
    expect(await collect(walkNewestFirst(from([]), from([])))).toEqual([]);
  });
});

describe('placeWrites', () => {
  const chunk = [closed(1), closed(2), closed(3)];
  const archive = { byId: archiveDirectory([buildChunk(4, chunk).keys]).byId, chunks: new Map([[4, chunk]]) };

  it('replaces an archived ticket in its chunk while it stays closed', () => {
    const edited = { ...closed(2), title: 'Edited' };
    const placement = placeWrites([edited], archive, new Set());
    expect(placement.rewrites.get(4)?.map((record) => record.title)).toEqual(['VM does not start', 'Edited', 'VM does not start']);
    expect(placement.loose).toEqual([]);
    expect(placement.fresh).toEqual([]);
  });

  it('moves an archived ticket the file reopens to the tickets store, out of its chunk', () => {
    const reopened = toRecord({ ...storedTicket({ id: idOf(3), number: closed(3).number }), closedAt: null });
    const placement = placeWrites([reopened], archive, new Set());
    expect(placement.loose).toEqual([reopened]);
    expect(placement.rewrites.get(4)?.map((record) => record.id)).toEqual([idOf(1), idOf(2)]);
  });

  it('keeps a ticket of the tickets store there, and sends a new closed one to the archive, a new open one to the tickets store', () => {
    const stored = closed(10);
    const open = toRecord(storedTicket({ id: idOf(12), number: null }));
    const placement = placeWrites([stored, closed(11), open], archive, new Set([stored.id]));
    expect(placement.loose).toEqual([stored, open]);
    expect(placement.fresh).toEqual([closed(11)]);
    expect(placement.rewrites.size).toBe(0);
  });
});

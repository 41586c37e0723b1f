import { archiveDirectory, nextSeq, packChunks, type ArchiveLocation } from './archive';
import { putChunk } from './archive-store';
import { planImport, placeWrites, type ImportSummary, type StoredMatch } from './import-plan';
import type { TicketRecord } from './records';
import type { Ticket } from './schema';
import type { Tx } from './transaction';

/**
 * An import inside one store transaction: looks up what is stored for each ticket of the file (in
 * the `tickets` store and the archive), lets planImport decide, and writes: a closed history as new
 * archive chunks, the rest one record per ticket (archive.ts says why).
 */
export async function importIntoLog(tx: Tx<'readwrite'>, tickets: readonly Ticket[]): Promise<ImportSummary> {
  const loose = tx.objectStore('tickets');
  const [looseCount, keys] = await Promise.all([loose.count(), tx.objectStore('archiveKeys').getAll()]);
  const directory = archiveDirectory(keys);
  const chunks = new Map<number, TicketRecord[]>();
  const looseIds = new Set<string>();
  let stored: StoredMatch[] = tickets.map(() => ({ byId: undefined, sameNumber: undefined }));
  // An empty log (a first import, a restore on a new computer) needs no lookups.
  if (looseCount > 0 || keys.length > 0) {
    const wanted = new Set<number>();
    for (const ticket of tickets) {
      for (const location of [directory.byId.get(ticket.id), ticket.number === null ? undefined : directory.byNumber.get(ticket.number)]) {
        if (location) wanted.add(location.seq);
      }
    }
    // Every lookup is asked for at once: IndexedDB answers them in order without a round trip each
    // (one by one, 50,000 tickets took half a minute).
    const [read, matches] = await Promise.all([
      Promise.all([...wanted].map((seq) => tx.objectStore('archive').get(seq))),
      looseCount === 0 ? undefined : Promise.all(tickets.map((ticket) => Promise.all([loose.get(ticket.id), ticket.number === null ? undefined : loose.index('byNumber').get(ticket.number)]))),
    ]);
    for (const chunk of read) if (chunk) chunks.set(chunk.seq, chunk.tickets);
    const archivedAt = (location: ArchiveLocation | undefined) => (location ? chunks.get(location.seq)?.[location.index] : undefined);
    stored = tickets.map((ticket, index) => {
      const [byId, sameNumber] = matches?.[index] ?? [undefined, undefined];
      for (const record of [byId, sameNumber]) if (record) looseIds.add(record.id);
      return {
        byId: byId ?? archivedAt(directory.byId.get(ticket.id)),
        sameNumber: sameNumber ?? (ticket.number === null ? undefined : archivedAt(directory.byNumber.get(ticket.number))),
      };
    });
  }
  const { writes, summary } = planImport(tickets, stored);
  const placement = placeWrites(writes, { byId: directory.byId, chunks }, looseIds);
  await Promise.all([
    ...placement.loose.map((record) => loose.put(record)),
    ...[...placement.rewrites].map(([seq, records]) => putChunk(tx, seq, records)),
    ...packChunks(placement.fresh, nextSeq(keys)).flatMap(({ chunk, keys: chunkKeys }) => [tx.objectStore('archive').put(chunk), tx.objectStore('archiveKeys').put(chunkKeys)]),
  ]);
  return summary;
}

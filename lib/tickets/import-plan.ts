import { isArchivable, type ArchiveLocation } from './archive';
import { toRecord, type TicketRecord } from './records';
import type { Ticket } from './schema';

/**
 * Counts from an import. `conflicts`: same id but its number belongs to another ticket.
 * `deletionsIgnored`: records the file marks deleted; an import never deletes what is stored.
 */
export interface ImportSummary {
  added: number;
  updated: number;
  unchanged: number;
  conflicts: number;
  deletionsIgnored: number;
}

/** What the store holds for one ticket of the file: the record with its id, and the one with its number. */
export interface StoredMatch {
  byId: TicketRecord | undefined;
  sameNumber: TicketRecord | undefined;
}

/**
 * Decides, without touching the database, what an import writes: idempotent by id and by number, the
 * later `updatedAt` wins, a ticket matched by number keeps its stored id, and a file's `deletedAt` is
 * never applied (deleting stays the partner's act in the tracker). A ticket that appears twice in one
 * file is matched against its earlier copy, as if that one were already stored.
 */
export function planImport(tickets: readonly Ticket[], stored: readonly StoredMatch[]): { writes: TicketRecord[]; summary: ImportSummary } {
  const summary: ImportSummary = { added: 0, updated: 0, unchanged: 0, conflicts: 0, deletionsIgnored: 0 };
  const written = new Map<string, TicketRecord>();
  const writtenByNumber = new Map<string, TicketRecord>();
  tickets.forEach((fromFile, index) => {
    const earlierNumber = fromFile.number === null ? undefined : writtenByNumber.get(fromFile.number);
    const sameNumber = earlierNumber ?? stored[index]?.sameNumber;
    const existing = written.get(fromFile.id) ?? stored[index]?.byId ?? sameNumber;
    const storedDeletedAt = existing?.deletedAt ?? null;
    if (fromFile.deletedAt !== null && storedDeletedAt === null) summary.deletionsIgnored += 1;
    const incoming = { ...fromFile, deletedAt: storedDeletedAt };
    let record: TicketRecord | null = null;
    if (sameNumber && existing && sameNumber.id !== existing.id) summary.conflicts += 1;
    else if (!existing) {
      record = toRecord(incoming);
      summary.added += 1;
    } else if (incoming.updatedAt > existing.updatedAt) {
      record = toRecord({ ...incoming, id: existing.id });
      summary.updated += 1;
    } else summary.unchanged += 1;
    if (!record) return;
    written.set(record.id, record);
    if (record.number !== null) writtenByNumber.set(record.number, record);
  });
  return { writes: [...written.values()], summary };
}

/** What an import found archived: each ticket's place by id, and the chunks it read (archive.ts). */
export interface ArchiveSeen {
  byId: ReadonlyMap<string, ArchiveLocation>;
  chunks: ReadonlyMap<number, readonly TicketRecord[]>;
}

/** Where an import's writes go: records for the `tickets` store, chunks to rewrite, and new archive tickets. */
export interface Placement {
  loose: TicketRecord[];
  /** Chunks the import changed, by seq, with what they hold now (empty: delete the chunk). */
  rewrites: Map<number, TicketRecord[]>;
  /** Closed tickets new to the log, for new chunks. */
  fresh: TicketRecord[];
}

/**
 * Places each written record so every ticket stays in one place: an archived ticket is replaced in its
 * chunk while it stays closed (and leaves it for the `tickets` store when the file reopens it), a
 * ticket already in the `tickets` store stays there, and a new one goes to the archive when it is
 * closed. `looseIds` are the ids the import found in the `tickets` store.
 */
export function placeWrites(writes: readonly TicketRecord[], archive: ArchiveSeen, looseIds: ReadonlySet<string>): Placement {
  const placement: Placement = { loose: [], rewrites: new Map(), fresh: [] };
  const edited = new Map<number, (TicketRecord | undefined)[]>();
  for (const record of writes) {
    const at = archive.byId.get(record.id);
    const chunk = at && (edited.get(at.seq) ?? [...(archive.chunks.get(at.seq) ?? [])]);
    if (at && chunk) {
      edited.set(at.seq, chunk);
      chunk[at.index] = isArchivable(record) ? record : undefined;
      if (!isArchivable(record)) placement.loose.push(record);
    } else if (isArchivable(record) && !looseIds.has(record.id)) placement.fresh.push(record);
    else placement.loose.push(record);
  }
  for (const [seq, chunk] of edited)
    placement.rewrites.set(
      seq,
      chunk.filter((record): record is TicketRecord => record !== undefined),
    );
  return placement;
}

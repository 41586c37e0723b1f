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

import type { TicketRecord } from './records';

/** A chunk as the walk needs it: its newest createdAt, and its tickets newest first. */
interface NewestFirstChunk {
  newest: number;
  tickets: readonly TicketRecord[];
}

/** Two lists sorted newest first, merged into one. */
function mergeNewestFirst(a: readonly TicketRecord[], b: readonly TicketRecord[]): TicketRecord[] {
  const merged: TicketRecord[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const left = a[i];
    const right = b[j];
    if (right === undefined || (left !== undefined && left.createdAt >= right.createdAt)) {
      merged.push(left as TicketRecord);
      i += 1;
    } else {
      merged.push(right);
      j += 1;
    }
  }
  return merged;
}

/**
 * The whole log newest first, from the `tickets` store (one record per ticket, read through its
 * byCreatedAt index) and the archive's chunks (read by their newest ticket). Chunks of different
 * imports overlap in time, so a chunk is opened only once its newest ticket could be the next one:
 * the caller stops early (a page of history), and only the chunks that page shows are read.
 */
export async function* walkNewestFirst(loose: AsyncIterator<TicketRecord>, chunks: AsyncIterator<NewestFirstChunk>): AsyncGenerator<TicketRecord> {
  let nextLoose = await loose.next();
  let nextChunk = await chunks.next();
  let pending: TicketRecord[] = [];
  let at = 0;
  while (true) {
    const looseAt = nextLoose.done ? Number.NEGATIVE_INFINITY : nextLoose.value.createdAt;
    const pendingTicket = pending[at];
    const pendingAt = pendingTicket?.createdAt ?? Number.NEGATIVE_INFINITY;
    if (!nextChunk.done && nextChunk.value.newest >= Math.max(looseAt, pendingAt)) {
      pending = mergeNewestFirst(pending.slice(at), nextChunk.value.tickets);
      at = 0;
      nextChunk = await chunks.next();
    } else if (!nextLoose.done && looseAt >= pendingAt) {
      yield nextLoose.value;
      nextLoose = await loose.next();
    } else if (pendingTicket) {
      yield pendingTicket;
      at += 1;
    } else return;
  }
}

import { describe, expect, it, vi } from 'vitest';
import { createSearchIndex, type SearchHit } from '../../../lib/tickets/search-index';
import type { Ticket } from '../../../lib/tickets/schema';
import { storedTicket, T0 } from './fixtures';

const loose = (tickets: Ticket[]) => tickets.map((ticket) => ({ ticket, seq: null }));
const ids = (hits: SearchHit[]) => hits.map((hit) => hit.id);
const ticket = (n: number, over: Partial<Ticket> = {}) =>
  storedTicket({ id: crypto.randomUUID(), number: `24030400100${String(n).padStart(5, '0')}`, createdAt: T0 + n * 1000, title: `Request ${n}`, ...over });

describe('the search index', () => {
  it('answers newest first with paging, skipping deleted tickets, and loads the log once', async () => {
    const tickets = [ticket(1), ticket(2, { title: 'VM down' }), ticket(3, { title: 'VM slow' }), ticket(4, { title: 'VM gone', deletedAt: T0 + 5000 })];
    const loadAll = vi.fn(async () => loose(tickets));
    const index = createSearchIndex(loadAll);
    expect(ids(await index.matching({ search: 'vm' }))).toEqual([tickets[2]?.id, tickets[1]?.id]);
    expect(ids(await index.matching({ search: 'vm', offset: 1, limit: 1 }))).toEqual([tickets[1]?.id]);
    expect(await index.matching({ search: '0010000001', status: 'closed' })).toEqual([]);
    expect(loadAll).toHaveBeenCalledOnce();
  });

  it('follows the store’s writes, and a reset reads the log again', async () => {
    const tickets = [ticket(1)];
    const loadAll = vi.fn(async () => loose(tickets));
    const index = createSearchIndex(loadAll);
    await index.matching({ search: 'request' });
    const renamed = { ...(tickets[0] as Ticket), title: 'Renamed' };
    index.put(renamed);
    index.put(ticket(9, { title: 'Renamed too' }));
    expect(await index.matching({ search: 'renamed' })).toHaveLength(2);
    expect(await index.matching({ search: 'request' })).toEqual([]);
    index.reset();
    expect(await index.matching({ search: 'request' })).toHaveLength(1);
    expect(loadAll).toHaveBeenCalledTimes(2);
  });

  it('a load that started before a reset (an import) does not install what it read', async () => {
    let release: (tickets: Ticket[]) => void = () => {};
    const loadAll = vi
      .fn()
      .mockImplementationOnce(() => new Promise((resolve) => (release = (tickets: Ticket[]) => resolve(loose(tickets)))))
      .mockResolvedValue(loose([ticket(2, { title: 'after import' })]));
    const index = createSearchIndex(loadAll);
    index.warm();
    index.reset();
    release([ticket(1, { title: 'before import' })]);
    expect(ids(await index.matching({ search: 'import' }))).toEqual([expect.any(String)]);
    expect(await index.matching({ search: 'after' })).toHaveLength(1);
  });
});

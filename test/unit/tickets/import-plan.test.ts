import { describe, expect, it } from 'vitest';
import { planImport } from '../../../lib/tickets/import-plan';
import { toRecord } from '../../../lib/tickets/records';
import { storedTicket } from './fixtures';

const none = { byId: undefined, sameNumber: undefined };

describe('planImport', () => {
  it('a ticket twice in one file: added once, the newer copy wins, one write', () => {
    const first = storedTicket({ title: 'first copy', updatedAt: storedTicket().updatedAt });
    const second = { ...first, title: 'second copy', updatedAt: first.updatedAt + 1 };
    const { writes, summary } = planImport([first, second], [none, none]);
    expect(summary).toMatchObject({ added: 1, updated: 1, unchanged: 0 });
    expect(writes).toHaveLength(1);
    expect(writes[0]?.title).toBe('second copy');
  });

  it('the same number under another id in one file updates the first, keeping its id', () => {
    const first = storedTicket();
    const second = { ...storedTicket(), id: crypto.randomUUID(), title: 'renamed', updatedAt: first.updatedAt + 5 };
    const { writes, summary } = planImport([first, second], [none, none]);
    expect(summary).toMatchObject({ added: 1, updated: 1, conflicts: 0 });
    expect(writes.map((record) => [record.id, record.title])).toEqual([[first.id, 'renamed']]);
  });

  it('an older copy than the stored one changes nothing; a deletion in the file is not applied', () => {
    const stored = toRecord(storedTicket());
    const older = { ...storedTicket(), updatedAt: stored.updatedAt - 1, deletedAt: stored.updatedAt };
    const { writes, summary } = planImport([older], [{ byId: stored, sameNumber: stored }]);
    expect(summary).toMatchObject({ unchanged: 1, deletionsIgnored: 1 });
    expect(writes).toEqual([]);
  });
});

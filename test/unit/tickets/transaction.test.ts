import { deleteDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { openTicketDb, type TicketDb } from '../../../lib/tickets/db';
import { toRecord } from '../../../lib/tickets/records';
import { inTransaction, isConstraintError } from '../../../lib/tickets/transaction';
import { storedTicket } from './fixtures';

const NAME = 'tickets-transaction-test';
let db: TicketDb | undefined;

afterEach(async () => {
  db?.close();
  await deleteDB(NAME);
});

describe('inTransaction', () => {
  it('commits and returns the work result', async () => {
    db = await openTicketDb(NAME);
    const key = await inTransaction(db, 'readwrite', (tx) => tx.objectStore('tickets').put(toRecord(storedTicket())));
    expect(key).toBe(storedTicket().id);
    expect(await db.count('tickets')).toBe(1);
  });

  it('aborts on a thrown error, rethrows that error and writes nothing', async () => {
    db = await openTicketDb(NAME);
    const failing = inTransaction(db, 'readwrite', async (tx) => {
      await tx.objectStore('tickets').put(toRecord(storedTicket()));
      throw new Error('validation failed');
    });
    await expect(failing).rejects.toThrow('validation failed');
    expect(await db.count('tickets')).toBe(0);
  });

  it('surfaces a ConstraintError instead of the AbortError of tx.done', async () => {
    db = await openTicketDb(NAME);
    await db.put('tickets', toRecord(storedTicket()));
    const clash = toRecord(storedTicket({ id: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b' }));
    const error: unknown = await inTransaction(db, 'readwrite', (tx) => tx.objectStore('tickets').add(clash)).catch((caught: unknown) => caught);
    expect(isConstraintError(error)).toBe(true);
  });
});

describe('isConstraintError', () => {
  it.each([
    [new DOMException('x', 'ConstraintError'), true],
    [{ name: 'ConstraintError' }, true],
    [new DOMException('x', 'AbortError'), false],
    [null, false],
    ['ConstraintError', false],
  ])('%o → %s', (value, expected) => {
    expect(isConstraintError(value)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { focusAfterAction } from '../../../lib/tickets/focus-after';

describe('focusAfterAction', () => {
  const before = ['a', 'b', 'c'];

  it('keeps focus in a row still listed, on the button that replaced the pressed one, wherever the row moved', () => {
    expect(focusAfterAction('firstResponse', 'b', before, ['a', 'c', 'b'])).toEqual({ kind: 'button', ticketId: 'b', action: 'undoFirstResponse' });
    expect(focusAfterAction('undoFirstResponse', 'b', before, before)).toEqual({ kind: 'button', ticketId: 'b', action: 'firstResponse' });
    expect(focusAfterAction('close', 'a', before, ['b', 'c', 'a'])).toEqual({ kind: 'button', ticketId: 'a', action: 'reopen' });
    expect(focusAfterAction('reopen', 'a', before, before)).toEqual({ kind: 'button', ticketId: 'a', action: 'close' });
    expect(focusAfterAction('pause', 'c', before, before)).toEqual({ kind: 'button', ticketId: 'c', action: 'resume' });
    expect(focusAfterAction('resume', 'c', before, before)).toEqual({ kind: 'button', ticketId: 'c', action: 'pause' });
  });

  it('moves focus to the row that took the place of one that left the list, or the one above at its end', () => {
    expect(focusAfterAction('close', 'b', before, ['a', 'c'])).toEqual({ kind: 'row', ticketId: 'c' });
    expect(focusAfterAction('close', 'c', before, ['a', 'b'])).toEqual({ kind: 'row', ticketId: 'b' });
    // The next row left too (another write in between): the first one below still listed.
    expect(focusAfterAction('close', 'a', ['a', 'b', 'c', 'd'], ['d'])).toEqual({ kind: 'row', ticketId: 'd' });
  });

  it('treats a delete as leaving the list even while the reload has not removed the row yet', () => {
    expect(focusAfterAction('delete', 'b', before, ['a', 'c'])).toEqual({ kind: 'row', ticketId: 'c' });
    expect(focusAfterAction('delete', 'b', before, before)).toEqual({ kind: 'row', ticketId: 'c' });
  });

  it('falls back to the first row when the acted one was unknown, and to the empty list when no row is left', () => {
    expect(focusAfterAction('close', 'x', before, ['c', 'a'])).toEqual({ kind: 'row', ticketId: 'c' });
    expect(focusAfterAction('close', 'a', ['a'], [])).toEqual({ kind: 'list' });
    expect(focusAfterAction('delete', 'a', ['a'], ['a'])).toEqual({ kind: 'list' });
  });
});

import { describe, expect, it } from 'vitest';
import { partitionShowable, unshowableReason } from '../../../lib/tickets/showable';
import { storedTicket, T0 } from './fixtures';

const NOW = T0 + 3_600_000;

describe('unshowableReason', () => {
  it.each([
    ['a normal ticket', {}, null],
    ['created near the end of JS time', { createdAt: 8.6e15 }, 'badTimestamp'],
    ['created in 1970', { createdAt: 0 }, 'badTimestamp'],
    ['updated two days ahead', { updatedAt: NOW + 2 * 86_400_000 }, 'badTimestamp'],
    ['a fractional close', { closedAt: T0 + 0.5 }, 'badTimestamp'],
    ['a pause from 1970', { pausedIntervals: [{ from: 1, to: null }] }, 'badTimestamp'],
    ['answered before created', { firstResponseAt: T0 - 1 }, 'timeOrder'],
    ['an inverted pause', { pausedIntervals: [{ from: T0 + 10, to: T0 + 5 }] }, 'timeOrder'],
  ])('%s → %s', (_, over, expected) => {
    expect(unshowableReason(storedTicket(over), NOW)).toBe(expected);
  });

  it('partitions keeping order, and names the set-apart ones by id and number', () => {
    const good = storedTicket();
    const bad = storedTicket({ id: '11111111-2222-4333-8444-555555555555', number: null, createdAt: 8.6e15 });
    expect(partitionShowable([bad, good], NOW)).toEqual({ showable: [good], unshowable: [{ id: bad.id, number: null, reason: 'badTimestamp' }] });
  });
});

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
    ['no customer', { customer: null }, 'badShape'],
    ['a customer name that is a number', { customer: { name: 7, tenantId: null, domain: null } }, 'badShape'],
    ['a title that is an object', { title: {} }, 'badShape'],
    ['a number that is a number', { number: 2403040018888888 }, 'badShape'],
    ['no severity', { severity: undefined }, 'badShape'],
    ['pauses that are not a list', { pausedIntervals: 'none' }, 'badShape'],
    ['a pause that is null', { pausedIntervals: [null] }, 'badShape'],
    ['a breakFix flag that is text', { breakFix: 'yes' }, 'badShape'],
    ['a severity with no SLA target', { severity: 'Z' }, 'badShape'],
    ['a portal neither of the two', { portal: 'intune' }, 'badShape'],
    ['a title longer than the schema allows today (kinds only, not values)', { title: 'x'.repeat(400) }, null],
    ['a field a version-1 record lacks', { response24x7: undefined, subscriptionId: undefined }, null],
  ])('%s → %s', (_, over, expected) => {
    expect(unshowableReason(storedTicket(over as never), NOW)).toBe(expected);
  });

  it('partitions keeping order, and names the set-apart ones by id and number', () => {
    const good = storedTicket();
    const bad = storedTicket({ id: '11111111-2222-4333-8444-555555555555', number: null, createdAt: 8.6e15 });
    expect(partitionShowable([bad, good], NOW)).toEqual({ showable: [good], unshowable: [{ id: bad.id, number: null, reason: 'badTimestamp' }] });
  });

  it('names a record whose id no text can show without throwing (found by the fuzz property)', () => {
    const odd = storedTicket({ id: { toString: '' } as never });
    const numbered = storedTicket({ id: 42 as never });
    expect(partitionShowable([odd, numbered], NOW).unshowable).toEqual([
      { id: '', number: odd.number, reason: 'badShape' },
      { id: '42', number: numbered.number, reason: 'badShape' },
    ]);
  });
});

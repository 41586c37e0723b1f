import { describe, expect, it } from 'vitest';
import { patchForAction } from '../../../lib/tickets/actions';
import { HOUR, MIN, T0, ticketAged } from './helpers';

describe('patchForAction', () => {
  const open = ticketAged(HOUR);

  it('records the first response now, once', () => {
    expect(patchForAction(open, 'firstResponse', T0)).toEqual({ firstResponseAt: T0 });
    expect(patchForAction({ ...open, firstResponseAt: T0 - MIN }, 'firstResponse', T0)).toBeNull();
    expect(patchForAction({ ...open, firstResponseAt: T0 - MIN }, 'undoFirstResponse', T0)).toEqual({ firstResponseAt: null });
  });

  it('never dates an action before creation (clock set back)', () => {
    expect(patchForAction(open, 'firstResponse', open.createdAt - HOUR)).toEqual({ firstResponseAt: open.createdAt });
    expect(patchForAction(open, 'close', open.createdAt - HOUR)).toEqual({ closedAt: open.createdAt });
  });

  it('closes and reopens, ending a running pause on close', () => {
    const paused = { ...open, pausedIntervals: [{ from: T0 - MIN, to: null }] };
    expect(patchForAction(paused, 'close', T0)).toEqual({ closedAt: T0, paused: false });
    expect(patchForAction({ ...open, closedAt: T0 }, 'close', T0)).toBeNull();
    expect(patchForAction({ ...open, closedAt: T0 }, 'reopen', T0)).toEqual({ closedAt: null });
    expect(patchForAction(open, 'reopen', T0)).toBeNull();
  });

  it('pauses a running clock and resumes a paused one', () => {
    const paused = { ...open, pausedIntervals: [{ from: T0 - MIN, to: null }] };
    expect(patchForAction(open, 'pause', T0)).toEqual({ paused: true });
    expect(patchForAction(paused, 'pause', T0)).toBeNull();
    expect(patchForAction(paused, 'resume', T0)).toEqual({ paused: false });
    expect(patchForAction(open, 'resume', T0)).toBeNull();
    expect(patchForAction({ ...open, closedAt: T0 }, 'pause', T0)).toBeNull();
  });
});

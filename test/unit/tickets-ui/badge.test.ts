import { describe, expect, it } from 'vitest';
import { BADGE_AMBER, BADGE_RED, badgeFor, badgeTitle } from '../../../lib/tickets/badge';

describe('badgeFor', () => {
  it('shows nothing when no open ticket needs attention', () => {
    expect(badgeFor(['onTrack', 'met', 'paused'])).toMatchObject({ text: '', background: null, counts: { open: 3, atRisk: 0, breached: 0 } });
    expect(badgeFor([]).text).toBe('');
  });

  it('counts at-risk and breached tickets, amber when none is breached', () => {
    expect(badgeFor(['atRisk', 'onTrack', 'atRisk'])).toMatchObject({ text: '2', background: BADGE_AMBER, textColor: '#1b1b1b' });
  });

  it('turns red as soon as one ticket is breached', () => {
    expect(badgeFor(['atRisk', 'breached', 'onTrack'])).toMatchObject({ text: '2', background: BADGE_RED, textColor: '#ffffff', counts: { open: 3, atRisk: 1, breached: 1 } });
  });

  it('caps the text at 99+', () => {
    expect(badgeFor(Array.from({ length: 150 }, () => 'breached' as const)).text).toBe('99+');
  });
});

describe('badgeTitle', () => {
  const translate = (key: string, subs: string[] = []) => `${key}(${subs.join(',')})`;
  it('spells out the counts', () => {
    expect(badgeTitle({ open: 5, breached: 1, atRisk: 2 }, translate)).toBe('badgeTitle(5,1,2)');
    expect(badgeTitle({ open: 0, breached: 0, atRisk: 0 }, translate)).toBe('badgeTitleNone()');
  });
});

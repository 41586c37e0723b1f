import { describe, expect, it } from 'vitest';
import { countdownText, portalLabel, severityLabel, stateLabel, stateTone } from '../../../lib/tickets/labels';
import { MIN } from './helpers';

describe('labels', () => {
  it('writes every state out, with the overdue time on a breach', () => {
    expect(stateLabel({ state: 'onTrack', remainingMs: 90 * MIN })).toEqual({ key: 'slaOnTrack' });
    expect(stateLabel({ state: 'atRisk', remainingMs: 5 * MIN })).toEqual({ key: 'slaAtRisk' });
    expect(stateLabel({ state: 'breached', remainingMs: -15 * MIN })).toEqual({ key: 'slaBreached', subs: ['-15m'] });
    for (const state of ['met', 'missed', 'paused', 'closed'] as const) expect(stateLabel({ state, remainingMs: 0 }).key).toMatch(/^sla[A-Z]/);
  });

  it('shows a countdown only while a clock runs or is paused', () => {
    expect(countdownText({ state: 'onTrack', remainingMs: 65 * MIN })).toBe('1h 05m');
    expect(countdownText({ state: 'breached', remainingMs: -15 * MIN })).toBe('-15m');
    expect(countdownText({ state: 'paused', remainingMs: 30 * MIN })).toBe('30m');
    expect(countdownText({ state: 'met', remainingMs: 30 * MIN })).toBe('');
    expect(countdownText({ state: 'closed', remainingMs: 30 * MIN })).toBe('');
  });

  it('maps states to tones, severities and portals to messages', () => {
    expect([stateTone('breached'), stateTone('missed'), stateTone('atRisk'), stateTone('onTrack'), stateTone('paused')]).toEqual(['bad', 'bad', 'warn', 'ok', 'neutral']);
    expect(severityLabel('A')).toEqual({ key: 'severityShort', subs: ['A'] });
    expect(severityLabel('unknown')).toEqual({ key: 'severityUnknown' });
    expect(portalLabel('m365')).toEqual({ key: 'portalM365' });
  });
});

import type { MessageKey } from '../i18n';
import type { SlaState } from '../sla/state';

/**
 * The toolbar badge: how many open tickets need attention (at risk or breached),
 * coloured by the worst of them. Zero shows no badge at all, so a badge always means
 * "look now".
 */

export const BADGE_RED = '#b3261e';
export const BADGE_AMBER = '#f2c744';

export interface BadgeCounts {
  open: number;
  atRisk: number;
  breached: number;
}

export interface Badge {
  text: string;
  /** null when there is no badge. */
  background: string | null;
  /** Dark text on amber, white on red: both keep a contrast ratio above 4.5:1. */
  textColor: string | null;
  counts: BadgeCounts;
}

/** Counts by state of the open tickets' statuses (closed/met/missed ones are not "open" work). */
export function countStates(states: readonly SlaState[]): BadgeCounts {
  const counts: BadgeCounts = { open: states.length, atRisk: 0, breached: 0 };
  for (const state of states) {
    if (state === 'atRisk') counts.atRisk += 1;
    else if (state === 'breached') counts.breached += 1;
  }
  return counts;
}

/** The badge for the states of the open tickets. Counts above 99 show as "99+" to fit the badge. */
export function badgeFor(states: readonly SlaState[]): Badge {
  const counts = countStates(states);
  const attention = counts.atRisk + counts.breached;
  if (attention === 0) return { text: '', background: null, textColor: null, counts };
  const worstIsBreach = counts.breached > 0;
  return {
    text: attention > 99 ? '99+' : String(attention),
    background: worstIsBreach ? BADGE_RED : BADGE_AMBER,
    textColor: worstIsBreach ? '#ffffff' : '#1b1b1b',
    counts,
  };
}

/** The toolbar button's tooltip: the counts behind the badge, in words. */
export function badgeTitle(counts: BadgeCounts, translate: (key: MessageKey, substitutions?: string[]) => string): string {
  if (counts.open === 0) return translate('badgeTitleNone');
  return translate('badgeTitle', [String(counts.open), String(counts.breached), String(counts.atRisk)]);
}

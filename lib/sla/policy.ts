import type { SlaPolicy } from '../settings/schema';
import type { TicketSeverity } from '../severity';

/**
 * Which clock a ticket's initial-response target runs on, from the Partner Center
 * rules: break-fix A/B/C = 2/4/8 h around the clock for English support; local
 * language support is given during business hours; other incidents "may be up to
 * one business day".
 */

/** Which clock a minutes target counts on. */
export type SlaClock = '24x7' | 'businessHours';

/** The initial-response target of one ticket. */
export type SlaTarget = { kind: 'minutes'; minutes: number; clock: SlaClock } | { kind: 'businessDays'; days: number };

/** The ticket fields the target depends on. */
export interface TargetInput {
  severity: TicketSeverity;
  /** A 24x7 response was asked for when the request was filed (optional: older callers and records lack it). */
  response24x7?: boolean;
  breakFix: boolean;
  /** BCP 47 tag of the support language; null when the form did not say. */
  supportLanguage: string | null;
}

/**
 * True for English tags ('en', 'en-US', 'EN_gb'). A missing language counts as
 * English: the portals default to it, and the 24×7 clock is the stricter one, so a
 * wrong guess warns early rather than late.
 */
export function isEnglishSupport(language: string | null): boolean {
  const tag = language?.trim().replace(/_/g, '-') ?? '';
  if (tag === '') return true;
  try {
    // Intl resolves aliases, e.g. the ISO 639-2 code "eng" is "en".
    return new Intl.Locale(tag).language === 'en';
  } catch {
    return false;
  }
}

/** The target for a ticket under `policy`. */
export function targetFor(input: TargetInput, policy: SlaPolicy): SlaTarget {
  if (!input.breakFix) return { kind: 'businessDays', days: policy.nonBreakFixBusinessDays };
  // Unknown severity is treated as C, the least strict documented target: we have no
  // evidence the ticket is urgent, and a false "breached" on a C ticket would teach
  // partners to ignore the badge. The UI should ask for the severity instead.
  const severity = input.severity === 'unknown' ? 'C' : input.severity;
  // A 24x7 response the partner asked for runs around the clock whatever the language or the default clock.
  const clock: SlaClock = input.response24x7 ? '24x7' : policy.localLanguageOnBusinessHours && !isEnglishSupport(input.supportLanguage) ? 'businessHours' : policy.breakFixClock;
  return { kind: 'minutes', minutes: policy.targetMinutes[severity], clock };
}

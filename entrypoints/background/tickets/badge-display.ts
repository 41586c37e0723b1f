import { badgeTitle, type Badge } from '../../../lib/tickets/badge';
import type { Translate } from '../../../lib/tickets/alert-text';

/** The slice of browser.action the badge uses; setBadgeTextColor is missing in older browsers. */
export interface ActionPort {
  setBadgeText(details: { text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { color: string }): Promise<void>;
  setBadgeTextColor?(details: { color: string }): Promise<void>;
  setTitle(details: { title: string }): Promise<void>;
}

/** Paints the badge computed by badgeFor onto the toolbar button. */
export function createBadgeDisplay(action: ActionPort, translate: Translate) {
  return async function showBadge(badge: Badge): Promise<void> {
    await action.setBadgeText({ text: badge.text });
    if (badge.background) await action.setBadgeBackgroundColor({ color: badge.background });
    if (badge.textColor && action.setBadgeTextColor) await action.setBadgeTextColor({ color: badge.textColor });
    await action.setTitle({ title: badgeTitle(badge.counts, translate) });
  };
}

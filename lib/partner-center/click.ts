import { normalizeText } from '../form/text';
import type { Portal } from '../portal';

/**
 * How a click in Partner Center leaves for a portal: which tab it opens in, and (for a button that has no
 * URL to read) which portal its caption names. Pure, for the content script.
 */

export type Navigation = 'newTab' | 'sameTab' | 'unknown';

/** The parts of a mouse event that decide where a link opens. */
export interface ClickFacts {
  type: string;
  button: number;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/** Where following `anchorTarget` (the anchor's `target` attribute) with this click opens the page. */
export function linkNavigation(click: ClickFacts, anchorTarget: string): Navigation {
  // Middle button, the context menu's "Open in new tab", and Ctrl/Cmd/Shift-click open another tab or window.
  if (click.type === 'auxclick' || click.type === 'contextmenu' || click.ctrlKey || click.metaKey || click.shiftKey) return 'newTab';
  const target = anchorTarget.trim().toLowerCase();
  return target === '' || target === '_self' || target === '_top' || target === '_parent' ? 'sameTab' : 'newTab';
}

/** True for the clicks that may follow a link: primary click, middle click, or opening the context menu. */
export function isFollowingClick(click: ClickFacts): boolean {
  if (click.type === 'click') return click.button === 0;
  if (click.type === 'auxclick') return click.button === 1;
  return click.type === 'contextmenu';
}

const AZURE_WORDS = /\bazure\b/;
const M365_WORDS = /\b(?:microsoft 365|office 365|m365|o365|admin cent(?:er|re)|centro de administracion|exchange|sharepoint|teams|intune)\b/;

/** The portal a button's caption names ("Microsoft Azure management portal", "Microsoft 365 admin center"), else null. */
export function buttonPortal(caption: string): Portal | null {
  const text = normalizeText(caption);
  if (AZURE_WORDS.test(text)) return 'azure';
  if (M365_WORDS.test(text)) return 'm365';
  return null;
}

import { isOwnUi, textOf } from './dom';
import { ANNOUNCEMENT_TERMS } from './confirmation-terms';
import { allTerms } from './terms';
import { matchTerm } from './text';
import { requestNumberInText } from '../ids';

/**
 * Request numbers that the portal announces in a notification rather than on a page: the Azure toast
 * (`.fxs-toast…`, it vanishes after a few seconds), the bell's notification list, and live regions. A
 * number counts only inside a notification whose words announce a new request. Hidden notifications
 * are read too: a toast fading out is still the confirmation. Returns the numbers in page order.
 */
export const ANNOUNCEMENT_SELECTOR = '.fxs-toast, .fxs-toast-item, .fxs-notification-item, .fxs-notification-panel li, [role="alert"], [role="status"], [aria-live]';

const NUMBER = requestNumberInText('g');
const TERMS = allTerms(ANNOUNCEMENT_TERMS);
// A notification is short; a long region (a whole blade marked aria-live) is not an announcement.
const MAX_TEXT = 400;

export function announcedNumbers(root: ParentNode): string[] {
  const found: string[] = [];
  for (const element of root.querySelectorAll(ANNOUNCEMENT_SELECTOR)) {
    if (isOwnUi(element)) continue; // our own panel is no portal notification
    if ((element.textContent ?? '').length > MAX_TEXT) continue;
    // Title and description are separate elements: read them with a space between.
    const text = textOf(element, { max: MAX_TEXT });
    if (!matchTerm(text, TERMS, 'words')) continue;
    for (const match of text.matchAll(NUMBER)) if (match[1] && !found.includes(match[1])) found.push(match[1]);
  }
  return found;
}

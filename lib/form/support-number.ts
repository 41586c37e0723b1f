import { ownText, textOf, visibleElements, type SearchRoot } from './dom';
import { allTerms, SUPPORT_NUMBER_LABELS } from './terms';
import { cleanPageText, matchTerm } from './text';

/**
 * The human support request number shown after creation (15–16 digits, e.g. 2510030040007209), read only
 * next to a label that names it: a bare long number on the page may be anything (an order, a tracking id),
 * so no label means null. Serves the Azure details page and any confirmation pane.
 */

const NUMBER = /(?<!\d)(\d{15,16})(?!\d)/;
// Value cells are short; a number inside a paragraph is not read as the request number.
const MAX_VALUE_TEXT = 120;
const LABELS = allTerms(SUPPORT_NUMBER_LABELS);

function numberIn(text: string): string | null {
  const clean = cleanPageText(text, 400);
  if (clean.length > MAX_VALUE_TEXT) return null;
  return NUMBER.exec(clean)?.[1] ?? null;
}

function isLabel(text: string): boolean {
  // 'label' accepts "Support request number:" and "… (copy)"; 'prefix' accepts "Support request number 25100…".
  return matchTerm(text, LABELS, 'label') !== null || matchTerm(text, LABELS, 'prefix') !== null;
}

function valueNear(label: Element): string | null {
  const places: Array<Element | null> = [label, label.nextElementSibling, label.nextElementSibling?.nextElementSibling ?? null, label.parentElement?.nextElementSibling ?? null];
  for (const place of places) {
    const found = place ? numberIn(textOf(place, { max: 400 })) : null;
    if (found) return found;
  }
  // "<div><span>Support request number</span> 2510030040007209</div>": the number is the parent's own text.
  return label.parentElement ? numberIn(ownText(label.parentElement)) : null;
}

/** The 15–16 digit support request number next to a label such as "Support request number", or null. */
export function findSupportRequestNumber(root: SearchRoot): string | null {
  for (const element of visibleElements(root)) {
    const aria = element.getAttribute('aria-label');
    if (aria && isLabel(aria)) {
      const own = numberIn(textOf(element, { max: 400 }));
      if (own) return own;
    }
    const own = ownText(element);
    if (!own || own.length > MAX_VALUE_TEXT || !isLabel(own)) continue;
    const found = valueNear(element);
    if (found) return found;
  }
  return null;
}

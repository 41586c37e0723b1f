import { ownText, textOf, visibleElements, type SearchRoot } from './dom';
import { SUPPORT_NUMBER_LABELS } from './confirmation-terms';
import { allTerms } from './terms';
import { cleanPageText } from '../page-text';
import { matchTerm } from './text';
import { requestNumberInText } from '../ids';

/**
 * The human support request number shown after creation (15–16 digits, e.g. 2510030040007209), read only
 * next to a label that names it: a bare long number on the page may be anything (an order, a tracking id),
 * so no label means null. Serves the Azure details page and any confirmation pane.
 */

const NUMBER = requestNumberInText();
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

/** The day a 16-digit Azure number was issued (YYMMDD…, e.g. 2610010050001472 → 1 Oct 2026), as UTC midnight ms; null for other shapes. */
export function numberIssueDay(number: string): number | null {
  const match = /^(\d{2})(\d{2})(\d{2})\d{10}$/.exec(number);
  if (!match) return null;
  const [year, month, day] = [2000 + Number(match[1]), Number(match[2]), Number(match[3])];
  const at = Date.UTC(year, month - 1, day);
  const date = new Date(at);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? at : null;
}

// Microsoft dates numbers in its own time zone: allow a day either side of the submission's UTC day.
const ISSUE_DAY_SLACK_MS = 2 * 86_400_000;

/**
 * Whether `number` can be the confirmation of a submission made at `submittedAt`: a dated number must
 * carry a day within about a day of it (an older request's number on screen is not this one's); a
 * number without a date shape (15 digits, other portals) cannot be checked and passes.
 */
export function numberFitsSubmission(number: string, submittedAt: number): boolean {
  if (number.length !== 16) return true;
  const issued = numberIssueDay(number);
  if (issued === null) return true; // no date to check against
  const day = Date.UTC(new Date(submittedAt).getUTCFullYear(), new Date(submittedAt).getUTCMonth(), new Date(submittedAt).getUTCDate());
  return Math.abs(issued - day) <= ISSUE_DAY_SLACK_MS;
}

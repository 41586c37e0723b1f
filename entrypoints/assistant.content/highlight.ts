import { FILLED_MARK } from '../../lib/form/apply';

let added = false;

/**
 * The one style the assistant adds to the portal's own document, on its first fill: an outline on
 * the fields it filled, so the partner sees at a glance what to review.
 */
export function ensureHighlightStyle(doc: Document = document): void {
  if (added) return;
  added = true;
  const style = doc.createElement('style');
  style.textContent = `[${FILLED_MARK}] { outline: 2px solid #107c10 !important; outline-offset: 1px; }`;
  (doc.head ?? doc.documentElement).append(style);
}

import { FILLED_MARK } from './apply';

const styled = new WeakSet<Document>();

/**
 * The one style the assistant adds to the portal's own document, on its first fill: an outline on
 * the fields it filled, so the partner sees at a glance what to review.
 */
export function ensureHighlightStyle(doc: Document): void {
  if (styled.has(doc)) return;
  styled.add(doc);
  const style = doc.createElement('style');
  style.textContent = `[${FILLED_MARK}] { outline: 2px solid #107c10 !important; outline-offset: 1px; }`;
  (doc.head ?? doc.documentElement).append(style);
}

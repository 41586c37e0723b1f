import { parentAcrossShadow } from './dom';

/**
 * Whether a person can see and use a control now, judged as the browser renders it (computed style
 * and geometry, not inline style): nothing on the way up is display:none, invisible, transparent,
 * inert, aria-hidden or a closed <details>; the control is enabled, has a size, and is not parked
 * beyond the page's top or left edge (a blade being prepared off-screen). The assistant fills only
 * such controls: partner data never goes into a form nobody can see.
 */
export interface UsableOptions {
  /**
   * Judge size and position. Off in an engine without layout (every box is 0×0 there); the style
   * checks still apply.
   */
  geometry: boolean;
}

const NEARLY_TRANSPARENT = 0.05;

function closedDetailsAround(element: Element, ancestor: Element): boolean {
  if (ancestor.tagName !== 'DETAILS' || (ancestor as HTMLDetailsElement).open) return false;
  // The summary of a closed <details> still shows.
  const summary = ancestor.querySelector(':scope > summary');
  return !(summary && (summary === element || summary.contains(element)));
}

export function isUsable(element: Element, options: UsableOptions): boolean {
  const view = element.ownerDocument.defaultView;
  if (!view) return false;
  if (element.hasAttribute('disabled') || element.getAttribute('aria-disabled') === 'true') return false;
  const own = view.getComputedStyle(element);
  if (own.visibility === 'hidden' || own.visibility === 'collapse') return false;
  let opacity = 1;
  for (let node: Element | null = element; node; node = parentAcrossShadow(node)) {
    if (node.hasAttribute('inert') || node.getAttribute('aria-hidden') === 'true' || node.hasAttribute('hidden')) return false;
    if (node !== element && closedDetailsAround(element, node)) return false;
    const style = node === element ? own : view.getComputedStyle(node);
    if (style.display === 'none') return false;
    opacity *= Number.parseFloat(style.opacity || '1');
    if (opacity < NEARLY_TRANSPARENT) return false;
  }
  if (!options.geometry) return true;
  const box = element.getBoundingClientRect();
  if (box.width < 1 || box.height < 1) return false;
  // Beyond the top or left edge no scrolling brings it into view.
  return box.right + view.scrollX > 0 && box.bottom + view.scrollY > 0;
}

/** True when this engine lays pages out (a real browser), so geometry can be judged. */
export function hasLayout(doc: Document): boolean {
  const root = doc.documentElement.getBoundingClientRect();
  return root.width > 0 || root.height > 0;
}

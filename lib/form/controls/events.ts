/**
 * The DOM events a person's actions produce, dispatched so that the portals' own frameworks
 * (React, Knockout) accept the change. Serves every control filler.
 */

/**
 * Sets a value through the element prototype's setter, then fires input/change/blur. React keeps
 * a value tracker on the node; going through the prototype setter is what makes React see an
 * `input` event as a real change, and Knockout validates on change/blur. The field is not focused:
 * the partner's focus stays where it was, and a React form is spared the re-renders of a focus
 * change on every field it fills.
 */
export function setNativeValue(element: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  const view = element.ownerDocument.defaultView ?? window;
  const proto =
    element instanceof view.HTMLTextAreaElement ? view.HTMLTextAreaElement.prototype : element instanceof view.HTMLSelectElement ? view.HTMLSelectElement.prototype : view.HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(element, value);
  element.dispatchEvent(new Event('input', { bubbles: true }));
  element.dispatchEvent(new Event('change', { bubbles: true }));
  element.dispatchEvent(new FocusEvent('blur'));
  element.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
}

/** The pointer and mouse sequence of a click: Knockout Fx dropdowns act on mouseup, Fluent on click. */
export function pressWithMouse(element: Element): void {
  const view = element.ownerDocument.defaultView ?? window;
  const init: MouseEventInit = { bubbles: true, cancelable: true, composed: true, button: 0, view };
  const PointerCtor = view.PointerEvent ?? view.MouseEvent;
  element.dispatchEvent(new PointerCtor('pointerdown', init));
  element.dispatchEvent(new view.MouseEvent('mousedown', init));
  element.dispatchEvent(new PointerCtor('pointerup', init));
  element.dispatchEvent(new view.MouseEvent('mouseup', init));
  element.dispatchEvent(new view.MouseEvent('click', init));
}

export function pressKey(element: Element, key: string): void {
  const view = element.ownerDocument.defaultView ?? window;
  for (const type of ['keydown', 'keyup'] as const) {
    element.dispatchEvent(new view.KeyboardEvent(type, { key, bubbles: true, cancelable: true, composed: true }));
  }
}

/**
 * Resolves with the first element `find` returns, re-checking on DOM changes only (no polling),
 * or null after `timeoutMs`. Used while a fill is in progress, for popups that render a moment
 * after they are opened.
 */
export function waitForElement<T extends Element>(doc: Document, find: () => T | null | undefined, timeoutMs = 1500): Promise<T | null> {
  const found = find();
  if (found) return Promise.resolve(found);
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const element = find();
      if (element) finish(element);
    });
    const timer = setTimeout(() => finish(null), timeoutMs);
    function finish(element: T | null) {
      clearTimeout(timer);
      observer.disconnect();
      resolve(element);
    }
    observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'aria-expanded', 'hidden', 'style'] });
  });
}

/**
 * DOM helpers shared by the form modules: visibility without layout (happy-dom and hidden portal
 * iframes have none), a deep walk that enters open shadow roots and skips our own UI, and text reading.
 */

/** Where a search runs: a whole document, a shadow root or one subtree. */
export type SearchRoot = Document | ShadowRoot | Element;

/** Attribute on every element the assistant renders; nothing under it is ever read as page content. */
export const OWN_UI_ATTRIBUTE = 'data-csp-assistant';

const NEVER_RENDERED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'META', 'LINK']);
// Inline elements join their text without a space, so "Email<span>*</span>" reads "Email*".
const INLINE = new Set(['SPAN', 'B', 'I', 'EM', 'STRONG', 'A', 'ABBR', 'SMALL', 'SUP', 'SUB', 'MARK', 'U', 'S', 'CODE', 'BDI', 'BDO', 'Q', 'TIME', 'DATA', 'FONT', 'LABEL']);
const FORM_CONTROLS = 'input, select, textarea, [role="listbox"], [role="combobox"]';

// Node-type checks, not instanceof: a frame's nodes (and happy-dom's documents) come from another realm.
function isElementNode(node: Node): node is Element {
  return node.nodeType === Node.ELEMENT_NODE;
}

/** True when the node is a shadow root. */
export function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in node;
}

/** The element's parent, crossing out of a shadow root to its host. */
export function parentAcrossShadow(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return isShadowRoot(root) ? root.host : null;
}

/** True when this element alone hides itself and its subtree (attribute or inline style), or is ours. */
export function hidesSubtree(element: Element): boolean {
  if (NEVER_RENDERED.has(element.tagName)) return true;
  if (element.hasAttribute('hidden') || element.hasAttribute(OWN_UI_ATTRIBUTE)) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  if (element.tagName === 'INPUT' && (element as HTMLInputElement).type === 'hidden') return true;
  const style = (element as HTMLElement).style as CSSStyleDeclaration | undefined;
  return style !== undefined && (style.display === 'none' || style.visibility === 'hidden');
}

/** True when the element or any ancestor (across shadow roots) is hidden or belongs to our UI. */
export function isHidden(element: Element): boolean {
  for (let node: Element | null = element; node; node = parentAcrossShadow(node)) {
    if (hidesSubtree(node)) return true;
  }
  return false;
}

/** True when the element sits inside the assistant's own UI. */
export function isOwnUi(element: Element): boolean {
  for (let node: Element | null = element; node; node = parentAcrossShadow(node)) {
    if (node.hasAttribute(OWN_UI_ATTRIBUTE)) return true;
  }
  return false;
}

/**
 * Every visible element under `root` in document order, entering open shadow roots, pruning hidden
 * subtrees and our own UI. An Element root that is itself hidden yields nothing.
 */
export function visibleElements(root: SearchRoot): Element[] {
  if (isElementNode(root) && isHidden(root)) return [];
  const out: Element[] = [];
  const stack: Element[] = [];
  const pushChildren = (parent: ParentNode) => {
    for (let index = parent.children.length - 1; index >= 0; index--) {
      const child = parent.children[index];
      if (child) stack.push(child);
    }
  };
  if (isElementNode(root)) stack.push(root);
  else pushChildren(root);
  while (stack.length > 0) {
    const element = stack.pop() as Element;
    if (hidesSubtree(element)) continue;
    out.push(element);
    // Shadow content renders in place of light children, but slotted light children still render: walk both.
    pushChildren(element);
    if (element.shadowRoot) pushChildren(element.shadowRoot);
  }
  return out;
}

/** The element with this id in the same tree as `context` (document or shadow root). */
export function elementById(context: Node, id: string): Element | null {
  const root = context.getRootNode() as Partial<Pick<Document, 'getElementById'>>;
  return typeof root.getElementById === 'function' ? root.getElementById(id) : null;
}

/** Options for `textOf`. */
export interface TextOptions {
  /** Leave out the text of form controls and option lists inside the node (a wrapping label's select). */
  skipControls?: boolean;
  /** Stop reading after this many characters (default 300): labels are short, containers are not. */
  max?: number;
  /** Leave out descendants for which this returns true (a dropdown's placeholder span). */
  skip?: (element: Element) => boolean;
}

/** Visible text of a node, single-spaced; hidden descendants and our UI are left out. */
export function textOf(node: Node, options: TextOptions = {}): string {
  const max = options.max ?? 300;
  let text = '';
  const visit = (current: Node): void => {
    if (text.length > max) return;
    if (current.nodeType === Node.TEXT_NODE) {
      text += current.nodeValue ?? '';
      return;
    }
    if (!isElementNode(current)) return;
    if (current !== node && (hidesSubtree(current) || (options.skipControls && current.matches(FORM_CONTROLS)) || options.skip?.(current))) return;
    const spaced = !INLINE.has(current.tagName);
    if (spaced) text += ' ';
    for (const child of Array.from(current.childNodes)) visit(child);
    if (spaced) text += ' ';
  };
  if (isElementNode(node)) for (const child of Array.from(node.childNodes)) visit(child);
  else visit(node);
  return text.replace(/\s+/g, ' ').trim().slice(0, max);
}

/** The element's own text nodes only (not its children's), single-spaced. */
export function ownText(element: Element): string {
  let text = '';
  for (const child of Array.from(element.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) text += child.nodeValue ?? '';
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** True for an <input> (by tag name, so it also holds for nodes of another realm). */
export function isInputElement(element: Element): element is HTMLInputElement {
  return element.tagName === 'INPUT';
}

/** True for a <textarea>. */
export function isTextAreaElement(element: Element): element is HTMLTextAreaElement {
  return element.tagName === 'TEXTAREA';
}

/** Every open shadow root under `root`, nested ones included. */
export function openShadowRoots(root: Document | ShadowRoot): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (scope: Document | ShadowRoot) => {
    for (const element of Array.from(scope.querySelectorAll('*'))) {
      if (element.shadowRoot) {
        found.push(element.shadowRoot);
        visit(element.shadowRoot);
      }
    }
  };
  visit(root);
  return found;
}

import { elementById, ownText, textOf, visibleElements, type SearchRoot } from '../form/dom';
import { labelForms, normalizeText } from '../form/text';

/**
 * Values of labelled fields on a page ("Microsoft ID" → the tenant id), whatever the markup: a
 * definition list, a two-column table, `<label for>`, `aria-labelledby`, a label and its value as
 * siblings or cousins, or both in one text ("Microsoft ID: 2222…"). Partner Center's own markup is
 * not documented (docs/research/portal-facts.md §4), so every shape is tried and the caller validates the value.
 */

const MAX_LABEL = 80;
const MAX_VALUE = 300;

function valueText(element: Element): string {
  if ('value' in element && typeof element.value === 'string' && element.tagName !== 'BUTTON' && element.tagName !== 'LI') return element.value.trim();
  return textOf(element, { max: MAX_VALUE });
}

/** The value of the field `label` names, by structure; '' when none is found. */
function valueFor(label: Element): string {
  const forId = label.getAttribute('for');
  const target = forId ? elementById(label, forId) : null;
  if (target) return valueText(target);
  if (label.id) {
    const root = label.getRootNode() as ParentNode;
    const labelled = root.querySelector?.(`[aria-labelledby~="${CSS.escape(label.id)}"]`);
    if (labelled && labelled !== label) return valueText(labelled);
  }
  // "<p><strong>Microsoft ID:</strong> 2222…</p>": the value is the parent's own text.
  const inline = label.parentElement ? ownText(label.parentElement) : '';
  if (inline) return inline.slice(0, MAX_VALUE);
  // The label's own next sibling, else its wrapper's (label and value each wrapped in a cell or div).
  let node: Element | null = label;
  for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
    const next = node.nextElementSibling;
    if (next) return valueText(next);
  }
  return '';
}

/** True when some child element carries the same text: then the child is the label, not this container. */
function hasSameTextChild(element: Element, normalized: string): boolean {
  return Array.from(element.children).some((child) => normalizeText(textOf(child, { max: MAX_LABEL + 20 })) === normalized);
}

/** Every value shown for a field labelled with one of `labels` (EN/ES variants), in document order. */
export function labelledValues(root: SearchRoot, labels: readonly string[]): string[] {
  const wanted = new Set(labels.map(normalizeText));
  const values: string[] = [];
  for (const element of visibleElements(root)) {
    const text = textOf(element, { max: MAX_LABEL + 200 });
    if (!text || text.length > MAX_LABEL + 200) continue;
    const forms = labelForms(text);
    const whole = forms[0] ?? '';
    if (wanted.has(whole)) {
      if (text.length > MAX_LABEL || hasSameTextChild(element, whole)) continue;
      const value = valueFor(element);
      if (value && normalizeText(value) !== whole) values.push(value);
      continue;
    }
    // "Microsoft ID: 2222…" in one element: the label is the head, the value what follows the separator.
    const head = forms[1];
    if (head && wanted.has(head) && !Array.from(element.children).some((child) => labelForms(textOf(child, { max: MAX_LABEL + 200 })).includes(head))) {
      const rest = text.slice(text.search(/[:：]/) + 1).trim();
      if (/[:：]/.test(text) && rest) values.push(rest);
    }
  }
  return values;
}

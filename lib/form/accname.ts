import { elementById, textOf } from './dom';
import { cleanPageText } from '../page-text';

/**
 * A simplified accessible-name computation (WAI-ARIA accname, the parts the portals use): the name a
 * screen reader would announce is the most stable label a hashed-class Fluent or Knockout page offers.
 */

const GROUP_SELECTOR = '[role="radiogroup"], [role="group"], fieldset, .ms-ChoiceFieldGroup';
// A group's own caption: a legend, heading or label that is not an option's label.
const GROUP_CAPTION = 'legend, [role="heading"], h1, h2, h3, h4, h5, h6, label:not([for]), .ms-Label:not([for])';

function labelText(element: Element): string {
  return cleanPageText(textOf(element, { skipControls: true }));
}

function labelledByParts(element: Element): string[] {
  const ids = (element.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  const parts: string[] = [];
  for (const id of ids) {
    // Referenced elements count even when hidden (accname step 2B), so read them directly.
    const target = id === element.id ? null : elementById(element, id);
    const text = target ? labelText(target) : '';
    if (text) parts.push(text);
  }
  return parts;
}

function forLabels(element: Element): string[] {
  const out: string[] = [];
  const id = element.id;
  if (id) {
    const root = element.getRootNode() as ParentNode;
    for (const label of Array.from(root.querySelectorAll('label[for]'))) {
      if (label.getAttribute('for') === id) out.push(labelText(label));
    }
  }
  const wrapping = element.closest('label');
  if (wrapping) out.push(labelText(wrapping));
  return out.filter(Boolean);
}

function groupCaption(element: Element): string {
  if (!element.matches(GROUP_SELECTOR)) return '';
  for (const caption of Array.from(element.querySelectorAll(GROUP_CAPTION))) {
    // A label wrapping an input is an option's label, not the group's caption.
    if (caption.querySelector('input')) continue;
    const text = labelText(caption);
    if (text) return text;
  }
  return '';
}

/**
 * Every text that may name this control, most specific first: aria-labelledby (joined, then each part,
 * because Fluent joins the label id with the value's id), aria-label, label[for] and wrapping label,
 * a group's legend or caption, title, placeholder.
 */
export function labelCandidates(element: Element): string[] {
  const parts = labelledByParts(element);
  const candidates = [
    parts.join(' '),
    ...(parts.length > 1 ? parts : []),
    element.getAttribute('aria-label') ?? '',
    ...forLabels(element),
    groupCaption(element),
    element.getAttribute('title') ?? '',
    element.getAttribute('placeholder') ?? '',
    element.getAttribute('aria-placeholder') ?? '',
  ];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const candidate of candidates) {
    const text = cleanPageText(candidate);
    if (text && !seen.has(text)) {
      seen.add(text);
      out.push(text);
    }
  }
  return out;
}

/** The control's accessible name (simplified): the first non-empty label candidate, or ''. */
export function controlLabel(element: Element): string {
  return labelCandidates(element)[0] ?? '';
}

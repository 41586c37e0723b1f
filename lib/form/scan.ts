import { labelCandidates } from './accname';
import { elementById, isInputElement, ownText, textOf, visibleElements, type SearchRoot } from './dom';
import { cleanPageText } from '../page-text';

/**
 * One pass over a page (or frame, or shadow root) that collects what the form modules match against:
 * control units with their label candidates, and the page's short texts classified by context.
 */

/** The control families the fillers know how to drive. */
export type ControlKind = 'text' | 'textarea' | 'select' | 'fluent-dropdown' | 'fluent-combobox' | 'knockout-dropdown' | 'radio-group' | 'checkbox';

/** One fillable control (a radio group counts as one), in document order. */
export interface ControlUnit {
  element: HTMLElement;
  kind: ControlKind;
  /** Texts that may name it, most specific first (see `labelCandidates`). */
  labels: string[];
}

/** Where a piece of page text sits, which decides what it may mean. */
export type TextContext = 'text' | 'action' | 'tab' | 'choice';

/** A short visible text of the page. */
export interface TextItem {
  element: Element;
  texts: string[];
  context: TextContext;
  /** The icon an icon-only button shows (Fluent's `data-icon-name`, or an MDL2 `ms-Icon--<name>` class). */
  icon?: string;
}

/** What `scanPage` found, both lists in document order. */
export interface PageScan {
  units: ControlUnit[];
  texts: TextItem[];
}

const CONTROL_SELECTOR = [
  'input',
  'textarea',
  'select',
  '[role="combobox"]',
  '[role="radiogroup"]',
  '[role="radio"]',
  '[role="textbox"]',
  '[role="checkbox"]',
  '[role="switch"]',
  '[contenteditable="true"]',
  '.fxc-dropdown-input',
  '.ms-Dropdown',
].join(', ');
const TEXT_INPUT_TYPES = new Set(['', 'text', 'email', 'tel', 'number', 'search', 'url']);
const KNOCKOUT_DROPDOWN = '.fxc-dropdown-input, .fxc-dropdown, .azc-dropdown';
const RADIO_CONTAINER = '[role="radiogroup"], fieldset, .ms-ChoiceFieldGroup, .azc-optionPicker';
const RADIO = 'input[type="radio"], [role="radio"]';
const NON_RADIO_CONTROL = 'input:not([type="radio"]), select, textarea, [role="combobox"], [role="textbox"]';
const ACTION = 'button:not([role]), [role="button"], a[href], [role="link"], [role="menuitem"], input[type="submit"], input[type="button"]';
const TAB = '[role="tab"]';
// Texts inside these are values or option names, never field labels.
const INSIDE_CHOICE = 'option, [role="option"], [role="listbox"], select, textarea, [role="radio"], [role="combobox"], [role="menu"], .ms-Dropdown, .fxc-dropdown-input';
const CAPTION = 'label, legend, h1, h2, h3, h4, h5, h6, [role="heading"], th, dt, .azc-text-label, .ms-Label';

/** The control family of an element, or null when it is not a control the assistant handles. */
export function controlKind(element: Element): ControlKind | null {
  const tag = element.tagName;
  const role = element.getAttribute('role');
  if (tag === 'INPUT') {
    const type = (element as HTMLInputElement).type.toLowerCase();
    if (type === 'checkbox') return 'checkbox';
    if (type === 'radio') return 'radio-group';
    if (!TEXT_INPUT_TYPES.has(type)) return null;
    if (element.closest(KNOCKOUT_DROPDOWN)) return 'knockout-dropdown';
    return role === 'combobox' ? 'fluent-combobox' : 'text';
  }
  if (tag === 'TEXTAREA') return 'textarea';
  if (tag === 'SELECT') return 'select';
  if (role === 'radiogroup' || role === 'radio') return 'radio-group';
  if (role === 'checkbox' || role === 'switch') return 'checkbox';
  if (element.closest(KNOCKOUT_DROPDOWN)) return 'knockout-dropdown';
  if (element.closest('.ms-Dropdown')) return 'fluent-dropdown';
  if (role === 'combobox') return 'fluent-combobox';
  if (role === 'textbox' || element.getAttribute('contenteditable') === 'true') {
    return element.getAttribute('aria-multiline') === 'true' ? 'textarea' : 'text';
  }
  return null;
}

function commonAncestor(elements: Element[]): Element | null {
  const [first, ...rest] = elements;
  for (let node = first?.parentElement ?? null; node; node = node.parentElement) {
    if (rest.every((element) => node.contains(element))) return node;
  }
  return null;
}

// The smallest element that holds one radio group and no other control, so a fieldset around a whole
// section never becomes "the radio group" and swallows the text boxes beside it.
function radioGroupOf(radio: Element): Element {
  const holdsOnlyRadios = (element: Element | null): element is Element => element !== null && element.querySelector(NON_RADIO_CONTROL) === null;
  const container = radio.closest(RADIO_CONTAINER);
  if (holdsOnlyRadios(container)) return container;
  const name = radio.getAttribute('name');
  if (name) {
    const root = radio.getRootNode() as ParentNode;
    const sameName = Array.from(root.querySelectorAll(RADIO)).filter((element) => element.getAttribute('name') === name);
    const ancestor = sameName.length > 1 ? commonAncestor(sameName) : null;
    if (holdsOnlyRadios(ancestor)) return ancestor;
  }
  return radio.parentElement ?? radio;
}

// Dropdown-like controls contain their own inputs and value spans; those belong to the outer control.
function absorbsInner(unit: ControlUnit): boolean {
  return unit.kind === 'knockout-dropdown' || unit.kind === 'fluent-dropdown' || unit.kind === 'select' || (unit.kind === 'fluent-combobox' && unit.element.tagName !== 'INPUT');
}

function collectUnits(elements: Element[]): ControlUnit[] {
  const units: ControlUnit[] = [];
  const byElement = new Map<Element, ControlUnit>();
  for (const candidate of elements) {
    if (!candidate.matches(CONTROL_SELECTOR)) continue;
    const kind = controlKind(candidate);
    if (!kind) continue;
    const element = (kind === 'radio-group' && candidate.matches(RADIO) ? radioGroupOf(candidate) : candidate) as HTMLElement;
    if (byElement.has(element)) continue;
    const outer = units.find((unit) => absorbsInner(unit) && unit.element !== element && unit.element.contains(element));
    if (outer) {
      // Keep the outer control; its inner combobox often carries the aria-labelledby.
      for (const label of labelCandidates(element)) if (!outer.labels.includes(label)) outer.labels.push(label);
      continue;
    }
    const unit: ControlUnit = { element, kind, labels: labelCandidates(element) };
    byElement.set(element, unit);
    units.push(unit);
  }
  return units;
}

function labelsRadio(label: Element): boolean {
  if (label.querySelector('input[type="radio"]')) return true;
  const id = label.getAttribute('for');
  if (!id) return false;
  return elementById(label, id)?.matches('input[type="radio"]') ?? false;
}

const ICON = '[data-icon-name], [class*="ms-Icon--"]';

/** The name of the icon an otherwise nameless button shows: all a person sees of it. */
function iconName(action: Element): string | undefined {
  const icon = action.querySelector(ICON);
  if (!icon) return undefined;
  return icon.getAttribute('data-icon-name') ?? /(?:^|\s)ms-Icon--([\w-]+)/.exec(icon.getAttribute('class') ?? '')?.[1];
}

function collectTexts(elements: Element[]): TextItem[] {
  const texts: TextItem[] = [];
  for (const element of elements) {
    if (element.matches(TAB)) {
      texts.push({ element, texts: [cleanPageText(textOf(element, { max: 120 }))], context: 'tab' });
      continue;
    }
    if (element.matches(ACTION)) {
      const value = isInputElement(element) ? element.value : textOf(element, { max: 120 });
      const items = [value, element.getAttribute('aria-label') ?? '', element.getAttribute('title') ?? ''].map((text) => cleanPageText(text)).filter(Boolean);
      const icon = items.length ? undefined : iconName(element);
      if (items.length || icon) texts.push({ element, texts: items, context: 'action', icon });
      continue;
    }
    // Text inside a button or tab was read with it above.
    if (element.parentElement?.closest(`${ACTION}, ${TAB}`)) continue;
    const own = ownText(element);
    const caption = element.matches(CAPTION);
    if (!own && !caption) continue;
    const items = new Set<string>();
    if (caption) items.add(cleanPageText(textOf(element, { skipControls: true, max: 120 })));
    if (own && own.length <= 120) items.add(cleanPageText(own));
    items.delete('');
    if (items.size === 0) continue;
    const radioLabel = element.closest('label');
    const context: TextContext = element.closest(INSIDE_CHOICE) || (radioLabel && labelsRadio(radioLabel)) ? 'choice' : 'text';
    texts.push({ element, texts: [...items], context });
  }
  return texts;
}

/** Collect visible control units and short texts under `root`, skipping hidden parts and our own UI. */
export function scanPage(root: SearchRoot): PageScan {
  const elements = visibleElements(root);
  return { units: collectUnits(elements), texts: collectTexts(elements) };
}

import { pressKey, pressWithMouse, waitForElement } from './events';
import { asChooser, clean, isDisabled, type FillOutcome, type OptionChooser } from './types';

/**
 * ARIA comboboxes whose options render in a popup listbox: Fluent UI v8 Dropdown and ComboBox
 * (the list lives in a Layer appended to <body>), Fluent v9 Combobox/Dropdown, and any
 * portal control that follows the ARIA pattern.
 */
/** The listbox the combobox controls, found by aria-controls/aria-owns, then any visible one. */
function findListbox(trigger: Element): Element | null {
  const doc = trigger.ownerDocument;
  const ids = [trigger.getAttribute('aria-controls'), trigger.getAttribute('aria-owns')].join(' ').split(/\s+/).filter(Boolean);
  for (const id of ids) {
    const byId = doc.getElementById(id);
    if (byId) return byId.matches('[role="listbox"]') ? byId : (byId.querySelector('[role="listbox"]') ?? byId);
  }
  const open = [...doc.querySelectorAll('[role="listbox"]')].filter((box) => box.querySelector('[role="option"]') && !box.closest('[hidden],[aria-hidden="true"]'));
  return open.at(-1) ?? null;
}

export async function chooseInCombobox(element: Element, target: string | OptionChooser): Promise<FillOutcome> {
  if (isDisabled(element)) return { ok: false, reason: 'disabled' };
  const trigger = element.matches('[role="combobox"]') ? element : (element.querySelector('[role="combobox"]') ?? element);
  (trigger as HTMLElement).focus?.({ preventScroll: true });
  pressWithMouse(trigger);
  const listbox = await waitForElement(trigger.ownerDocument, () => (trigger.getAttribute('aria-expanded') === 'false' ? null : findListbox(trigger)));
  if (!listbox) return { ok: false, reason: 'noPopup' };
  const options = [...listbox.querySelectorAll('[role="option"]')].filter((option) => !isDisabled(option));
  const index = asChooser(target)(options.map((option) => clean(option.textContent)));
  const option = options[index];
  if (!option) {
    pressKey(trigger, 'Escape');
    return { ok: false, reason: 'noOption' };
  }
  const chosen = clean(option.textContent);
  pressWithMouse(option);
  return { ok: true, value: chosen };
}

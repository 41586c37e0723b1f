import { pressWithMouse, waitForElement } from './events';
import { asChooser, clean, isDisabled, type Filler } from './types';

/**
 * The Azure portal's Knockout Fx dropdown (`.fxc-dropdown-input`): not a <select>; it opens and
 * selects on mouseup, which is what the public automation of these blades dispatches.
 */
const OPTION = '.fxc-dropdown-option, [role="option"]';

function visibleOptions(input: Element): Element[] {
  const doc = input.ownerDocument;
  const popupId = input.getAttribute('aria-controls') ?? input.getAttribute('aria-owns');
  const popup = (popupId && doc.getElementById(popupId)) || input.closest('.fxc-dropdown, .azc-formElementContainer') || doc;
  const scoped = [...popup.querySelectorAll(OPTION)];
  const candidates = scoped.length > 0 ? scoped : [...doc.querySelectorAll('.fxc-dropdown-popup .fxc-dropdown-option, .fxc-dropdown-option')];
  return candidates.filter((option) => !option.closest('[hidden],[aria-hidden="true"]') && (option as HTMLElement).style?.display !== 'none');
}

export const knockoutDropdownFiller: Filler = {
  async fill(element, target) {
    if (isDisabled(element)) return { ok: false, reason: 'disabled' };
    pressWithMouse(element);
    const first = await waitForElement(element.ownerDocument, () => visibleOptions(element)[0]);
    if (!first) return { ok: false, reason: 'noPopup' };
    const options = visibleOptions(element);
    const option = options[asChooser(target)(options.map((o) => clean(o.textContent)))];
    if (!option) {
      pressWithMouse(element);
      return { ok: false, reason: 'noOption' };
    }
    const chosen = clean(option.textContent);
    pressWithMouse(option);
    return { ok: true, value: chosen };
  },
};

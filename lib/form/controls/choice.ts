import { pressWithMouse } from './events';
import { asChooser, clean, isDisabled, type Filler } from './types';

/**
 * Radio groups (native, Fluent ChoiceGroup, Knockout option pickers) and checkboxes: chosen by
 * the visible name of each choice.
 */
const CHOICES = 'input[type="radio"], [role="radio"], li.azc-optionPicker-item, [role="option"]';

function choiceName(choice: Element): string {
  const labelledBy = choice.getAttribute('aria-labelledby');
  if (labelledBy)
    return clean(
      labelledBy
        .split(/\s+/)
        .map((id) => choice.ownerDocument.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
  const ariaLabel = choice.getAttribute('aria-label');
  if (ariaLabel) return clean(ariaLabel);
  if (choice.id) {
    const label = choice.ownerDocument.querySelector(`label[for="${CSS.escape(choice.id)}"]`);
    if (label) return clean(label.textContent);
  }
  return clean((choice.closest('label') ?? choice).textContent);
}

function isChecked(choice: Element): boolean {
  return (
    (choice as HTMLInputElement).checked === true ||
    choice.getAttribute('aria-checked') === 'true' ||
    choice.getAttribute('aria-selected') === 'true' ||
    choice.classList.contains('azc-optionPicker-item-selected')
  );
}

export const radioGroupFiller: Filler = {
  async fill(group, target) {
    const choices = [...group.querySelectorAll(CHOICES)];
    const choice = choices[asChooser(target)(choices.map(choiceName))];
    if (!choice) return { ok: false, reason: 'noOption' };
    if (isDisabled(choice)) return { ok: false, reason: 'disabled' };
    if (!isChecked(choice)) {
      const clickable = choice.matches('input') ? choice : (choice.querySelector('input') ?? choice);
      pressWithMouse(clickable);
    }
    return isChecked(choice) || choice.matches('li') ? { ok: true, value: choiceName(choice) } : { ok: false, reason: 'rejected' };
  },
};

/** A checkbox; target "true"/"false". */
export const checkboxFiller: Filler = {
  async fill(box, target) {
    const input = box.matches('input, [role="checkbox"]') ? box : box.querySelector('input, [role="checkbox"]');
    if (!input || typeof target !== 'string') return { ok: false, reason: 'noOption' };
    if (isDisabled(input)) return { ok: false, reason: 'disabled' };
    if (String(isChecked(input)) !== target) pressWithMouse(input);
    return { ok: true, value: String(isChecked(input)) };
  },
};

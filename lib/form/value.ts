import { labelCandidates } from './accname';
import { isInputElement, isTextAreaElement, textOf } from './dom';
import type { FoundControl } from './fields';
import { cleanPageText } from '../page-text';

/**
 * What a found control currently shows, so the planner can leave what the partner typed alone and
 * re-check after a fill (the portal resets fields when Issue type or Service changes).
 */

// Dropdowns render their placeholder ("Select a plan") where the value goes; it is not a value.
const isPlaceholder = (element: Element): boolean => /placeholder/i.test(element.getAttribute('class') ?? '') || element.matches('[role="listbox"], [role="option"], svg, i');

function shownText(element: Element): string {
  return cleanPageText(textOf(element, { skip: isPlaceholder, max: 200 }));
}

function checkedRadioText(group: Element): string {
  const checked = Array.from(group.querySelectorAll('input[type="radio"], [role="radio"]')).find((radio) => (isInputElement(radio) ? radio.checked : radio.getAttribute('aria-checked') === 'true'));
  if (!checked) return '';
  const label = labelCandidates(checked)[0] ?? '';
  if (label) return label;
  return isInputElement(checked) ? cleanPageText(checked.value) : shownText(checked);
}

function dropdownText(element: HTMLElement): string {
  const title = element.querySelector('.ms-Dropdown-title');
  if (title) return title.classList.contains('ms-Dropdown-titleIsPlaceHolder') ? '' : shownText(title);
  const valueText = element.getAttribute('aria-valuetext');
  if (valueText) return cleanPageText(valueText);
  const input = isInputElement(element) ? element : element.querySelector('input');
  if (input?.value) return cleanPageText(input.value);
  return shownText(element);
}

/**
 * The control's current value: typed text, the selected option's text, the checked radio's label, or a
 * checkbox's state (boolean). Empty string when nothing is chosen.
 */
export function readControlValue(found: Pick<FoundControl, 'element' | 'kind'>): string | boolean {
  const { element, kind } = found;
  switch (kind) {
    case 'checkbox':
      return isInputElement(element) ? element.checked : element.getAttribute('aria-checked') === 'true';
    case 'text':
    case 'textarea':
      if (isInputElement(element) || isTextAreaElement(element)) return element.value;
      return cleanPageText(element.textContent, 10_000);
    case 'select': {
      const select = element as HTMLSelectElement;
      // A leading option with value="" ("Select a plan") is a prompt, not a choice.
      return Array.from(select.selectedOptions ?? [])
        .filter((option) => option.getAttribute('value') !== '')
        .map((option) => cleanPageText(option.textContent))
        .join(', ');
    }
    case 'radio-group':
      return checkedRadioText(element);
    case 'fluent-dropdown':
    case 'knockout-dropdown':
      return dropdownText(element);
    case 'fluent-combobox':
      if (isInputElement(element)) return element.value;
      return cleanPageText(element.getAttribute('aria-valuetext')) || shownText(element);
  }
}

/** What may hold a form control or another button: a press inside it is not a press on one button. */
const INNER_CONTROL = 'button, [role="button"], input, select, textarea, [role="combobox"], [role="textbox"], a[href]';
/** Longer than any portal's Create / Submit / Contact me label, in any language the terms know. */
const MAX_NAME = 40;

/**
 * Whether `button` (the closest button-like element to a press) is one button, not a wrapper a page
 * named "Create" around a whole form: it holds no other control, and its name is a button's length.
 */
export function isSingleButton(button: Element): boolean {
  if (button.querySelector(INNER_CONTROL)) return false;
  const name = (button.getAttribute('aria-label') || button.textContent || (button as HTMLInputElement).value || '').trim();
  return name.length > 0 && name.length <= MAX_NAME;
}

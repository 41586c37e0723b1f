/** Picks one of the visible option texts: its index, or -1 when none fits. */
export type OptionChooser = (optionTexts: readonly string[]) => number;

export type FillOutcome = { ok: true; value: string } | { ok: false; reason: 'noOption' | 'noPopup' | 'disabled' | 'rejected' };

/** One kind of control: how to set it the way a person would (reading is lib/form/value.ts). */
export interface Filler {
  /** Text controls take the text; choice controls take a chooser over their option texts. */
  fill(element: Element, target: string | OptionChooser): Promise<FillOutcome>;
}

export function isDisabled(element: Element): boolean {
  return element.hasAttribute('disabled') || element.getAttribute('aria-disabled') === 'true' || element.getAttribute('aria-readonly') === 'true' || element.hasAttribute('readonly');
}

export function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Text targets for choice controls become "the option with exactly this text". */
export function asChooser(target: string | OptionChooser): OptionChooser {
  if (typeof target !== 'string') return target;
  const wanted = clean(target).toLowerCase();
  return (texts) => texts.findIndex((text) => clean(text).toLowerCase() === wanted);
}

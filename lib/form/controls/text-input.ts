import { setNativeValue } from './events';
import { isDisabled, type Filler } from './types';

/** Plain inputs and textareas, whether a framework controls them (React, Knockout) or not. */
export const textInputFiller: Filler = {
  async fill(element, target) {
    if (typeof target !== 'string') return { ok: false, reason: 'rejected' };
    const input = element as HTMLInputElement | HTMLTextAreaElement;
    if (isDisabled(input)) return { ok: false, reason: 'disabled' };
    setNativeValue(input, target);
    // A controlled input that re-renders with its old value has refused the change.
    await Promise.resolve();
    return input.value === target ? { ok: true, value: target } : { ok: false, reason: 'rejected' };
  },
};

import { setNativeValue } from './events';
import { asChooser, clean, isDisabled, type Filler } from './types';

/** A native <select>. */
export const nativeSelectFiller: Filler = {
  async fill(element, target) {
    const select = element as HTMLSelectElement;
    if (isDisabled(select)) return { ok: false, reason: 'disabled' };
    const options = [...select.options];
    const index = asChooser(target)(options.map((option) => clean(option.textContent)));
    const option = options[index];
    if (!option) return { ok: false, reason: 'noOption' };
    setNativeValue(select, option.value);
    return { ok: true, value: clean(option.textContent) };
  },
};

import type { ControlKind } from '../scan';
import { knockoutDropdownFiller } from './knockout-dropdown';
import { checkboxFiller, radioGroupFiller } from './choice';
import { chooseInCombobox } from './listbox';
import { nativeSelectFiller } from './native-select';
import { textInputFiller } from './text-input';
import type { Filler } from './types';

const comboboxFiller: Filler = { fill: chooseInCombobox };

/** The filler for each control family the field scan recognises. */
export const FILLERS: Readonly<Record<ControlKind, Filler>> = {
  text: textInputFiller,
  textarea: textInputFiller,
  select: nativeSelectFiller,
  'fluent-dropdown': comboboxFiller,
  'fluent-combobox': comboboxFiller,
  'knockout-dropdown': knockoutDropdownFiller,
  'radio-group': radioGroupFiller,
  checkbox: checkboxFiller,
};

export type { FillOutcome, OptionChooser } from './types';

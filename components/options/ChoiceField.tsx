import type { Choice } from '../../lib/settings/choices';
import { labelForValue, valueWhenDone, valueWhileTyping } from '../../lib/settings/choices';
import { TextField } from './fields';

interface Props {
  id: string;
  label: string;
  /** The stored value (a code), or what the partner typed that matches no choice yet. */
  value: string;
  choices: readonly Choice[];
  onInput: (value: string) => void;
  error?: string;
  help?: string;
  required?: boolean;
  locked?: boolean;
  autoComplete?: string;
}

/**
 * A text field with a list to search (the browser's own datalist): the partner types a name and picks
 * it, the code is what is stored. The field shows the choice's name for a stored code.
 */
export function ChoiceField({ id, choices, value, onInput, ...field }: Props) {
  const listId = `${id}-choices`;
  return (
    <>
      <TextField
        id={id}
        {...field}
        value={labelForValue(choices, value)}
        list={listId}
        onInput={(typed) => onInput(valueWhileTyping(choices, typed))}
        onCommit={(typed) => onInput(valueWhenDone(choices, typed))}
      />
      <datalist id={listId}>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.label} />
        ))}
      </datalist>
    </>
  );
}

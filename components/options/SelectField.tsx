import type { Choice } from '../../lib/settings/choices';
import { describedByFor, FieldNotes } from './fields';

interface Props {
  id: string;
  label: string;
  value: string;
  choices: readonly Choice[];
  onChange: (value: string) => void;
  help?: string;
  error?: string;
  locked?: boolean;
}

/** A labelled list of a few choices by name; help, error and lock are announced with it. */
export function SelectField({ id, label, value, choices, onChange, help, error, locked }: Props) {
  const describedBy = describedByFor(id, { locked, help, error });
  const selected = choices.find((choice) => choice.value.toLowerCase() === value.toLowerCase())?.value ?? value;
  return (
    <div class={`field${error ? ' field--invalid' : ''}${locked ? ' field--locked' : ''}`}>
      <label for={id}>{label}</label>
      <select
        id={id}
        value={selected}
        disabled={locked || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value)}
      >
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
      <FieldNotes id={id} locked={locked} help={help} error={error} />
    </div>
  );
}

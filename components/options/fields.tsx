import type { ComponentChildren } from 'preact';
import { tCode } from '../../lib/i18n';

/** The first error whose path is this field or inside it (e.g. "ownTenants.0.domains.2"). */
export function errorAt(errors: Record<string, string>, path: string): string | undefined {
  if (errors[path]) return errors[path];
  const nested = Object.keys(errors).find((key) => key.startsWith(`${path}.`));
  return nested ? errors[nested] : undefined;
}

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  error?: string;
  help?: string;
  multiline?: boolean;
  type?: 'text' | 'email' | 'tel' | 'number' | 'time';
  autoComplete?: string;
  required?: boolean;
}

/** A labelled input whose help and error are announced with it (aria-describedby). */
export function TextField({ id, label, value, onInput, error, help, multiline, type = 'text', autoComplete, required }: TextFieldProps) {
  const describedBy = [help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    'aria-required': required || undefined,
    onInput: (event: Event) => onInput((event.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class={`field${error ? ' field--invalid' : ''}`}>
      <label for={id}>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {multiline ? <textarea rows={3} {...common} /> : <input type={type as 'text'} autoComplete={autoComplete} {...common} />}
      {help ? (
        <p class="field__help" id={`${id}-help`}>
          {help}
        </p>
      ) : null}
      {error ? (
        <p class="field__error" id={`${id}-error`}>
          {tCode(error)}
        </p>
      ) : null}
    </div>
  );
}

interface CheckboxProps {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function Checkbox({ id, label, checked, onChange }: CheckboxProps) {
  return (
    <div class="field field--inline">
      <input id={id} type="checkbox" checked={checked} onChange={(event) => onChange((event.currentTarget as HTMLInputElement).checked)} />
      <label for={id}>{label}</label>
    </div>
  );
}

interface SectionProps {
  id: string;
  title: string;
  help?: string;
  children: ComponentChildren;
}

/** A titled part of the settings page; the heading labels the region for screen readers. */
export function Section({ id, title, help, children }: SectionProps) {
  return (
    <section class="section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {help ? <p class="section__help">{help}</p> : null}
      {children}
    </section>
  );
}

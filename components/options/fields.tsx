import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { t, tCode } from '../../lib/i18n';

/** The dotted settings paths the organisation's policy sets (e.g. "partner.companyName"): shown locked. */
export const LockedPaths = createContext<ReadonlySet<string>>(new Set());

/** Whether the policy sets `path`. */
export function useLocked(path: string): boolean {
  return useContext(LockedPaths).has(path);
}

/** The words that say a value is the organisation's, announced with the control they follow. */
export function LockNote({ id }: { id: string }) {
  return (
    <p class="field__lock" id={id}>
      {t('setByOrganization')}
    </p>
  );
}

/** The first error whose path is this field or inside it (e.g. "ownTenants.0.domains.2"). */
export function errorAt(errors: Record<string, string>, path: string): string | undefined {
  if (errors[path]) return errors[path];
  const nested = Object.keys(errors).find((key) => key.startsWith(`${path}.`));
  return nested ? errors[nested] : undefined;
}

/** What a settings section gets: its part of the draft, the errors by settings path, and how an edit lands. */
export interface SectionProps<T> {
  value: T;
  errors: Record<string, string>;
  onChange: (value: T) => void;
}

/**
 * The wiring every field of one settings section shares: its id, value, error and lock by settings
 * path (`<section>.<key>`, or `path` when it differs), and how an edit lands in the section's draft.
 * Spread into a TextField or ChoiceField: `<TextField label=… {...bind('start')} />`.
 */
export function useFieldBinding<D extends object>(section: string, idPrefix: string, draft: D, errors: Record<string, string>, onChange: (draft: D) => void) {
  const locked = useContext(LockedPaths);
  return <K extends keyof D & string>(key: K, path = `${section}.${key}`) => ({
    id: `${idPrefix}-${key}`,
    value: draft[key],
    error: errorAt(errors, path),
    locked: locked.has(path),
    onInput: (value: D[K]) => onChange({ ...draft, [key]: value }),
  });
}

interface Notes {
  locked?: boolean;
  help?: string;
  error?: string;
}

/** The ids of a field's lock, help and error notes, for aria-describedby (`lockNoteId`: a note shared by a row). */
export function describedByFor(id: string, { locked, help, error }: Notes, lockNoteId?: string): string | undefined {
  return [locked ? `${id}-lock` : (lockNoteId ?? ''), help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

/** What is said under a field: set by the organisation, how to fill it, what is wrong. */
export function FieldNotes({ id, locked, help, error }: Notes & { id: string }) {
  return (
    <>
      {locked ? <LockNote id={`${id}-lock`} /> : null}
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
    </>
  );
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
  /** Set by the organisation's policy: shown, read only, and said so under the field. */
  locked?: boolean;
  /** Read only for the same reason, said once by the note with this id (a managed tenant's row). */
  lockNoteId?: string;
  /** A datalist to search (ChoiceField). */
  list?: string;
  /** The value once the partner leaves the field or picks from the list (the change event). */
  onCommit?: (value: string) => void;
}

/** A labelled input whose help and error are announced with it (aria-describedby). */
export function TextField({ id, label, value, onInput, error, help, multiline, type = 'text', autoComplete, required, locked, lockNoteId, list, onCommit }: TextFieldProps) {
  const describedBy = describedByFor(id, { locked, help, error }, lockNoteId);
  const common = {
    id,
    value,
    readOnly: locked || lockNoteId !== undefined || undefined,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    'aria-required': required || undefined,
    onInput: (event: Event) => onInput((event.currentTarget as HTMLInputElement).value),
    onChange: onCommit ? (event: Event) => onCommit((event.currentTarget as HTMLInputElement).value) : undefined,
  };
  return (
    <div class={`field${error ? ' field--invalid' : ''}${locked || lockNoteId ? ' field--locked' : ''}`}>
      <label for={id}>
        {label}
        {required && !locked && !lockNoteId ? <span aria-hidden="true"> *</span> : null}
      </label>
      {multiline ? <textarea rows={3} {...common} /> : <input type={type as 'text'} autoComplete={autoComplete} list={list} {...common} />}
      <FieldNotes id={id} locked={locked} help={help} error={error} />
    </div>
  );
}

interface CheckboxProps {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  locked?: boolean;
}

export function Checkbox({ id, label, checked, onChange, locked }: CheckboxProps) {
  return (
    <div class={`field field--inline${locked ? ' field--locked' : ''}`}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={locked || undefined}
        aria-describedby={locked ? `${id}-lock` : undefined}
        onChange={(event) => onChange((event.currentTarget as HTMLInputElement).checked)}
      />
      <label for={id}>{label}</label>
      {locked ? <LockNote id={`${id}-lock`} /> : null}
    </div>
  );
}

interface SectionFrameProps {
  id: string;
  title: string;
  help?: string;
  children: ComponentChildren;
}

/** A titled part of the settings page; the heading labels the region for screen readers. */
export function Section({ id, title, help, children }: SectionFrameProps) {
  return (
    <section class="section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {help ? <p class="section__help">{help}</p> : null}
      {children}
    </section>
  );
}

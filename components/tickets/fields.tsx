import type { ComponentChildren } from 'preact';
import type { Customer } from '../../lib/settings/schema';
import { t, tCode } from '../../lib/i18n';
import type { TicketSeverity } from '../../lib/severity';

/** Small labelled controls for the ticket forms; errors are i18n message names. */

interface InputProps {
  id: string;
  label: string;
  value: string;
  error?: string | undefined;
  onInput: (value: string) => void;
  type?: 'text' | 'datetime-local' | 'search';
  list?: string;
  placeholder?: string;
  inputMode?: 'numeric' | 'text';
  autoFocus?: boolean;
}

export function Field({ id, label, value, error, onInput, type = 'text', list, placeholder, inputMode, autoFocus }: InputProps) {
  return (
    <div class={`tfield${error ? ' tfield--invalid' : ''}`}>
      <label for={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={value}
        list={list}
        placeholder={placeholder}
        inputMode={inputMode}
        // biome-ignore lint/a11y/noAutofocus: only the first field of a form the partner just opened asks for it
        autoFocus={autoFocus}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onInput={(event) => onInput((event.currentTarget as HTMLInputElement).value)}
      />
      {error ? (
        <p class="tfield__error" id={`${id}-error`}>
          {tCode(error)}
        </p>
      ) : null}
    </div>
  );
}

const SEVERITIES: readonly TicketSeverity[] = ['E', 'A', 'B', 'C', 'unknown'];

export function SeveritySelect({ id, value, onChange }: { id: string; value: TicketSeverity; onChange: (value: TicketSeverity) => void }) {
  return (
    <div class="tfield">
      <label for={id}>{t('fieldSeverity')}</label>
      <select id={id} value={value} onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value as TicketSeverity)}>
        {SEVERITIES.map((severity) => (
          <option key={severity} value={severity}>
            {t(`severityOption${severity}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Suggestions for the customer field: the customers from the settings. */
export function CustomerSuggestions({ id, customers }: { id: string; customers: readonly Customer[] }) {
  return (
    <datalist id={id}>
      {customers.map((customer) => (
        <option key={customer.tenantId} value={customer.name} />
      ))}
    </datalist>
  );
}

/** A ticket form's buttons: submit (off while saving), cancel, and any the form adds after them. */
export function FormButtons({ submitLabel, saving, onCancel, children }: { submitLabel: string; saving: boolean; onCancel: () => void; children?: ComponentChildren }) {
  return (
    <div class="edit__buttons">
      <button type="submit" class="btn btn--primary" disabled={saving}>
        {submitLabel}
      </button>
      <button type="button" class="btn" onClick={onCancel}>
        {t('cancel')}
      </button>
      {children}
    </div>
  );
}

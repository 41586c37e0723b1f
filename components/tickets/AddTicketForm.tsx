import { useState } from 'preact/hooks';
import type { Customer } from '../../lib/settings/schema';
import { t, tCode } from '../../lib/i18n';
import { emptyNewTicketDraft, newTicketFromDraft, type DraftErrors, type NewTicketDraft } from '../../lib/tickets/draft';
import type { NewTicketInput } from '../../lib/tickets/schema';
import { CustomerSuggestions, Field, FormButtons, SeveritySelect } from './fields';

interface Props {
  customers: readonly Customer[];
  /** Resolves to an i18n error name when the background refused, null when added. */
  onAdd: (input: NewTicketInput) => Promise<string | null>;
  onCancel: () => void;
}

/** "Add ticket" for a request filed elsewhere (phone, another browser): the number may follow later. */
export function AddTicketForm({ customers, onAdd, onCancel }: Props) {
  const [draft, setDraft] = useState<NewTicketDraft>(() => emptyNewTicketDraft(Date.now()));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set =
    <K extends keyof NewTicketDraft>(key: K) =>
    (value: NewTicketDraft[K]) =>
      setDraft((current) => ({ ...current, [key]: value }));

  const submit = async (event: Event) => {
    event.preventDefault();
    const result = newTicketFromDraft(draft, customers, Date.now());
    setErrors(result.ok ? {} : result.errors);
    if (!result.ok) return;
    setSaving(true);
    setFailure(await onAdd(result.value));
    setSaving(false);
  };

  return (
    <form class="add" onSubmit={submit} onKeyDown={(event) => event.key === 'Escape' && onCancel()} aria-labelledby="add-title" data-testid="add-form" noValidate>
      <h2 id="add-title">{t('addTicketTitle')}</h2>
      <p class="hint">{t('addTicketHelp')}</p>
      <Field id="add-number" label={t('fieldRequestNumberOptional')} value={draft.number} error={errors.number} onInput={set('number')} inputMode="numeric" autoFocus />
      <div class="tfield">
        <label for="add-portal">{t('fieldPortal')}</label>
        <select id="add-portal" value={draft.portal} onChange={(event) => set('portal')((event.currentTarget as HTMLSelectElement).value as NewTicketDraft['portal'])}>
          <option value="azure">{t('portalAzure')}</option>
          <option value="m365">{t('portalM365')}</option>
        </select>
      </div>
      <Field id="add-customer" label={t('fieldCustomer')} value={draft.customerName} error={errors.customerName} onInput={set('customerName')} list="add-customers" />
      <CustomerSuggestions id="add-customers" customers={customers} />
      <SeveritySelect id="add-severity" value={draft.severity} onChange={set('severity')} />
      <div class="tfield tfield--inline">
        <input id="add-breakfix" type="checkbox" checked={draft.breakFix} onChange={(event) => set('breakFix')((event.currentTarget as HTMLInputElement).checked)} />
        <label for="add-breakfix">{t('fieldBreakFix')}</label>
      </div>
      <Field id="add-title-field" label={t('fieldTitle')} value={draft.title} error={errors.title} onInput={set('title')} />
      <Field id="add-created" label={t('fieldCreatedAt')} type="datetime-local" value={draft.createdAt} error={errors.createdAt} onInput={set('createdAt')} />
      {failure ? (
        <p class="notice notice--error" role="status">
          {tCode(failure)}
        </p>
      ) : null}
      <FormButtons submitLabel={t('addTicketSubmit')} saving={saving} onCancel={onCancel} />
    </form>
  );
}

import { useState } from 'preact/hooks';
import type { Customer } from '../../lib/settings/schema';
import { t } from '../../lib/i18n';
import { draftFromTicket, editFromDraft, type DraftErrors, type TicketDraft } from '../../lib/tickets/draft';
import type { Ticket, TicketPatchInput } from '../../lib/tickets/schema';
import { CustomerSuggestions, Field, FormButtons, SeveritySelect } from './fields';

interface Props {
  ticket: Ticket;
  customers: readonly Customer[];
  /** Resolves to an i18n error name when the background refused the edit, null when saved. */
  onSave: (changes: TicketPatchInput) => Promise<string | null>;
  onCancel: () => void;
  onTogglePause: () => void;
}

/** Inline edit of number, severity, customer and title; Escape cancels. */
export function TicketEditForm({ ticket, customers, onSave, onCancel, onTogglePause }: Props) {
  const [draft, setDraft] = useState<TicketDraft>(() => draftFromTicket(ticket));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [saving, setSaving] = useState(false);
  const id = (field: string) => `edit-${ticket.id}-${field}`;
  const set =
    <K extends keyof TicketDraft>(key: K) =>
    (value: TicketDraft[K]) =>
      setDraft((current) => ({ ...current, [key]: value }));
  const paused = ticket.pausedIntervals.some((pause) => pause.to === null);

  const submit = async (event: Event) => {
    event.preventDefault();
    const result = editFromDraft(draft, ticket, customers);
    if (!result.ok) return setErrors(result.errors);
    setSaving(true);
    const refused = await onSave(result.value);
    setSaving(false);
    // The only edit the background can refuse on its own is a number logged on another ticket.
    if (refused) setErrors({ number: refused });
  };

  return (
    <form class="edit" onSubmit={submit} onKeyDown={(event) => event.key === 'Escape' && onCancel()} aria-label={t('editTicket')} data-testid="edit-form" noValidate>
      <Field id={id('number')} label={t('fieldRequestNumber')} value={draft.number} error={errors.number} onInput={set('number')} inputMode="numeric" placeholder={t('numberPending')} autoFocus />
      <SeveritySelect id={id('severity')} value={draft.severity} onChange={set('severity')} />
      <Field id={id('customer')} label={t('fieldCustomer')} value={draft.customerName} error={errors.customerName} onInput={set('customerName')} list={id('customers')} />
      <CustomerSuggestions id={id('customers')} customers={customers} />
      <Field id={id('title')} label={t('fieldTitle')} value={draft.title} error={errors.title} onInput={set('title')} />
      <FormButtons submitLabel={t('saveTicket')} saving={saving} onCancel={onCancel}>
        {ticket.closedAt === null && ticket.firstResponseAt === null ? (
          <button type="button" class="btn btn--quiet" onClick={onTogglePause} data-action={paused ? 'resume' : 'pause'}>
            {paused ? t('resumeClock') : t('pauseClock')}
          </button>
        ) : null}
      </FormButtons>
    </form>
  );
}

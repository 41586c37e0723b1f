import { t } from '../../lib/i18n';
import type { UnshowableTicket } from '../../lib/tickets/showable';

interface Props {
  tickets: readonly UnshowableTicket[];
  onDelete: (id: string) => void;
}

/** Stored records with impossible dates, set apart so the list still shows; each can be deleted. */
export function UnshowableNotice({ tickets, onDelete }: Props) {
  if (tickets.length === 0) return null;
  return (
    <section class="notice notice--error unshowable" aria-label={t('unshowableTitle', String(tickets.length))} data-testid="unshowable">
      <p>{t('unshowableTitle', String(tickets.length))}</p>
      <ul>
        {tickets.slice(0, 20).map((ticket) => (
          <li key={ticket.id}>
            <span>
              {ticket.number ?? t('numberPending')} · {t(ticket.reason === 'timeOrder' ? 'unshowableTimeOrder' : 'unshowableBadTimestamp')}
            </span>{' '}
            <button type="button" class="btn btn--link" onClick={() => onDelete(ticket.id)}>
              {t('actionDelete')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

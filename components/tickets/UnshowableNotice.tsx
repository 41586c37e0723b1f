import { t } from '../../lib/i18n';
import type { UnshowableReason, UnshowableTicket } from '../../lib/tickets/showable';

const REASON_TEXT = { badShape: 'unshowableBadShape', badTimestamp: 'unshowableBadTimestamp', timeOrder: 'unshowableTimeOrder' } as const satisfies Record<UnshowableReason, string>;

interface Props {
  tickets: readonly UnshowableTicket[];
  onDelete: (id: string) => void;
}

/** Damaged stored records (impossible dates, fields of the wrong kind), set apart so the list still shows; each can be deleted. */
export function UnshowableNotice({ tickets, onDelete }: Props) {
  if (tickets.length === 0) return null;
  return (
    <section class="notice notice--error unshowable" aria-label={t('unshowableTitle', String(tickets.length))} data-testid="unshowable">
      <p>{t('unshowableTitle', String(tickets.length))}</p>
      <ul>
        {tickets.slice(0, 20).map((ticket) => (
          <li key={ticket.id}>
            <span>
              {ticket.number ?? t('numberPending')} · {t(REASON_TEXT[ticket.reason])}
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

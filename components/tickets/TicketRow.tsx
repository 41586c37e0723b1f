import { useEffect, useRef } from 'preact/hooks';
import type { Customer } from '../../lib/settings/schema';
import { formatDuration } from '../../lib/sla/state';
import { t } from '../../lib/i18n';
import type { TicketAction } from '../../lib/tickets/actions';
import { countdownText, portalLabel, severityLabel, stateTone } from '../../lib/tickets/labels';
import { portalLink } from '../../lib/tickets/portal-link';
import type { TicketPatchInput } from '../../lib/tickets/schema';
import { liveSla, RUNNING_STATES, type TicketView } from '../../lib/tickets/view';
import { formatDateTime, formatDue } from './format';
import { StateBadge } from './StateBadge';
import { TicketEditForm } from './TicketEditForm';

export interface RowHandlers {
  onAction: (id: string, action: TicketAction) => void;
  onStartEdit: (id: string) => void;
  onCancelEdit: () => void;
  onSaveEdit: (id: string, changes: TicketPatchInput) => Promise<string | null>;
  onDelete: (view: TicketView) => void;
  onCopySummary: (view: TicketView) => void;
}

/** What "Copy summary" did for this row: copied, or refused (the text shown to copy by hand). */
export type CopyOutcome = { ok: true } | { ok: false; text: string };

interface Props extends RowHandlers {
  view: TicketView;
  now: number;
  leadTimeMinutes: number;
  customers: readonly Customer[];
  editing: boolean;
  highlighted: boolean;
  /** Marks the first row for the popup's paint timing (Element Timing API). */
  timingName?: string | undefined;
  copied?: CopyOutcome | null;
}

/** One ticket: number, customer, severity, title, live countdown, age, state in words and colour, actions. */
export function TicketRow({ view, now, leadTimeMinutes, customers, editing, highlighted, timingName, copied, ...handlers }: Props) {
  const { ticket, sla } = view;
  const live = sla ? liveSla(sla, now, leadTimeMinutes) : null;
  const severity = severityLabel(ticket.severity);
  const customer = ticket.customer.name || ticket.customer.domain || ticket.customer.tenantId || t('customerUnknown');
  const ref = useRef<HTMLLIElement>(null);

  useEffect(() => {
    if (!highlighted) return;
    ref.current?.scrollIntoView({ block: 'center' });
    ref.current?.focus();
  }, [highlighted]);

  const closed = ticket.closedAt !== null;
  const act = (action: TicketAction) => () => handlers.onAction(ticket.id, action);
  const titleId = `ticket-${ticket.id}-title`;

  return (
    <li
      ref={ref}
      class={`ticket ticket--${live ? stateTone(live.state) : 'neutral'}${highlighted ? ' ticket--highlight' : ''}`}
      data-testid="ticket-row"
      data-ticket-id={ticket.id}
      data-state={live?.state ?? 'unknown'}
      aria-labelledby={titleId}
      // Focusable by script only: focus lands on the row when its action moved it (use-focus-after-action).
      tabIndex={-1}
    >
      <div class="ticket__top">
        {live ? <StateBadge live={live} /> : <span class="state state--neutral">{t('slaNoCalendar')}</span>}
        {/* A breach already reads "Breached -15m" in the state; the countdown would only repeat it. */}
        {live && live.state !== 'breached' && countdownText(live) ? (
          <span class="countdown" data-testid="countdown" data-due-at={sla?.dueAt} title={sla ? t('dueAt', formatDateTime(sla.dueAt)) : undefined}>
            <span class="visually-hidden">{t('timeLeft')} </span>
            {countdownText(live)}
          </span>
        ) : null}
        <span class={`severity severity--${ticket.severity}`} title={t(`severityOption${ticket.severity}`)}>
          {t(severity.key, severity.subs)}
        </span>
        {ticket.response24x7 ? (
          <span class="severity-note" data-testid="response-24x7">
            {t('response24x7Short')}
          </span>
        ) : null}
      </div>
      <p class="ticket__id" id={titleId} elementtiming={timingName}>
        <span class={ticket.number ? 'ticket__number' : 'ticket__number ticket__number--pending'} data-testid="number">
          {ticket.number ?? t('numberPending')}
        </span>
        <span aria-hidden="true"> · </span>
        <span class="ticket__customer" data-testid="customer">
          {customer}
        </span>
      </p>
      {ticket.title ? <p class="ticket__title">{ticket.title}</p> : null}
      <p class="ticket__meta">
        <span data-testid="age">{t('age', formatDuration(now - ticket.createdAt))}</span>
        {sla && live && RUNNING_STATES.has(live.state) ? <span>{t('dueAt', formatDue(sla.dueAt, now))}</span> : null}
        <a class="ticket__portal" href={portalLink(ticket)} target="_blank" rel="noopener noreferrer" data-action="portal">
          {t('actionOpenInPortal', t(portalLabel(ticket.portal).key))}
          <span aria-hidden="true"> ↗</span>
        </a>
      </p>
      {editing ? (
        <TicketEditForm
          ticket={ticket}
          customers={customers}
          onSave={(changes) => handlers.onSaveEdit(ticket.id, changes)}
          onCancel={handlers.onCancelEdit}
          onTogglePause={act(ticket.pausedIntervals.some((pause) => pause.to === null) ? 'resume' : 'pause')}
        />
      ) : (
        // biome-ignore lint/a11y/useSemanticElements: a row of buttons, not form fields: a fieldset would announce a form group
        <div class="ticket__actions" role="group" aria-label={t('ticketActions')}>
          {!closed && ticket.firstResponseAt === null ? (
            <button type="button" class="btn btn--primary" data-action="firstResponse" onClick={act('firstResponse')}>
              {t('actionFirstResponse')}
            </button>
          ) : null}
          {!closed && ticket.firstResponseAt !== null ? (
            <button type="button" class="btn btn--quiet" data-action="undoFirstResponse" onClick={act('undoFirstResponse')}>
              {t('actionUndoFirstResponse')}
            </button>
          ) : null}
          <button type="button" class="btn" data-action={closed ? 'reopen' : 'close'} onClick={act(closed ? 'reopen' : 'close')}>
            {closed ? t('actionReopen') : t('actionClose')}
          </button>
          <button type="button" class="btn" data-action="edit" onClick={() => handlers.onStartEdit(ticket.id)}>
            {t('actionEdit')}
          </button>
          <button type="button" class="btn" data-action="copySummary" onClick={() => handlers.onCopySummary(view)}>
            {t('actionCopySummary')}
          </button>
          <button type="button" class="btn btn--danger" data-action="delete" onClick={() => handlers.onDelete(view)}>
            {t('actionDelete')}
          </button>
        </div>
      )}
      {copied ? <CopiedNote outcome={copied} id={`ticket-${ticket.id}-summary`} /> : null}
    </li>
  );
}

/** Says the summary is on the clipboard, or shows it to copy by hand when the browser refused. */
function CopiedNote({ outcome, id }: { outcome: CopyOutcome; id: string }) {
  if (outcome.ok) {
    return (
      <p class="hint" role="status" data-testid="summary-copied">
        {t('summaryCopied')}
      </p>
    );
  }
  return (
    <div class="summary-fallback" role="status">
      <label for={id}>{t('summaryCopyFailed')}</label>
      <textarea id={id} readOnly rows={8} value={outcome.text} data-testid="summary-text" />
    </div>
  );
}

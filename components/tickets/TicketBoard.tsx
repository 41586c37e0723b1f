import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { TicketPage } from '../../lib/messages/ticket-messages';
import type { Customer } from '../../lib/settings/schema';
import { t, tCode } from '../../lib/i18n';
import type { TicketAction } from '../../lib/tickets/actions';
import { customerOptions } from '../../lib/tickets/customer';
import type { NewTicketInput, TicketPatchInput } from '../../lib/tickets/schema';
import type { TicketView } from '../../lib/tickets/view';
import { AddTicketForm } from './AddTicketForm';
import type { TicketApi } from '../../lib/tickets/api';
import { MAX_PAGE_SIZE } from '../../lib/tickets/bounds';
import { DEFAULT_FILTERS, isDefaultFilters, queryFor, type TicketFilterState } from './filters';
import { EmptyState } from './EmptyState';
import { TicketFilters } from './TicketFilters';
import { TicketRow, type CopyOutcome } from './TicketRow';
import { ticketSummary } from '../../lib/tickets/summary';
import { UndoToast } from './UndoToast';
import { useNow } from './use-now';
import { useFirstScreen } from './use-first-screen';
import { useFocusAfterAction } from './use-focus-after-action';
import { UnshowableNotice } from './UnshowableNotice';
import { loadErrorText } from './format';
import { useTicketList } from './use-ticket-list';

export interface TicketBoardProps {
  api: TicketApi;
  customers: readonly Customer[];
  leadTimeMinutes: number;
  /** The first page for the default filters, fetched by the entrypoint before rendering. */
  initialPage: TicketPage | null;
  pageSize: number;
  /**
   * Rows drawn at once on the first paint, the rest a frame later: those the window shows before it
   * scrolls, and one more. Building and laying out rows below the fold took longer than fetching them.
   */
  firstScreenRows: number;
  /** 'grow': the popup shows more rows in place; 'pages': the tracker steps through pages. */
  paging: 'grow' | 'pages';
  /** A ticket to scroll to and highlight (tracker.html#ticket=<id>). */
  highlightId?: string | null;
  /** That ticket, shown on top when the current page does not contain it (an old, closed one). */
  pinned?: TicketView | null;
  /** Changing this number reloads the list (after an import, say). */
  reloadSignal?: number;
  /** Title, counts and links above the filters. */
  header: (openCount: number | null, startAdding: () => void) => ComponentChildren;
  /** Puts text on the clipboard ("Copy summary"); false when the browser refused. */
  onCopyText?: (text: string) => Promise<boolean>;
}

/** A change the partner may take back from the toast: a delete (restored) or a close out of the open list (reopened). */
type Toast = { message: string; ticketId: string; undo: 'restore' | 'reopen' };

/** The ticket list with filters, actions, inline edit, manual add and undo; shared by popup and tracker. */
export function TicketBoard(props: TicketBoardProps) {
  const { api, customers, leadTimeMinutes, pageSize } = props;
  const [filters, setFilters] = useState<TicketFilterState>(DEFAULT_FILTERS);
  const [offset, setOffset] = useState(0);
  const [limit, setLimit] = useState(pageSize);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [toast, setToast] = useState<Toast | null>(null);
  const [copied, setCopied] = useState<{ ticketId: string; outcome: CopyOutcome } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [highlightId, setHighlightId] = useState(props.highlightId ?? null);
  const list = useTicketList(api.list, queryFor(filters, offset, limit), props.initialPage);
  const now = useNow(1000);
  const loaded = list.page?.items ?? [];
  const pinned = props.pinned && highlightId === props.pinned.ticket.id ? props.pinned : null;
  const items = pinned && !loaded.some((view) => view.ticket.id === pinned.ticket.id) ? [pinned, ...loaded] : loaded;
  const drawnRows = useFirstScreen(items.length, props.firstScreenRows);
  const boardRef = useRef<HTMLDivElement>(null);
  const expectFocus = useFocusAfterAction(
    boardRef,
    items.map((view) => view.ticket.id),
    list.loading,
  );

  const { reload } = list;
  const firstSignal = useRef(props.reloadSignal);
  useEffect(() => {
    if (props.reloadSignal !== firstSignal.current) reload();
  }, [props.reloadSignal, reload]);

  const changeFilters = useCallback(
    (next: TicketFilterState) => {
      setFilters(next);
      setOffset(0);
      setLimit(pageSize);
    },
    [pageSize],
  );

  /** Runs a background call; a failure (worker unreachable, refusal) becomes a visible notice. */
  const attempt = async <T,>(work: () => Promise<T>): Promise<T | undefined> => {
    setNotice(null);
    try {
      return await work();
    } catch (error) {
      setNotice(t('actionFailed', error instanceof Error ? error.message : String(error)));
      return undefined;
    }
  };

  const onAction = async (id: string, action: TicketAction) => {
    expectFocus(action, id);
    const result = await attempt(() => api.act(id, action));
    if (result?.ok) {
      list.replace(result.view);
      // The reload drops a closed row from a list of open requests: say where it went, and offer it back.
      if (action === 'close' && filters.status === 'open') setToast({ message: t('ticketClosedOut', result.view.ticket.number ?? t('numberPending')), ticketId: id, undo: 'reopen' });
    } else if (result) setNotice(tCode(result.error));
    list.reload();
  };

  const onSaveEdit = async (id: string, changes: TicketPatchInput): Promise<string | null> => {
    const result = await attempt(() => api.edit(id, changes));
    if (!result) return null;
    if (!result.ok) return result.error;
    setEditingId(null);
    list.replace(result.view);
    list.reload();
    return null;
  };

  const onDelete = async (view: TicketView) => {
    expectFocus('delete', view.ticket.id);
    const deleted = await attempt(() => api.remove(view.ticket.id));
    if (deleted) setToast({ message: t('ticketDeleted', deleted.ticket.number ?? t('numberPending')), ticketId: deleted.ticket.id, undo: 'restore' });
    list.reload();
  };

  const onDeleteUnshowable = async (id: string) => {
    await attempt(() => api.remove(id));
    list.reload();
  };

  const undo = async () => {
    if (!toast) return;
    setToast(null);
    const back = toast.undo === 'restore' ? await attempt(() => api.undoRemove(toast.ticketId)) : (await attempt(() => api.act(toast.ticketId, 'reopen')))?.ok;
    if (back) setHighlightId(toast.ticketId);
    list.reload();
  };

  const onAdd = async (input: NewTicketInput): Promise<string | null> => {
    const result = await attempt(() => api.add(input));
    if (!result) return null;
    setAdding(false);
    setHighlightId(result.view.ticket.id);
    if (!result.created) setNotice(t('ticketAlreadyLogged', result.view.ticket.number ?? ''));
    list.reload();
    return null;
  };

  const dismissToast = useCallback(() => setToast(null), []);
  const options = useMemo(
    () =>
      customerOptions(
        customers,
        items.map((view) => view.ticket),
      ),
    [customers, items],
  );
  const copySummary = async (view: TicketView) => {
    const text = ticketSummary(view, { now: Date.now(), leadTimeMinutes, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, t });
    const ok = (await props.onCopyText?.(text)) ?? false;
    setCopied({ ticketId: view.ticket.id, outcome: ok ? { ok } : { ok, text } });
  };
  const filtered = !isDefaultFilters(filters);
  const page = list.page;

  return (
    <div class="board" ref={boardRef}>
      {props.header(page ? page.openCount : null, () => setAdding(true))}
      {adding ? <AddTicketForm customers={customers} onAdd={onAdd} onCancel={() => setAdding(false)} /> : null}
      <TicketFilters filters={filters} customers={options} onChange={changeFilters} />
      {notice ? (
        <p class="notice notice--error" role="status" data-testid="notice">
          {notice}
        </p>
      ) : null}
      {list.error ? (
        <p class="notice notice--error" role="status">
          {t('loadTicketsFailed', loadErrorText(list.error))}
        </p>
      ) : null}
      {page ? <UnshowableNotice tickets={page.unshowable} onDelete={(id) => void onDeleteUnshowable(id)} /> : null}
      {page && items.length === 0 && !list.loading ? <EmptyState filtered={filtered} onAdd={() => setAdding(true)} /> : null}
      {!page && list.loading ? <p class="hint">{t('loading')}</p> : null}
      {items.length > 0 ? (
        <ul class="tickets" aria-label={t('ticketListLabel')} aria-busy={list.loading}>
          {items.slice(0, drawnRows).map((view, index) => (
            <TicketRow
              key={view.ticket.id}
              view={view}
              now={now}
              leadTimeMinutes={leadTimeMinutes}
              customers={customers}
              editing={editingId === view.ticket.id}
              highlighted={highlightId === view.ticket.id}
              // Chromium reports the first row's paint as an Element Timing entry (scripts/bench/tickets.ts).
              timingName={index === 0 ? 'first-ticket-row' : undefined}
              onAction={onAction}
              onStartEdit={setEditingId}
              onCancelEdit={() => setEditingId(null)}
              onSaveEdit={onSaveEdit}
              onDelete={onDelete}
              onCopySummary={(view) => void copySummary(view)}
              copied={copied?.ticketId === view.ticket.id ? copied.outcome : null}
            />
          ))}
        </ul>
      ) : null}
      {page ? (
        <Paging
          mode={props.paging}
          offset={offset}
          limit={limit}
          hasMore={page.hasMore}
          shown={items.length}
          onGrow={() => setLimit(Math.min(MAX_PAGE_SIZE, limit + pageSize))}
          onPage={(next) => setOffset(Math.max(0, next))}
        />
      ) : null}
      {toast ? <UndoToast message={toast.message} onUndo={undo} onDismiss={dismissToast} /> : null}
    </div>
  );
}

interface PagingProps {
  mode: 'grow' | 'pages';
  offset: number;
  limit: number;
  hasMore: boolean;
  shown: number;
  onGrow: () => void;
  onPage: (offset: number) => void;
}

/** "Show more" in the popup (up to one full page), previous/next pages in the tracker. */
function Paging({ mode, offset, limit, hasMore, shown, onGrow, onPage }: PagingProps) {
  if (mode === 'grow') {
    if (!hasMore) return null;
    return limit < MAX_PAGE_SIZE ? (
      <button type="button" class="btn btn--wide" onClick={onGrow} data-action="more">
        {t('showMore')}
      </button>
    ) : (
      <p class="hint">{t('moreInTracker')}</p>
    );
  }
  if (offset === 0 && !hasMore) return null;
  return (
    <nav class="paging" aria-label={t('pagingLabel')}>
      <button type="button" class="btn" disabled={offset === 0} onClick={() => onPage(offset - limit)} data-action="previous">
        {t('previousPage')}
      </button>
      <span>{t('pageRange', [String(offset + 1), String(offset + shown)])}</span>
      <button type="button" class="btn" disabled={!hasMore} onClick={() => onPage(offset + limit)} data-action="next">
        {t('nextPage')}
      </button>
    </nav>
  );
}

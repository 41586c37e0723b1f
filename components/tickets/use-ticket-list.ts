import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ListTicketsQuery, TicketPage } from '../../lib/messages/ticket-messages';
import type { TicketView } from '../../lib/tickets/view';

interface ListState {
  page: TicketPage | null;
  loading: boolean;
  error: string | null;
}

/**
 * One page of tickets for `query`, re-fetched when the query changes or on reload().
 * A page handed in by the entrypoint is shown at once (first paint without waiting
 * for a second round trip). Answers to superseded queries are dropped.
 */
export function useTicketList(list: (query: ListTicketsQuery) => Promise<TicketPage>, query: ListTicketsQuery, initial: TicketPage | null) {
  const key = JSON.stringify(query);
  const [state, setState] = useState<ListState>({ page: initial, loading: initial === null, error: null });
  const [version, setVersion] = useState(0);
  const skipFirst = useRef(initial !== null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `query`, a new object on every render
  useEffect(() => {
    if (skipFirst.current) {
      skipFirst.current = false;
      return undefined;
    }
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    list(query).then(
      (page) => current && setState({ page, loading: false, error: null }),
      (error: unknown) => current && setState((previous) => ({ ...previous, loading: false, error: error instanceof Error ? error.message : String(error) })),
    );
    return () => {
      current = false;
    };
  }, [key, version, list]);

  const reload = useCallback(() => setVersion((value) => value + 1), []);

  /** Shows an updated ticket in place at once; the reload that follows puts it in order. */
  const replace = useCallback((view: TicketView) => {
    setState((previous) => (previous.page ? { ...previous, page: { ...previous.page, items: previous.page.items.map((item) => (item.ticket.id === view.ticket.id ? view : item)) } } : previous));
  }, []);

  return { ...state, reload, replace };
}

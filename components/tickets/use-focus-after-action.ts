import type { RefObject } from 'preact';
import { useCallback, useLayoutEffect, useRef } from 'preact/hooks';
import type { TicketAction } from '../../lib/tickets/actions';
import { type FocusTarget, focusAfterAction } from '../../lib/tickets/focus-after';

interface Pending {
  action: TicketAction | 'delete';
  ticketId: string;
  before: readonly string[];
  /** The reload after the action has started (the list showed loading). */
  reloading: boolean;
}

/** The row element of `ticketId` in `list`, compared as data (an id never becomes part of a selector). */
function rowOf(list: HTMLElement, ticketId: string): HTMLElement | undefined {
  return [...list.querySelectorAll<HTMLElement>('[data-ticket-id]')].find((row) => row.dataset.ticketId === ticketId);
}

/** True while focus has nowhere useful to be: on the page itself, or on something no longer shown. */
function focusLost(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || !active.isConnected;
}

/** The button for `action` in `row`, if the row shows one. */
function buttonIn(row: HTMLElement | undefined, action: string): HTMLElement | undefined {
  return row && [...row.querySelectorAll<HTMLElement>('[data-action]')].find((element) => element.dataset.action === action);
}

/** Where `target` is drawn: a button of a row, a row, or the empty list's note. */
function elementFor(root: HTMLElement, target: FocusTarget): HTMLElement | null | undefined {
  if (target.kind === 'list') return root.querySelector<HTMLElement>('[data-testid=empty]');
  const row = rowOf(root, target.ticketId);
  return target.kind === 'button' ? (buttonIn(row, target.action) ?? row) : row;
}

/**
 * Keeps keyboard focus where the partner was after a row's action (see focusAfterAction): call the
 * returned function as the action starts. Until the list has reloaded after it (`loading` seen true,
 * then false), each draw puts focus back while it is lost: the pressed button replaced, the row
 * moved or gone. Focus the partner moved elsewhere is left alone.
 */
export function useFocusAfterAction(board: RefObject<HTMLElement | null>, ids: readonly string[], loading: boolean) {
  const pending = useRef<Pending | null>(null);
  const drawn = useRef(ids);
  drawn.current = ids;

  // After every draw, not only when the ids change: swapping a row's buttons changes no id.
  useLayoutEffect(() => {
    const wanted = pending.current;
    const root = board.current;
    if (!wanted || !root) return;
    if (loading) wanted.reloading = true;
    const reloaded = wanted.reloading && !loading;
    if (focusLost()) {
      const target = focusAfterAction(wanted.action, wanted.ticketId, wanted.before, drawn.current);
      elementFor(root, target)?.focus();
      // A row still listed may move when the reload that follows sorts it: keep watching it till then.
      if (target.kind !== 'button' || reloaded) pending.current = null;
    } else if (reloaded || !rowOf(root, wanted.ticketId)?.contains(document.activeElement)) {
      pending.current = null;
    }
  });

  return useCallback((action: Pending['action'], ticketId: string) => {
    pending.current = { action, ticketId, before: drawn.current, reloading: false };
  }, []);
}

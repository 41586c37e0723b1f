import type { TicketAction } from './actions';

/**
 * Where keyboard focus goes once a row's action has re-drawn the list. The pressed button is
 * gone by then (First response becomes Undo first response, Close becomes Reopen), and the row
 * itself may have moved (the list is sorted by next breach) or left the list (closed or deleted
 * in a list of open requests): without a target, focus would drop to the page and a keyboard user
 * would start again from the top.
 */
export type FocusTarget =
  /** The row is still listed: the button that took the pressed one's place (the row itself when it has none). */
  | { kind: 'button'; ticketId: string; action: TicketAction }
  /** The row left the list: the row that took its place, or the one above it at the end of the list. */
  | { kind: 'row'; ticketId: string }
  /** The list is empty now. */
  | { kind: 'list' };

/** The button each action leaves in its place: its own undo. */
const COUNTERPART: Record<TicketAction, TicketAction> = {
  firstResponse: 'undoFirstResponse',
  undoFirstResponse: 'firstResponse',
  close: 'reopen',
  reopen: 'close',
  pause: 'resume',
  resume: 'pause',
};

/**
 * `action` (or a delete, 'delete') on `ticketId`, with the list's ticket ids in order `before`
 * the action and `after` it was re-drawn.
 */
export function focusAfterAction(action: TicketAction | 'delete', ticketId: string, before: readonly string[], after: readonly string[]): FocusTarget {
  if (action !== 'delete' && after.includes(ticketId)) return { kind: 'button', ticketId, action: COUNTERPART[action] };
  // A deleted row may still be drawn until the reload drops it: it is never the target.
  const listed = new Set(after.filter((id) => id !== ticketId));
  const index = before.indexOf(ticketId);
  const below = index < 0 ? undefined : before.slice(index + 1).find((id) => listed.has(id));
  const above = index < 0 ? undefined : before.slice(0, index).findLast((id) => listed.has(id));
  const neighbour = below ?? above ?? [...listed][0];
  return neighbour === undefined ? { kind: 'list' } : { kind: 'row', ticketId: neighbour };
}

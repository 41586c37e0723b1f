import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { TicketPage } from '../../../lib/messages/ticket-messages';
import type { TicketView } from '../../../lib/tickets/view';
import { HOUR, MIN, T0, ticketAged, viewAt } from './helpers';
import { fakeApi, rowsIn, settle, showPopup, root, setUpPopupTests } from './popup-harness';

setUpPopupTests();

const pageOf = (items: TicketView[]): TicketPage => ({ items, hasMore: false, openCount: items.length, unshowable: [] });
const rowOf = (id: string) => rowsIn(root).find((row) => row.dataset.ticketId === id);
const button = (id: string, action: string) => rowOf(id)?.querySelector<HTMLButtonElement>(`[data-action=${action}]`) ?? null;

/** Presses a row's button from the keyboard: focus on it first, as Tab then Enter leave it. */
async function press(id: string, action: string) {
  const target = button(id, action);
  if (!target) throw new Error(`no ${action} button in row ${id}`);
  target.focus();
  expect(document.activeElement).toBe(target);
  await act(() => target.click());
}

describe('keyboard focus after a row action', () => {
  // Open tickets by next breach: urgent first; none has a first response yet.
  const urgent = ticketAged(4 * HOUR - 20 * MIN);
  const middle = ticketAged(2 * HOUR);
  const calm = ticketAged(10 * MIN);
  const listed = [viewAt(urgent), viewAt(middle), viewAt(calm)];

  it('stays on the row whose first response was recorded, on its Undo button, after the reload moved the row to the end', async () => {
    const answered = viewAt({ ...middle, firstResponseAt: T0 });
    const api = fakeApi(pageOf(listed));
    api.act.mockResolvedValue({ ok: true, view: answered });
    api.list.mockResolvedValue(pageOf([listed[0]!, listed[2]!, answered]));
    await showPopup(root, pageOf(listed), api);
    await press(middle.id, 'firstResponse');
    await settle();
    expect(api.list).toHaveBeenCalledTimes(1);
    expect(rowsIn(root).map((row) => row.dataset.ticketId)).toEqual([urgent.id, calm.id, middle.id]);
    expect(document.activeElement).toBe(button(middle.id, 'undoFirstResponse'));
    // Done once the reload is in: focus the partner drops later (a click on the background) stays dropped.
    (document.activeElement as HTMLElement).blur();
    await act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(document.activeElement).toBe(document.body);
  });

  it('moves to the row that took the place of one closed out of the open list', async () => {
    const api = fakeApi(pageOf(listed));
    api.act.mockResolvedValue({ ok: true, view: viewAt({ ...urgent, closedAt: T0 }) });
    api.list.mockResolvedValue(pageOf(listed.slice(1)));
    await showPopup(root, pageOf(listed), api);
    await press(urgent.id, 'close');
    await settle();
    expect(rowOf(urgent.id)).toBeUndefined();
    expect(document.activeElement).toBe(rowOf(middle.id));
  });

  it('moves to the row above when the last row was deleted, and to the empty list when no row is left', async () => {
    const api = fakeApi(pageOf(listed));
    api.list.mockResolvedValueOnce(pageOf(listed.slice(0, 2)));
    await showPopup(root, pageOf(listed), api);
    await press(calm.id, 'delete');
    await settle();
    expect(document.activeElement).toBe(rowOf(middle.id));

    render(null, root);
    const alone = fakeApi(pageOf([listed[0]!]));
    alone.list.mockResolvedValueOnce(pageOf([]));
    await showPopup(root, pageOf([listed[0]!]), alone);
    await press(urgent.id, 'delete');
    await settle();
    expect(document.activeElement).toBe(root.querySelector('[data-testid=empty]'));
  });

  it('leaves focus where the partner moved it while the action was on its way', async () => {
    let answer: (value: unknown) => void = () => undefined;
    const api = fakeApi(pageOf(listed));
    api.act.mockImplementation(() => new Promise((resolve) => (answer = resolve)));
    api.list.mockResolvedValue(pageOf(listed.slice(1)));
    await showPopup(root, pageOf(listed), api);
    await press(urgent.id, 'close');
    const elsewhere = button(calm.id, 'edit')!;
    elsewhere.focus();
    await act(() => answer({ ok: true, view: viewAt({ ...urgent, closedAt: T0 }) }));
    await settle();
    expect(rowOf(urgent.id)).toBeUndefined();
    expect(document.activeElement).toBe(elsewhere);
  });

  it('puts focus back when the reload moves it away, then lets it go: later redraws move nothing', async () => {
    const answered = viewAt({ ...middle, firstResponseAt: T0 });
    let reloaded: (page: TicketPage) => void = () => undefined;
    const api = fakeApi(pageOf(listed));
    api.act.mockResolvedValue({ ok: true, view: answered });
    api.list.mockImplementation(() => new Promise((resolve) => (reloaded = resolve)));
    await showPopup(root, pageOf(listed), api);
    await press(middle.id, 'firstResponse');
    await settle();
    expect(document.activeElement).toBe(button(middle.id, 'undoFirstResponse'));
    // A browser drops focus from a row it moves (Chromium does; this DOM does not, so drop it here).
    (document.activeElement as HTMLElement).blur();
    await act(() => reloaded(pageOf([listed[0]!, listed[2]!, answered])));
    await settle();
    expect(document.activeElement).toBe(button(middle.id, 'undoFirstResponse'));
    // Done once the reload is in: focus the partner drops later (a click on the background) stays dropped.
    (document.activeElement as HTMLElement).blur();
    await act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(document.activeElement).toBe(document.body);
  });
});

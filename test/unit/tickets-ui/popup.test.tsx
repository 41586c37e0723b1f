import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { PopupApp } from '../../../components/tickets/PopupApp';
import type { TicketPage } from '../../../lib/messages/ticket-messages';
import { sortViewsByNextBreach } from '../../../lib/tickets/view';
import { HOUR, MIN, T0, ticketAged, viewAt } from './helpers';
import { type FakeApi, fakeApi, rowsIn, settle, showPopup, root, setUpPopupTests } from './popup-harness';

setUpPopupTests();

const rows = () => rowsIn(root);
const text = (row: HTMLElement, testId: string) => row.querySelector(`[data-testid=${testId}]`)?.textContent ?? '';

const show = (page: TicketPage, api?: FakeApi) => showPopup(root, page, api);

describe('popup', () => {
  const atRisk = ticketAged(4 * HOUR - 20 * MIN, { title: 'At risk soon' });
  const pending = ticketAged(10 * MIN, { number: null, severity: 'unknown' });
  const page: TicketPage = { items: sortViewsByNextBreach([viewAt(pending), viewAt(atRisk)]), hasMore: false, openCount: 2, unshowable: [] };

  it('lists tickets by next breach with number, customer, severity and state in words', async () => {
    await show(page);
    const [first, second] = rows();
    expect(text(first!, 'number')).toBe(atRisk.number);
    expect(text(first!, 'customer')).toBe('Contoso Ltd');
    expect(first!.textContent).toContain('Sev B');
    expect(text(first!, 'state')).toContain('On track');
    expect(text(second!, 'number')).toBe('Number pending');
    expect(second!.textContent).toContain('Sev ?');
    expect(root.querySelector('[data-testid=open-count]')?.textContent).toBe('2 open');
  });

  it('draws the first screen of rows at once and the rest after that frame painted; a reload draws them all at once', async () => {
    const many = sortViewsByNextBreach(Array.from({ length: 25 }, (_, index) => viewAt(ticketAged(index * MIN))));
    const api = await show({ items: many, hasMore: false, openCount: 25, unshowable: [] });
    expect(rows()).toHaveLength(5);
    expect(text(rows()[0]!, 'number')).toBe(many[0]!.ticket.number);
    // The rest waits for the frame (rAF, then a timeout after its paint).
    await act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
    expect(rows()).toHaveLength(5);
    await act(() => {
      vi.advanceTimersByTime(0);
    });
    expect(rows().map((row) => text(row, 'number'))).toEqual(many.map((view) => view.ticket.number));
    // An action reloads the list: from then on every row is drawn in one go.
    api.list.mockResolvedValueOnce({ items: many.slice(0, 20), hasMore: false, openCount: 20, unshowable: [] });
    await act(() => rows()[0]!.querySelector<HTMLButtonElement>('[data-action=firstResponse]')!.click());
    await settle();
    expect(api.list).toHaveBeenCalledTimes(1);
    await settle();
    expect(rows()).toHaveLength(20);
  });

  it('counts down every second from the due time and changes state on its own', async () => {
    await show(page);
    expect(text(rows()[0]!, 'countdown')).toContain('20m');
    await act(() => {
      vi.advanceTimersByTime(5 * MIN + 1000);
    });
    expect(text(rows()[0]!, 'countdown')).toContain('14m');
    expect(text(rows()[0]!, 'state')).toContain('At risk');
    await act(() => {
      vi.advanceTimersByTime(16 * MIN);
    });
    expect(text(rows()[0]!, 'state')).toBe('✕Breached -1m');
    expect(rows()[0]!.dataset.state).toBe('breached');
  });

  it('deletes with an Undo toast that restores the ticket', async () => {
    const api = await show(page);
    await act(() => rows()[0]!.querySelector<HTMLButtonElement>('[data-action=delete]')!.click());
    await settle();
    expect(api.remove).toHaveBeenCalledWith(atRisk.id);
    const toast = root.querySelector('[data-testid=toast]');
    expect(toast?.textContent).toContain(`Deleted ${atRisk.number}.`);
    await act(() => toast!.querySelector<HTMLButtonElement>('[data-action=undo]')!.click());
    await settle();
    expect(api.undoRemove).toHaveBeenCalledWith(atRisk.id);
    expect(root.querySelector('[data-testid=toast]')).toBeNull();
  });

  it('says where a request closed out of the open list went, with an Undo that reopens it', async () => {
    const api = fakeApi(page);
    api.act.mockResolvedValueOnce({ ok: true, view: viewAt({ ...atRisk, closedAt: T0 }) });
    api.list.mockResolvedValueOnce({ ...page, items: page.items.filter((view) => view.ticket.id !== atRisk.id), openCount: 1 });
    await show(page, api);
    await act(() => rows()[0]!.querySelector<HTMLButtonElement>('[data-action=close]')!.click());
    await settle();
    expect(rows().map((row) => row.dataset.ticketId)).toEqual([pending.id]);
    const toast = root.querySelector('[data-testid=toast]');
    expect(toast?.getAttribute('role')).toBe('status');
    expect(toast?.textContent).toContain(`Closed ${atRisk.number}: choose Closed or All under Status to see it.`);
    api.act.mockResolvedValueOnce({ ok: true, view: viewAt(atRisk) });
    await act(() => toast!.querySelector<HTMLButtonElement>('[data-action=undo]')!.click());
    await settle();
    expect(api.act).toHaveBeenLastCalledWith(atRisk.id, 'reopen');
    expect(api.list).toHaveBeenCalledTimes(2);
    expect(root.querySelector('[data-testid=toast]')).toBeNull();
  });

  it('sends the first response and reloads the list', async () => {
    const api = await show(page);
    await act(() => rows()[0]!.querySelector<HTMLButtonElement>('[data-action=firstResponse]')!.click());
    await settle();
    expect(api.act).toHaveBeenCalledWith(atRisk.id, 'firstResponse');
    expect(api.list).toHaveBeenCalledTimes(1);
  });

  it('explains how tickets get here when there are none', async () => {
    await show({ items: [], hasMore: false, openCount: 0, unshowable: [] });
    const empty = root.querySelector('[data-testid=empty]');
    expect(empty?.textContent).toContain('Azure portal');
    expect(empty?.textContent).toContain('Microsoft 365 admin center');
    expect(empty?.querySelector('button')?.textContent).toBe('Add ticket');
  });

  it('refuses a malformed number in the edit form without asking the background', async () => {
    const api = await show(page);
    await act(() => rows()[0]!.querySelector<HTMLButtonElement>('[data-action=edit]')!.click());
    const input = root.querySelector<HTMLInputElement>(`#edit-${atRisk.id}-number`)!;
    await act(() => {
      input.value = '123';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => {
      root.querySelector<HTMLFormElement>('[data-testid=edit-form]')!.dispatchEvent(new Event('submit', { cancelable: true }));
    });
    expect(root.querySelector('.tfield__error')?.textContent).toContain('15- or 16-digit');
    expect(api.edit).not.toHaveBeenCalled();
  });

  it('adds a request filed elsewhere: the draft is checked, then sent with the customer resolved and the time it was created', async () => {
    const api = fakeApi(page);
    api.add.mockImplementation(async (input: unknown) => ({ view: viewAt(ticketAged(0, input as never)), created: true }));
    await show(page, api);
    await act(() => root.querySelector<HTMLButtonElement>('[data-action=add]')!.click());
    const form = root.querySelector<HTMLFormElement>('[data-testid=add-form]')!;
    const type = (selector: string, value: string) =>
      act(() => {
        const field = form.querySelector<HTMLInputElement>(selector)!;
        field.value = value;
        field.dispatchEvent(new Event('input', { bubbles: true }));
      });
    await type('#add-number', '12');
    await act(() => {
      form.dispatchEvent(new Event('submit', { cancelable: true }));
    });
    expect(form.querySelector('.tfield__error')?.textContent).toContain('15- or 16-digit');
    expect(api.add).not.toHaveBeenCalled();
    await type('#add-number', '2412010010000001');
    await type('#add-customer', 'Contoso Ltd');
    await type('#add-title-field', 'VM down');
    await act(() => {
      form.dispatchEvent(new Event('submit', { cancelable: true }));
    });
    await settle();
    expect(api.add).toHaveBeenCalledWith(
      expect.objectContaining({ number: '2412010010000001', title: 'VM down', portal: 'azure', breakFix: true, customer: expect.objectContaining({ name: 'Contoso Ltd' }) }),
    );
    expect(root.querySelector('[data-testid=add-form]')).toBeNull();
  });

  it('says when stored settings were set aside, with the way to the options page', async () => {
    const onOpenSettings = vi.fn();
    await act(() => {
      render(<PopupApp api={fakeApi(page)} customers={[]} leadTimeMinutes={15} initialPage={page} trackerUrl="tracker.html" onOpenSettings={onOpenSettings} settingsSetAside />, root);
    });
    const notice = root.querySelector('[data-testid=settings-set-aside]');
    expect(notice?.textContent).toContain('Open settings');
    await act(() => notice?.querySelector('button')?.click());
    expect(onOpenSettings).toHaveBeenCalledTimes(1);
  });
});

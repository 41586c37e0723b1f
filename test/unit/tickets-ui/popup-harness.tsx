import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../../components/tickets/PopupApp';
import type { TicketPage } from '../../../lib/messages/ticket-messages';
import type { TicketApi } from '../../../lib/tickets/api';
import { speakEnglish } from '../support/messages';
import { T0 } from './helpers';

/** The element each test draws the popup into (a live binding: a fresh one per test). */
export let root: HTMLElement;

/** The set-up both files share: fake timers from T0, English messages, a fresh root per test. */
export function setUpPopupTests(): void {
  beforeEach(() => {
    vi.useFakeTimers({ now: T0, toFake: ['Date', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] });
    speakEnglish(browser.i18n, vi.spyOn);
    root = document.body.appendChild(document.createElement('div'));
  });
  afterEach(() => {
    render(null, root);
    root.remove();
    vi.useRealTimers();
  });
}

/** The popup drawn into a root of its own, over an API whose every call is a vi.fn (popup.test, focus-after-action.test). */
export type FakeApi = TicketApi & { [K in keyof TicketApi]: ReturnType<typeof vi.fn> };

export function fakeApi(page: TicketPage): FakeApi {
  return {
    list: vi.fn(async () => page),
    add: vi.fn(async () => {
      throw new Error('not used here');
    }),
    act: vi.fn(async () => null),
    edit: vi.fn(async () => null),
    remove: vi.fn(async (id: string) => page.items.find((view) => view.ticket.id === id) ?? null),
    undoRemove: vi.fn(async () => null),
  };
}

/**
 * Lets the handlers' awaited calls and the re-renders they cause finish. Effects run as each act()
 * ends (a reload's fetch starts in one), so a chain of them needs a few rounds.
 */
export async function settle(rounds = 3) {
  for (let round = 0; round < rounds; round++) {
    await act(async () => {
      for (let tick = 0; tick < 10; tick++) await Promise.resolve();
    });
  }
}

export const rowsIn = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('[data-testid=ticket-row]')];

export async function showPopup(root: HTMLElement, page: TicketPage, api = fakeApi(page)) {
  await act(() => {
    render(<PopupApp api={api} customers={[]} leadTimeMinutes={15} initialPage={page} trackerUrl="tracker.html" onOpenSettings={() => undefined} />, root);
  });
  return api;
}

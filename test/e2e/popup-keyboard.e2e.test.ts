/**
 * The popup from the keyboard, in Chromium: a row's action re-draws the list (the pressed button
 * replaced, the row sorted to a new place or gone from the open list), and focus stays where the
 * partner was instead of dropping to the page.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser.ts';
import { startLookalikeServer, type LookalikeServer } from './harness/server.ts';
import { waitUntil } from './harness/wait.ts';
import { sendOk, type LoggedJson } from './support/messages.ts';

const MIN = 60_000;
const CONTOSO = { name: 'Contoso Ltd', tenantId: '22222222-2222-4222-8222-222222222222', domain: 'contoso.onmicrosoft.com' };

let server: LookalikeServer;
let ext: ExtensionBrowser;
let popup: Page;
const ids: Record<string, string> = {};

/** A severity B break-fix request `ageMin` minutes old: 4 h target, so the oldest is due first. */
function ticket(number: string, ageMin: number) {
  return {
    number,
    portal: 'azure',
    customer: CONTOSO,
    severity: 'B',
    breakFix: true,
    issueType: 'technical',
    title: `Request ${number}`,
    supportLanguage: 'en-US',
    createdAt: Date.now() - ageMin * MIN,
  };
}

const order = () => popup.$$eval('[data-testid=ticket-row]', (rows) => rows.map((row) => (row as HTMLElement).dataset.ticketId ?? ''));

/** What has focus: the row it is in, and the button's action when it is one. */
const focused = () =>
  popup.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    const row = active?.closest<HTMLElement>('[data-ticket-id]');
    return { row: row?.dataset.ticketId ?? null, action: active?.dataset.action ?? null, isRow: active === row, tag: active?.tagName ?? null };
  });

/** Tabs forward until `action`'s button in the row of `ticketId` has focus: the way a keyboard gets there. */
async function tabTo(ticketId: string, action: string) {
  await waitUntil(
    `Tab to reach ${action} of ${ticketId}`,
    async () => {
      const now = await focused();
      if (now.row === ticketId && now.action === action) return true;
      await popup.keyboard.press('Tab');
      return false;
    },
    { interval: 0 },
  );
}

/** Waits for the list to settle after an action: no load under way, and `check` holds. */
async function settled(what: string, check: (ids: string[]) => boolean) {
  await waitUntil(what, async () => (await popup.$('ul.tickets[aria-busy="false"]')) !== null && check(await order()));
}

beforeAll(async () => {
  server = await startLookalikeServer();
  ext = await launchWithExtension({ port: server.port });
  const seeder = await ext.extensionPage('tracker.html');
  for (const [name, number, age] of [
    ['first', '2412010010000001', 60],
    ['second', '2412010010000002', 50],
    ['third', '2412010010000003', 40],
  ] as const) {
    ids[name] = (await sendOk<LoggedJson>(seeder, 'logTicket', ticket(number, age))).view.ticket.id;
  }
  await seeder.close();
  popup = await ext.extensionPage('popup.html');
  await popup.setViewport({ width: 400, height: 600 });
  await settled('the three requests, oldest first', (list) => list.join() === [ids.first, ids.second, ids.third].join());
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('popup from the keyboard', () => {
  it('keeps focus on a row whose first response moved it to the end of the list, on its Undo button', async () => {
    await tabTo(ids.first!, 'firstResponse');
    await popup.keyboard.press('Enter');
    // Met: its clock stopped, so the list puts it after the ones still running.
    await settled('the answered request sorted last', (list) => list.at(-1) === ids.first);
    expect(await focused()).toMatchObject({ row: ids.first, action: 'undoFirstResponse' });
  });

  it('moves focus to the row that took the place of one closed out of the open list, and says where it went', async () => {
    await tabTo(ids.second!, 'close');
    await popup.keyboard.press('Enter');
    await settled('the closed request gone from the open list', (list) => !list.includes(ids.second!));
    expect(await focused()).toMatchObject({ row: ids.third, isRow: true, tag: 'LI' });
    const toast = await popup.$eval('[data-testid=toast]', (element) => ({ role: element.getAttribute('role'), text: element.textContent ?? '' }));
    expect(toast.role).toBe('status');
    expect(toast.text).toContain('Closed 2412010010000002: choose Closed or All under Status to see it.');
    // Its Undo reopens it.
    await popup.click('[data-testid=toast] [data-action=undo]');
    await settled('the request back in the open list', (list) => list.includes(ids.second!));
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBoardHandlers } from '../../../entrypoints/background/board-handlers';
import { listTicketsRequest } from '../../../lib/messages/ticket-messages';
import type { SenderInfo } from '../../../lib/messages/router';
import { defaultSettings } from '../../../lib/settings/schema';
import { setSwallowedSink } from '../../../lib/swallowed';

const sender: SenderInfo = { id: 'ext', url: 'chrome-extension://ext/popup.html', kind: 'extensionPage' };
const PAGE = { items: [], hasMore: false, openCount: 0, unshowable: [] };
const query = listTicketsRequest.parse({ status: 'open', limit: 50 });

afterEach(() => setSwallowedSink(null));

describe('openTicketBoard: a ticket board’s first screen in one answer', () => {
  it('answers the settings, the first page (the query passed on as asked) and whether settings were set aside', async () => {
    const listTickets = vi.fn(async () => PAGE);
    const handlers = createBoardHandlers({ settings: async () => defaultSettings(), setAside: async () => [{ at: 1 }], listTickets });
    expect(await handlers.openTicketBoard(query, sender)).toEqual({ settings: defaultSettings(), page: PAGE, settingsSetAside: true });
    expect(listTickets).toHaveBeenCalledWith(query, sender);
  });

  it('reads the set-aside list only after the settings (their first read is what sets a bad value aside)', async () => {
    const order: string[] = [];
    let finishRead: () => void = () => undefined;
    const handlers = createBoardHandlers({
      settings: () =>
        new Promise((resolve) => {
          finishRead = () => {
            order.push('settings');
            resolve(defaultSettings());
          };
        }),
      setAside: async () => {
        order.push('setAside');
        return [];
      },
      listTickets: async () => {
        order.push('list');
        return PAGE;
      },
    });
    const answer = handlers.openTicketBoard(query, sender);
    await Promise.resolve();
    expect(order).toEqual(['list']); // the log is queried while the settings are read
    finishRead();
    expect((await answer).settingsSetAside).toBe(false);
    expect(order).toEqual(['list', 'settings', 'setAside']);
  });

  it('a set-aside list that cannot be read leaves the notice out, and the board still opens', async () => {
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const reports: unknown[] = [];
    setSwallowedSink((report) => reports.push(report));
    const handlers = createBoardHandlers({
      settings: async () => defaultSettings(),
      setAside: async () => {
        throw new Error('storage down');
      },
      listTickets: async () => PAGE,
    });
    expect(await handlers.openTicketBoard(query, sender)).toMatchObject({ page: PAGE, settingsSetAside: false });
    expect(reports).toEqual([{ where: 'reading set-aside settings', message: 'Error: storage down' }]);
  });

  it('a ticket log that cannot be read fails the answer (the board says why instead of showing no tickets)', async () => {
    const handlers = createBoardHandlers({
      settings: async () => defaultSettings(),
      setAside: async () => [],
      listTickets: async () => {
        throw new Error('errDatabase');
      },
    });
    await expect(handlers.openTicketBoard(query, sender)).rejects.toThrow('errDatabase');
  });
});

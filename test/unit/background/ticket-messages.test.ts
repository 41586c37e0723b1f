import { describe, expect, it, vi } from 'vitest';
import { createRouter, type Handlers } from '../../../lib/messages/router';
import { newInput } from '../tickets/fixtures';

const extension = { extensionId: 'ext-id', extensionOrigin: 'chrome-extension://ext-id/' };
const fromPopup = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
const fromPortal = { id: 'ext-id', url: 'https://portal.azure.com/#view/x', tab: { id: 3 }, frameId: 0 };
const ID = '0b6f2d1e-8c1a-4e5b-9a7d-3f2e1d0c9b8a';

function setup() {
  const calls: { name: string; data: unknown }[] = [];
  const handlers = new Proxy({} as Handlers, {
    get: (_target, name: string) => vi.fn(async (data: unknown) => void calls.push({ name, data })),
  });
  return { calls, route: createRouter(handlers, extension) };
}

describe('ticket messages through the router', () => {
  it('accepts logTicket from an extension page and fills defaults; a portal page may not send it (it reports submissions instead)', async () => {
    const { calls, route } = setup();
    const { severity: _severity, title: _title, ...input } = newInput();
    expect(await route({ name: 'logTicket', data: input }, fromPortal)).toMatchObject({ ok: false, error: expect.stringContaining('not allowed') });
    expect(await route({ name: 'logTicket', data: input }, fromPopup)).toMatchObject({ ok: true });
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ name: 'logTicket', data: { severity: 'unknown', title: '', subscriptionId: null } });
  });

  it.each([
    ['a bad request number', { ...newInput(), number: '12' }],
    ['a string instead of a customer', { ...newInput(), customer: '<b>x</b>' }],
    ['no creation time', { ...newInput(), createdAt: undefined }],
  ])('refuses a capture with %s', async (_case, data) => {
    const { calls, route } = setup();
    expect(await route({ name: 'logTicket', data }, fromPopup)).toMatchObject({ ok: false });
    expect(calls).toEqual([]);
  });

  it('lets only extension pages read, change, export or import tickets', async () => {
    const { calls, route } = setup();
    for (const [name, data] of [
      ['listTickets', {}],
      ['updateTicket', { id: ID, action: 'close' }],
      ['deleteTicket', { id: ID }],
      ['exportTickets', { format: 'json' }],
      ['importTickets', { text: '{}' }],
    ] as const) {
      expect(await route({ name, data }, fromPortal), name).toMatchObject({ ok: false, error: expect.stringContaining('not allowed') });
    }
    expect(calls).toEqual([]);
  });

  it('takes an import as a File or as text, and nothing else', async () => {
    const { calls, route } = setup();
    expect(await route({ name: 'importTickets', data: { file: new Blob(['{}']) } }, fromPopup)).toMatchObject({ ok: true });
    expect(await route({ name: 'importTickets', data: { text: '{}' } }, fromPopup)).toMatchObject({ ok: true });
    for (const data of [{ file: '{}' }, { file: new Blob(['{}']), text: '{}' }, {}]) {
      expect(await route({ name: 'importTickets', data }, fromPopup)).toMatchObject({ ok: false, error: expect.stringContaining('Invalid importTickets') });
    }
    expect(calls.filter((call) => call.name === 'importTickets')).toHaveLength(2);
  });

  it.each([
    ['an unknown action', { id: ID, action: 'escalate' }],
    ['an action and an edit at once', { id: ID, action: 'close', edit: {} }],
    ['an edit of a field the form does not offer', { id: ID, edit: { createdAt: 0 } }],
    ['a bad id', { id: 'x', action: 'close' }],
  ])('refuses an update with %s', async (_case, data) => {
    const { route } = setup();
    expect(await route({ name: 'updateTicket', data }, fromPopup)).toMatchObject({ ok: false });
  });

  it('bounds listing pages and applies defaults', async () => {
    const { calls, route } = setup();
    expect(await route({ name: 'listTickets', data: { limit: 100_000 } }, fromPopup)).toMatchObject({ ok: false });
    expect(await route({ name: 'listTickets' }, fromPopup)).toMatchObject({ ok: true });
    expect(calls[0]?.data).toEqual({ status: 'open', limit: 50, offset: 0 });
  });
});

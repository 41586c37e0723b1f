import { describe, expect, it, vi } from 'vitest';
import { createRouter, type Handlers } from '../../../lib/messages/router';
import { defaultSettings } from '../../../lib/settings/schema';

const extension = { extensionId: 'ext-id', extensionOrigin: 'chrome-extension://ext-id/' };
const fromOptions = { id: 'ext-id', url: 'chrome-extension://ext-id/options.html' };
const fromPortal = { id: 'ext-id', url: 'https://portal.azure.com/#home', tab: { id: 3 } };

function handlers(): Handlers {
  return {
    getSettings: vi.fn(async () => defaultSettings()),
    saveSettings: vi.fn(async () => ({ ok: true as const, settings: defaultSettings() })),
    importSettings: vi.fn(async () => ({ ok: true as const, settings: defaultSettings() })),
  } as unknown as Handlers;
}

describe('message router', () => {
  it('answers a valid message from an extension page', async () => {
    const route = createRouter(handlers(), extension);
    expect(await route({ name: 'getSettings' }, fromOptions)).toEqual({ ok: true, value: defaultSettings() });
  });

  it.each([
    ['no object', 'getSettings'],
    ['no name', { data: 1 }],
    ['an unknown name', { name: 'dropDatabase' }],
    ['a prototype name', { name: 'toString' }],
    ['a bad payload', { name: 'importSettings', data: { text: 42 } }],
  ])('refuses %s without throwing', async (_case, message) => {
    const route = createRouter(handlers(), extension);
    expect(await route(message, fromOptions)).toMatchObject({ ok: false });
  });

  it('refuses settings writes from a portal page', async () => {
    const h = handlers();
    const route = createRouter(h, extension);
    expect(await route({ name: 'saveSettings', data: {} }, fromPortal)).toMatchObject({ ok: false, error: expect.stringContaining('not allowed') });
    expect(h.saveSettings).not.toHaveBeenCalled();
  });

  it.each([
    ['the portal script', fromPortal, 'learnCustomers', { customers: [] }],
    ['the portal script', fromPortal, 'intendCustomer', {}],
    ['the Partner Center script', { id: 'ext-id', url: 'https://partner.microsoft.com/dashboard/v2/customers/list', tab: { id: 4 } }, 'getAssistantState', undefined],
    ['the Partner Center script', { id: 'ext-id', url: 'https://partner.microsoft.com/dashboard/v2/customers/list', tab: { id: 4 } }, 'formSubmitted', {}],
    ['a content script', fromPortal, 'logTicket', {}],
  ])('%s may not send %s (each script kind has its own allow-list)', async (_who, sender, name, data) => {
    const route = createRouter(handlers(), extension);
    expect(await route({ name, data }, sender)).toMatchObject({ ok: false, error: expect.stringContaining('not allowed') });
  });

  it('refuses other extensions and unknown pages', async () => {
    const route = createRouter(handlers(), extension);
    expect(await route({ name: 'getSettings' }, { ...fromOptions, id: 'other' })).toMatchObject({ ok: false });
    expect(await route({ name: 'getSettings' }, { id: 'ext-id', url: 'https://evil.example/', tab: { id: 1 } })).toMatchObject({ ok: false });
  });

  it('turns a handler failure into a refusal', async () => {
    const h = handlers();
    (h.getSettings as ReturnType<typeof vi.fn>).mockRejectedValue(new Error('disk full'));
    const route = createRouter(h, extension);
    expect(await route({ name: 'getSettings' }, fromOptions)).toEqual({ ok: false, error: 'disk full' });
  });
});

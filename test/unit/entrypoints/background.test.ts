import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background/index';
import { PARTNER_SETTINGS_FILE } from '../../e2e/support/settings';

describe('the background (entrypoint main)', () => {
  it('registers its listeners at once, and answers an extension page through the one router', async () => {
    fakeBrowser.reset();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    // What the fake browser leaves unimplemented and this test does not look at.
    for (const event of [fakeBrowser.permissions.onAdded, fakeBrowser.permissions.onRemoved]) vi.spyOn(event, 'addListener').mockImplementation(() => {});
    const translated = vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => key);
    background.main();
    // Synchronous registration: a woken service worker must see the event that woke it.
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(true);
    expect(fakeBrowser.alarms.onAlarm.hasListeners()).toBe(true);
    expect(fakeBrowser.tabs.onRemoved.hasListeners()).toBe(true);
    expect(fakeBrowser.tabs.onCreated.hasListeners()).toBe(true);
    const page = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') };
    const noCallback = () => {};
    const imported = await fakeBrowser.runtime.onMessage.trigger({ name: 'importSettings', data: { text: JSON.stringify(PARTNER_SETTINGS_FILE) } }, page, noCallback);
    expect(imported).toEqual([expect.objectContaining({ ok: true, value: expect.objectContaining({ ok: true }) })]);
    const settings = await fakeBrowser.runtime.onMessage.trigger({ name: 'getSettings' }, page, noCallback);
    expect(settings[0]).toMatchObject({ ok: true, value: { partner: { email: 'support@fabrikampartners.example' } } });
    // A web page (no extension sender) is refused whatever it asks.
    const refused = await fakeBrowser.runtime.onMessage.trigger({ name: 'getSettings' }, { id: 'another-extension', url: 'https://example.com/' }, noCallback);
    expect(refused[0]).toMatchObject({ ok: false });
    // The SLA monitor's start-up refresh has drawn the badge (its tooltip is translated) before the test ends.
    await vi.waitFor(() => expect(translated).toHaveBeenCalled());
  });
});

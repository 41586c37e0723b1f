import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createRouter, type SenderInfo } from '../../lib/messages/router';
import { createSettingsHandlers } from './settings-handlers';

/**
 * The background owns storage and the clock. It only wires browser events to the handlers;
 * the listeners are registered synchronously so a woken service worker sees the first message.
 */
export default defineBackground(() => {
  const route = createRouter(
    { ...createSettingsHandlers(browser.storage.local) },
    { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') },
  );
  browser.runtime.onMessage.addListener((message: unknown, sender: SenderInfo) => route(message, sender));
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.runtime.openOptionsPage();
  });
});

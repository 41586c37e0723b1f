import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ASSISTANT_SCRIPT } from '../../lib/hosts';
import { createRouter, type SenderInfo } from '../../lib/messages/router';
import { createWorkerMessageListener, type WorkerMessageEvent } from '../../lib/messages/worker-listener';
import { createSettingsStore } from '../../lib/settings/store';
import { createDebugLog } from '../../lib/debug-log';
import { setSwallowedSink } from '../../lib/swallowed';
import { createAssistantHandlers } from './assistant-handlers';
import { createBoardHandlers } from './board-handlers';
import { createDebugHandlers } from './debug-handlers';
import { createReportHandlers } from './report-handlers';
import { startPartnerCenterBackground } from './partner-center';
import { createSettingsHandlers } from './settings-handlers';
import { startSovereignClouds } from './sovereign';
import { createTabPush } from './tab-push';
import { createTabRecords } from '../../lib/assistant/tab-records';
import { startTicketBackground } from './tickets';

/**
 * The background owns storage and the clock. It only wires browser events to the handlers;
 * the listeners are registered synchronously so a woken service worker sees the first message.
 */
export default defineBackground(() => {
  // One ticket store for every handler (the database opens lazily in the extension's origin);
  // its writes keep SLA alarms, notifications and the badge up to date.
  // One settings store: its queue serialises every settings write (options page, Partner Center, the panel),
  // and every reader here shares its one cached reading.
  const settingsStore = createSettingsStore();
  const settings = () => settingsStore.read();
  const { store: tickets, handlers: ticketHandlers } = startTicketBackground(settings);
  const tabs = createTabRecords();
  const pushToTab = createTabPush(tabs);
  // The background's own swallowed errors go straight to the debug log; other contexts send theirs.
  const debugLog = createDebugLog();
  setSwallowedSink((report) => void debugLog.add('background', report).catch((error: unknown) => console.debug('Debug log not written', error)));

  /** Who may speak for this extension: its id, and the origin its own pages are served from. */
  const ownPages = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') };
  const route = createRouter(
    {
      ...createSettingsHandlers(settingsStore),
      ...createDebugHandlers(debugLog),
      ...createReportHandlers({ askTab: (tabId, message) => browser.tabs.sendMessage(tabId, message) }),
      ...ticketHandlers,
      ...createBoardHandlers({ settings, setAside: settingsStore.setAside, listTickets: ticketHandlers.listTickets }),
      ...startPartnerCenterBackground({ tabs, settings: settingsStore, pushToTab }),
      ...createAssistantHandlers({
        settings,
        updateSettings: settingsStore.update,
        tabs,
        tickets,
        now: Date.now,
        openOptions: () => browser.runtime.openOptionsPage(),
        broadcast: pushToTab,
        injectAssistant: async (tabId, frameId) => {
          await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [ASSISTANT_SCRIPT] });
        },
      }),
    },
    ownPages,
  );
  browser.runtime.onMessage.addListener((message: unknown, sender: SenderInfo) => route(message, sender));
  // Files from the extension's pages, posted to the service worker (lib/messages/worker-channel.ts).
  // Firefox's background is an event page: no service worker, and its pages use runtime messaging.
  if ('registration' in globalThis && 'clients' in globalThis) {
    const onPosted = createWorkerMessageListener(route, ownPages);
    globalThis.addEventListener('message', (event) => onPosted(event as unknown as WorkerMessageEvent));
  }
  startSovereignClouds();
  browser.tabs.onRemoved.addListener((tabId) => void tabs.forget(tabId));
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.runtime.openOptionsPage();
  });
});

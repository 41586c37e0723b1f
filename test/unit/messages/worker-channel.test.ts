import { afterEach, describe, expect, it, vi } from 'vitest';
import { MessageError } from '../../../lib/messages/client';
import { createRouter, type Handlers } from '../../../lib/messages/router';
import { postToWorker, workerReachable } from '../../../lib/messages/worker-channel';
import { createWorkerMessageListener, type WorkerMessageEvent } from '../../../lib/messages/worker-listener';

const extension = { extensionId: 'ext-id', extensionOrigin: 'chrome-extension://ext-id/' };

/** A router whose only handler answers exportTickets with what it was asked. */
function exportRouter() {
  const handlers = new Proxy({} as Handlers, {
    get: (_target, name: string) => (name === 'exportTickets' ? async (data: { format: string }) => ({ fileName: `log.${data.format}`, mimeType: 'text/plain', text: 'x', count: 1 }) : undefined),
  });
  return createRouter(handlers, extension);
}

/** A posted message as the service worker sees it, with the reply port and what was kept alive. */
function posted(data: unknown, sourceUrl: unknown) {
  const replies: unknown[] = [];
  const kept: Promise<unknown>[] = [];
  const event: WorkerMessageEvent = { data, ports: [{ postMessage: (reply) => replies.push(reply) }], source: { url: sourceUrl }, waitUntil: (promise) => void kept.push(promise) };
  return { event, replies, settled: () => Promise.all(kept) };
}

describe('the service worker channel, worker side', () => {
  it("routes an extension page's message through the router and answers on the port, kept alive until then", async () => {
    const onMessage = createWorkerMessageListener(exportRouter(), extension);
    const { event, replies, settled } = posted({ name: 'exportTickets', data: { format: 'csv' } }, 'chrome-extension://ext-id/tracker.html');
    onMessage(event);
    await settled();
    expect(replies).toEqual([{ ok: true, value: { fileName: 'log.csv', mimeType: 'text/plain', text: 'x', count: 1 } }]);
  });

  it('refuses a client that is not one of its pages, and a payload the message map refuses, without throwing', async () => {
    const onMessage = createWorkerMessageListener(exportRouter(), extension);
    const stranger = posted({ name: 'exportTickets', data: { format: 'csv' } }, 'https://portal.azure.com/');
    onMessage(stranger.event);
    expect(stranger.replies).toEqual([{ ok: false, error: 'Not an extension page' }]);
    const noSource = posted({ name: 'exportTickets', data: { format: 'csv' } }, undefined);
    onMessage({ ...noSource.event, source: null });
    expect(noSource.replies).toEqual([{ ok: false, error: 'Not an extension page' }]);
    const bad = posted({ name: 'exportTickets', data: { format: 'xlsx' } }, 'chrome-extension://ext-id/tracker.html');
    onMessage(bad.event);
    await bad.settled();
    expect(bad.replies).toEqual([{ ok: false, error: 'Invalid exportTickets: format' }]);
    expect(() => onMessage({ ...bad.event, ports: [] })).not.toThrow();
  });
});

describe('the service worker channel, page side', () => {
  afterEach(() => vi.unstubAllGlobals());

  /** A navigator whose service worker answers through `listener`, as the background's does. */
  function stubWorker(listener: (event: WorkerMessageEvent) => void) {
    const active = {
      postMessage: (data: unknown, [port]: MessagePort[]) => {
        listener({ data: structuredClone(data), ports: [port as MessagePort], source: { url: 'chrome-extension://ext-id/tracker.html' }, waitUntil: () => undefined });
      },
    };
    vi.stubGlobal('navigator', { serviceWorker: { getRegistration: async () => ({ active }) } });
  }

  it('posts to the worker and returns the value of its reply', async () => {
    stubWorker(createWorkerMessageListener(exportRouter(), extension));
    expect(await workerReachable()).toBe(true);
    expect(await postToWorker('exportTickets', { format: 'json' })).toMatchObject({ fileName: 'log.json', count: 1 });
  });

  it("a refusal comes back as a MessageError; with no worker (Firefox's event page) the caller is told so", async () => {
    stubWorker(createWorkerMessageListener(exportRouter(), extension));
    await expect(postToWorker('exportTickets', { format: 'xlsx' as 'csv' })).rejects.toThrow(MessageError);
    vi.stubGlobal('navigator', { serviceWorker: { getRegistration: async () => undefined } });
    expect(await workerReachable()).toBe(false);
    await expect(postToWorker('exportTickets', { format: 'json' })).rejects.toThrow('No service worker');
    vi.stubGlobal('navigator', {});
    expect(await workerReachable()).toBe(false);
  });
});

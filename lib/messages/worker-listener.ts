import type { Reply } from './map';
import type { SenderInfo } from './router';

/** What the listener reads of a service worker's `message` event (ExtendableMessageEvent). */
export interface WorkerMessageEvent {
  data: unknown;
  ports: readonly { postMessage(message: unknown): void }[];
  /** The posting client: for an extension page, a WindowClient with its URL. */
  source: unknown;
  waitUntil(promise: Promise<unknown>): void;
}

/**
 * The service worker's side of worker-channel.ts: a message posted by one of this extension's pages
 * goes through the same router (message map, sender check, zod) as a runtime message, and its reply
 * goes back on the port the page sent. Anything else (no reply port, a client of another origin,
 * which the browser should not allow anyway) is refused or ignored, never thrown.
 */
export function createWorkerMessageListener(
  route: (message: unknown, sender: SenderInfo) => Promise<Reply<unknown>>,
  { extensionId, extensionOrigin }: { extensionId: string; extensionOrigin: string },
) {
  return (event: WorkerMessageEvent): void => {
    const port = event.ports[0];
    if (!port) return;
    const url = typeof event.source === 'object' && event.source !== null ? (event.source as { url?: unknown }).url : undefined;
    if (typeof url !== 'string' || !url.startsWith(extensionOrigin)) {
      port.postMessage({ ok: false, error: 'Not an extension page' } satisfies Reply<never>);
      return;
    }
    // Kept alive until the answer is posted: an import of a large file takes seconds.
    event.waitUntil(route(event.data, { id: extensionId, url }).then((reply) => port.postMessage(reply)));
  };
}

import { MessageError, replyValue } from './client';
import type { Envelope, MessageName, Reply, RequestOf, ResponseMap } from './map';

/**
 * Extension page → the background's service worker by `postMessage`, for the messages that carry a
 * whole file. Chrome JSON-encodes every runtime message in the sending page and decodes it in the
 * worker, 64 MiB at most: a 50,000-ticket file (29 MB) took 2.3 s just to arrive that way, 0.3 s
 * as a File posted here (a handle the worker reads itself). Same message map, same router: the
 * worker's listener (worker-listener.ts) checks that the sender is one of this extension's pages.
 * Firefox runs the background as an event page, with no service worker: there the page uses
 * runtime messaging, which clones in Firefox. Pages only: content scripts never carry files.
 */

interface ServiceWorkerLike {
  postMessage(message: unknown, transfer: Transferable[]): void;
}

async function activeWorker(): Promise<ServiceWorkerLike | null> {
  const container = (globalThis.navigator as Navigator | undefined)?.serviceWorker;
  if (!container) return null;
  try {
    return (await container.getRegistration())?.active ?? null;
  } catch {
    return null;
  }
}

/** True when this page can post to the extension's service worker (Chrome, Edge). */
export async function workerReachable(): Promise<boolean> {
  return (await activeWorker()) !== null;
}

/**
 * Posts one typed message to the service worker and returns its answer, or throws MessageError (also
 * when there is no worker: ask `workerReachable` first). The worker wakes for a posted message: no
 * retries are needed.
 */
export async function postToWorker<K extends MessageName>(name: K, data: RequestOf<K>): Promise<ResponseMap[K]> {
  const worker = await activeWorker();
  if (!worker) throw new MessageError(`No service worker for ${name}`);
  const envelope: Envelope<K> = { name, data };
  const reply = await new Promise<Reply<ResponseMap[K]>>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => {
      channel.port1.close();
      resolve(event.data as Reply<ResponseMap[K]>);
    };
    worker.postMessage(envelope, [channel.port2]);
  });
  return replyValue(name, reply);
}

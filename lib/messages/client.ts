import { browser } from 'wxt/browser';
import type { Envelope, MessageName, Reply, RequestOf, ResponseMap } from './map';

export class MessageError extends Error {}

interface SendOptions {
  /** Extra attempts while the background is asleep or restarting (MV3 service worker). */
  retries?: number;
}

/** A reply's value, or the MessageError it stands for. */
export function replyValue<T>(name: string, reply: Reply<T> | null | undefined): T {
  if (!reply) throw new MessageError(`No answer to ${name}`);
  if (!reply.ok) throw new MessageError(reply.error);
  return reply.value;
}

/** Sends one typed message to the background and returns its answer, or throws MessageError. */
export async function send<K extends MessageName>(name: K, data: RequestOf<K>, { retries = 0 }: SendOptions = {}): Promise<ResponseMap[K]> {
  const envelope: Envelope<K> = { name, data };
  for (let attempt = 0; ; attempt++) {
    try {
      return replyValue(name, (await browser.runtime.sendMessage(envelope)) as Reply<ResponseMap[K]> | undefined);
    } catch (error) {
      // A validation refusal will not change on retry; a missing receiver (worker waking) may.
      if (error instanceof MessageError && !/No answer/.test(error.message)) throw error;
      if (attempt >= retries) throw error instanceof Error ? error : new MessageError(String(error));
      await new Promise((resolve) => setTimeout(resolve, Math.min(2000, 100 * 2 ** attempt)));
    }
  }
}

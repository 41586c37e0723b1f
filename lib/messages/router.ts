import { messageMap, type MessageName, type Reply, type ResponseMap, type SenderKind } from './map';
import { contentScriptKindOf } from '../hosts';
import type { z } from '../zod';

/** What the background knows about who sent a message (a subset of runtime.MessageSender). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
  /** Who sent it, as the router judged (set by the router for the handler). */
  kind?: SenderKind;
}

export type Handlers = {
  [K in MessageName]: (data: z.output<(typeof messageMap)[K]['request']>, sender: SenderInfo) => Promise<ResponseMap[K]> | ResponseMap[K];
};

interface RouterOptions {
  extensionId: string;
  extensionOrigin: string;
}

/**
 * Validates an incoming message (shape, sender, payload) and runs its handler. Anything that is not
 * ours gets a refusal, never an exception, so a hostile page cannot crash the background.
 */
export function createRouter(handlers: Handlers, { extensionId, extensionOrigin }: RouterOptions) {
  function senderKind(sender: SenderInfo): SenderKind | null {
    if (sender.id !== extensionId) return null;
    if (sender.url?.startsWith(extensionOrigin)) return 'extensionPage';
    if (!sender.tab) return null;
    const script = contentScriptKindOf(sender.url);
    return script === 'partnerCenter' ? 'partnerCenterScript' : script === 'portal' ? 'portalScript' : null;
  }

  return async function route(message: unknown, sender: SenderInfo): Promise<Reply<unknown>> {
    if (typeof message !== 'object' || message === null || !('name' in message)) return refuse('Malformed message');
    const name = (message as { name: unknown }).name;
    if (typeof name !== 'string' || !Object.hasOwn(messageMap, name)) return refuse('Unknown message');
    const entry = messageMap[name as MessageName];
    const kind = senderKind(sender);
    if (!kind || !(entry.from as readonly SenderKind[]).includes(kind)) return refuse(`${name} is not allowed from this sender`);
    const parsed = (entry.request as z.ZodType).safeParse((message as { data?: unknown }).data);
    if (!parsed.success) return refuse(`Invalid ${name}: ${parsed.error.issues.map((i) => i.path.join('.') || '(payload)').join(', ')}`);
    try {
      const handler = handlers[name as MessageName] as (data: unknown, sender: SenderInfo) => unknown;
      return { ok: true, value: await handler(parsed.data, { ...sender, kind }) };
    } catch (error) {
      return refuse(error instanceof Error ? error.message : 'Failed');
    }
  };
}

function refuse(error: string): Reply<never> {
  return { ok: false, error };
}

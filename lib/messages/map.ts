import { z } from '../zod';
import type { SaveResult } from '../settings/store';
import type { Settings } from '../settings/schema';

/**
 * The one message map: every message that crosses a boundary (page ↔ background, content script
 * ↔ background) is declared here with the zod schema the background validates it with, who may
 * send it, and (in ResponseMap) what it answers. Content scripts import only the types.
 */
export type SenderKind = 'extensionPage' | 'contentScript';

export const messageMap = {
  getSettings: { from: ['extensionPage'], request: z.undefined() },
  saveSettings: { from: ['extensionPage'], request: z.unknown() },
  importSettings: { from: ['extensionPage'], request: z.object({ text: z.string() }) },
} as const satisfies Record<string, { from: readonly SenderKind[]; request: z.ZodType }>;

export interface ResponseMap {
  getSettings: Settings;
  saveSettings: SaveResult;
  importSettings: SaveResult;
}

export type MessageName = keyof typeof messageMap & keyof ResponseMap;
export type RequestOf<K extends MessageName> = z.input<(typeof messageMap)[K]['request']>;

/** What travels: the name and its payload. */
export interface Envelope<K extends MessageName = MessageName> {
  name: K;
  data: RequestOf<K>;
}

/** What comes back: a value, or an error text safe to show. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

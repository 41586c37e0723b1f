import type { Page } from 'puppeteer-core';

/** What the background answers any message (lib/messages/map.ts `Reply`). */
export type Reply = { ok: true; value: unknown } | { ok: false; error: string };

/** The parts of the background's ticket answers the suites read. */
export interface ViewJson {
  ticket: { id: string; number: string | null };
  sla: { state: string } | null;
}
export interface PageJson {
  items: ViewJson[];
}
export interface LoggedJson {
  view: ViewJson;
  created: boolean;
}
export interface ExportJson {
  text: string;
  count: number;
}

/** Sends one message from an extension page, as the popup or the tracker would. */
export function send(page: Page, name: string, data?: unknown): Promise<Reply> {
  return page.evaluate((name, data) => (globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<Reply> } } }).chrome.runtime.sendMessage({ name, data }), name, data);
}

/** `send`, and its value; throws with the background's error when it refused. */
export async function sendOk<T>(page: Page, name: string, data?: unknown): Promise<T> {
  const reply = await send(page, name, data);
  if (!reply.ok) throw new Error(`${name}: ${reply.error}`);
  return reply.value as T;
}

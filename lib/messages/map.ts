import type { z } from '../zod';
import { assistantMessages, type AssistantResponses } from './assistant-messages';
import { debugMessages, type DebugResponses } from './debug-messages';
import { partnerCenterMessages, type PartnerCenterResponses } from './partner-center-messages';
import { reportMessages, type ReportResponses } from './report-messages';
import { settingsMessages, type SettingsResponses } from './settings-messages';
import { ticketMessages, type TicketResponses } from './ticket-messages';

export type { SenderKind } from './spec';

/**
 * The one message map: every message that crosses a boundary (extension page ↔ background,
 * content script ↔ background) is declared in one of the domain files merged here, with the zod
 * schema the background validates it with, who may send it, and what it answers.
 * Content scripts import only the types, so zod stays out of their bundle. What the background pushes
 * without an answer is declared in push.ts.
 */
export const messageMap = { ...settingsMessages, ...ticketMessages, ...assistantMessages, ...partnerCenterMessages, ...reportMessages, ...debugMessages };

export interface ResponseMap extends SettingsResponses, TicketResponses, AssistantResponses, PartnerCenterResponses, ReportResponses, DebugResponses {}

export type MessageName = keyof typeof messageMap & keyof ResponseMap;
export type RequestOf<K extends MessageName> = z.input<(typeof messageMap)[K]['request']>;

/** What travels: the name and its payload. */
export interface Envelope<K extends MessageName = MessageName> {
  name: K;
  data: RequestOf<K>;
}

/** What comes back: a value, or an error text safe to show. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

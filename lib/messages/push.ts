import type { AssistantStatePush, TabStatusPush } from '../assistant/state';
import type { TicketsChangedPush } from './ticket-messages';

/**
 * The other half of the message map (map.ts): what the background pushes without expecting an
 * answer, to a portal tab's frames (`tabs.sendMessage`) or to the extension's own pages
 * (`runtime.sendMessage`). Types and one guard only, so every content script may import it.
 */
export interface PushMap {
  /** To the frames the assistant runs in: the tab's whole state (with the partner profile). */
  assistantState: AssistantStatePush;
  /** To every frame of a portal tab: support page or not, awaiting a request number or not. */
  tabStatus: TabStatusPush;
  /** To the popup and the tracker: the ticket log changed. */
  ticketsChanged: TicketsChangedPush;
}

/** True when `message` is the push `type` (the receiver still checks that the sender is its own background). */
export function isPush<K extends keyof PushMap>(message: unknown, type: K): message is PushMap[K] {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === type;
}

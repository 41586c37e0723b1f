import type { MessageSpec } from './spec';

/** In-page assistant: tenant context per tab, shared between the top frame and the form's frames. */
export const assistantMessages = {} as const satisfies Record<string, MessageSpec>;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AssistantResponses {}

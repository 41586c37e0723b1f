import type { z } from '../zod';

/** Who may send a message: the extension's own pages, or content scripts on the portals. */
export type SenderKind = 'extensionPage' | 'contentScript';

/** One message's declaration: allowed senders and the schema its payload must pass. */
export interface MessageSpec {
  from: readonly SenderKind[];
  request: z.ZodType;
}

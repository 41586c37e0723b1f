import type { z } from '../zod';

/**
 * Who may send a message: the extension's own pages, the portal script (Azure, M365, sovereign
 * clouds), or the Partner Center script. Each kind has its own allow-list in the message map.
 */
export type SenderKind = 'extensionPage' | 'portalScript' | 'partnerCenterScript';

/** One message's declaration: allowed senders and the schema its payload must pass. */
export interface MessageSpec {
  from: readonly SenderKind[];
  request: z.ZodType;
}

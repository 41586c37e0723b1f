import type { MessageSpec } from './spec';

/** Ticket log and SLA messages (issue 4). */
export const ticketMessages = {} as const satisfies Record<string, MessageSpec>;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface TicketResponses {}

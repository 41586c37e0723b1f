/**
 * Limits of the ticket log that the views need as well as the schemas, kept out of the zod modules so
 * the popup and the tracker load no schema code to use them.
 */

/** No support request in this log predates 2010 (Azure support itself is younger). */
export const EARLIEST_TICKET_MS = Date.UTC(2010, 0, 1);
/** How far ahead of this machine's clock a time may be (another device's clock, a time zone slip). */
export const MAX_AHEAD_MS = 86_400_000;

/** Tickets per page: enough for a screen, small enough that a page never loads a whole history. */
export const MAX_PAGE_SIZE = 200;

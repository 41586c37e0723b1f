import { pageReportSchema } from './schema';

/** A page report larger than this is not a report a frame of ours made: refused unread. */
export const MAX_PAGE_REPORT_CHARS = 200_000;

/**
 * A frame's answer to "describe this page" as the popup may show it: the report's JSON text when it
 * is one (shown as text only, but what crosses a boundary is checked all the same), else null.
 */
export function checkedPageReport(answer: unknown): string | null {
  if (typeof answer !== 'string' || answer.length > MAX_PAGE_REPORT_CHARS) return null;
  try {
    return pageReportSchema.safeParse(JSON.parse(answer)).success ? answer : null;
  } catch {
    return null; // not JSON
  }
}

import { z } from '../zod';
import type { MessageSpec } from './spec';

/** The popup's "Report this page": the background asks the tab's portal frames and checks the answer. */
export const reportMessages = {
  getMissedPageReport: { from: ['extensionPage'], request: z.strictObject({ tabId: z.number().int().positive() }) },
} as const satisfies Record<string, MessageSpec>;

export interface ReportResponses {
  /** The page report's JSON text, or null: not a portal tab, no frame looks like a missed support page, or not a valid report. */
  getMissedPageReport: string | null;
}

import type { Page } from 'puppeteer-core';
import type { LookalikeSession } from './session.ts';

/** The new-request blade as the Help + support overview opens it. */
export const NEW_REQUEST = 'view/Microsoft_Azure_Support/NewSupportRequestV3Blade/callerName/Microsoft_Azure_Support%2FHelpAndSupportOverview.ReactView';

/** A portal page at a desktop size (the panel and the form side by side). */
export async function openPortalPage(session: LookalikeSession, url: string): Promise<Page> {
  const page = await session.eb.newPage(url);
  await page.setViewport({ width: 1400, height: 1000 });
  return page;
}

import { contextView } from '../assistant/context-view';
import type { AssistantState } from '../assistant/state';
import { detectForm, routeHint } from '../form/detect';
import type { Portal } from '../portal';
import { looksLikeMissedSupportPage } from './missed-page';
import { buildPageReport } from './page-report';

/** The frame being described: its document and address, whether it is the top frame, and now. */
export interface FramePage {
  document: Document;
  url: string;
  isTop: boolean;
  now: number;
}

/**
 * This frame's answer to the popup's "describe the page": its masked page report when it looks like
 * support but shows no form (a frame with a form offers the report in its panel), else no answer.
 */
export function describeMissedPage(page: FramePage, portalHint: Portal | null, state: AssistantState | null, formShown: boolean): Promise<string> | undefined {
  if (formShown) return undefined;
  const detection = detectForm(page.document, { portalHint });
  if (!looksLikeMissedSupportPage(detection, page.isTop ? routeHint(page.url).kind : null)) return undefined;
  const evidence = state ? contextView(state).evidence : [];
  const report = buildPageReport({ detection, evidence, url: page.url, top: page.isTop, root: page.document, now: page.now });
  return Promise.resolve(JSON.stringify(report, null, 2));
}

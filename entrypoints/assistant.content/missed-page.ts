import { contextView } from '../../lib/assistant/context-view';
import type { AssistantState } from '../../lib/assistant/state';
import { detectForm, routeHint } from '../../lib/form/detect';
import { looksLikeMissedSupportPage } from '../../lib/report/missed-page';
import { buildPageReport } from '../../lib/report/page-report';
import type { Portal } from '../../lib/portal';

/**
 * This frame's answer to the popup's "describe the page": its masked page report when it looks like
 * support but shows no form (a frame with a form offers the report in its panel), else no answer.
 */
export function describeMissedPage(portalHint: Portal | null, state: AssistantState | null, formShown: boolean): Promise<string> | undefined {
  if (formShown) return undefined;
  const isTop = window.top === window;
  const detection = detectForm(document, { portalHint });
  if (!looksLikeMissedSupportPage(detection, isTop ? routeHint(location.href).kind : null)) return undefined;
  const evidence = state ? contextView(state).evidence : [];
  const report = buildPageReport({ detection, evidence, url: location.href, top: isTop, root: document, now: Date.now() });
  return Promise.resolve(JSON.stringify(report, null, 2));
}

/**
 * Form rendered → CSP plan and partner contact filled. The wizard is walked to Recommended solution;
 * then an observer in the form's own document stamps two moments from the form's would-submit JSON
 * (what Create would send): the step switching to Additional details (rendered) and, later, the CSP
 * plan and the partner's email in it (filled). Both stamps are the same frame's performance.now().
 */
import type { Frame } from 'puppeteer-core';
import type { ExtensionBrowser } from '../../test/e2e/harness/browser.ts';
import { clickButton, formContext, goToRecommendedSolution, planText } from '../../test/e2e/harness/azure-driver.ts';
import { formFrame, readWouldSubmit } from '../../test/e2e/harness/lookalike.ts';
import { findTenant } from '../../test/fixtures/src/shared/tenants.ts';
import { NEW_REQUEST } from '../../test/e2e/support/azure-page.ts';
import { PARTNER_SETTINGS_FILE } from '../../test/e2e/support/settings.ts';

export type FormShape = { ui: 'fluent' | 'knockout'; frame: 'top' | 'reactblade' };

interface Stamps {
  render: number | null;
  filled: number | null;
}

function installStamps(frame: Frame, plan: string, email: string) {
  return frame.evaluate(
    (plan, email) => {
      const stamps: Stamps = { render: null, filled: null };
      (globalThis as { benchStamps?: Stamps }).benchStamps = stamps;
      const check = () => {
        const text = document.querySelector('[data-testid="would-submit"]')?.textContent;
        if (!text) return;
        const shown = JSON.parse(text) as { step?: string; email?: string; shown?: { supportPlan?: string } };
        const now = performance.now();
        if (shown.step === 'additionalDetails') stamps.render ??= now;
        if (stamps.render !== null && shown.shown?.supportPlan === plan && shown.email === email) stamps.filled ??= now;
      };
      new MutationObserver(check).observe(document.documentElement, { childList: true, characterData: true, subtree: true });
    },
    plan,
    email,
  );
}

/** One run: a new portal tab in a customer directory, the wizard walked, the last step timed (ms). */
export async function renderToFilled(eb: ExtensionBrowser, shape: FormShape): Promise<number> {
  const page = await eb.newPage(`https://portal.azure.com/?ui=${shape.ui}&frame=${shape.frame}#@contoso.onmicrosoft.com/${NEW_REQUEST}`);
  try {
    await page.setViewport({ width: 1400, height: 1000 });
    await page.bringToFront();
    const frame = await formFrame(page);
    const ctx = await formContext(frame);
    const directory = String((await readWouldSubmit(frame)).directory ?? '');
    await goToRecommendedSolution(ctx, findTenant(directory)?.subscriptions[0]?.name ?? '');
    await installStamps(frame, planText(ctx, 'csp'), PARTNER_SETTINGS_FILE.partner.email);
    await clickButton(frame, ctx.t.next);
    await frame.waitForFunction(() => (globalThis as { benchStamps?: Stamps }).benchStamps?.filled != null, { timeout: 15_000 });
    const stamps = await frame.evaluate(() => (globalThis as { benchStamps?: Stamps }).benchStamps as Stamps);
    return (stamps.filled ?? Number.NaN) - (stamps.render ?? Number.NaN);
  } finally {
    await page.close();
  }
}

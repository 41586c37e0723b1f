/**
 * Reading the look-alikes from a test: what the form would submit (its own state, not the DOM) and
 * which frame holds the form (the portal's top document or a React-blade iframe).
 */
import type { Frame, Page } from 'puppeteer-core';

const WOULD_SUBMIT = '[data-testid="would-submit"]';

/** Parses the JSON of the form's `<pre data-testid="would-submit">` in that page or frame. */
export async function readWouldSubmit(frame: Page | Frame): Promise<Record<string, unknown>> {
  const text = await frame.$eval(WOULD_SUBMIT, (element) => element.textContent ?? '');
  return JSON.parse(text) as Record<string, unknown>;
}

/** True for a frame served by a React-blade sandbox host. */
export function isReactbladeFrame(frame: Frame): boolean {
  try {
    return /\.reactblade(-ms|-rc)?\.portal\.azure\.net$/.test(new URL(frame.url()).hostname);
  } catch {
    return false;
  }
}

/**
 * The frame that holds the support form: the top document when it has the form, else the React-blade
 * iframe that does. Waits for the form to render (frames load lazily) up to `timeout` ms.
 */
export async function formFrame(page: Page, timeout = 15_000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const candidates = [page.mainFrame(), ...page.frames().filter(isReactbladeFrame)];
    for (const frame of candidates) {
      if (frame.detached) continue;
      const has = await frame.$(WOULD_SUBMIT).then((handle) => handle !== null).catch(() => false);
      if (has) return frame;
    }
    if (Date.now() > deadline) throw new Error(`No support form (${WOULD_SUBMIT}) in ${page.url()} within ${timeout} ms.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Reading the look-alikes from a test: what the form would submit (its own state, not the DOM) and
 * which frame holds the form (the portal's top document or a React-blade iframe).
 */
import type { Frame, Page } from 'puppeteer-core';
import { waitUntil } from './wait.ts';

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
  try {
    return await findFormFrame(page, Math.min(timeout, 10_000));
  } catch (error) {
    // Seen once in CI and once in 240 bench fills before findFormFrame stopped waiting on one frame
    // at a time (a hung question to the spare iframe outlasted the deadline). Kept for a form frame
    // that itself never answers: a person would reload; the test does so once, and says so.
    console.warn(`formFrame: ${(error as Error).message}; reloading the page once`);
    await page.reload({ waitUntil: 'domcontentloaded' });
    return findFormFrame(page, timeout);
  }
}

/**
 * Asks every candidate frame whether it holds the form, none waiting on another: asking a frame can
 * hang (puppeteer's query in the portal's spare 0×0 blade iframe sometimes never settles, 4 times in
 * 90 loads of the look-alike), and a hung question must not keep the form's own frame from being
 * seen. A frame is asked again only once its last answer is in.
 */
function findFormFrame(page: Page, timeout: number): Promise<Frame> {
  const asking = new WeakSet<Frame>();
  let found: Frame | null = null;
  return waitUntil(
    `a support form (${WOULD_SUBMIT}) in ${page.url()}`,
    () => {
      if (found && !found.detached) return found;
      for (const frame of [page.mainFrame(), ...page.frames().filter(isReactbladeFrame)]) {
        if (frame.detached || asking.has(frame)) continue;
        asking.add(frame);
        frame
          .$(WOULD_SUBMIT)
          .then(
            (handle) => {
              if (handle) found ??= frame;
              void handle?.dispose();
            },
            () => undefined,
          )
          .finally(() => asking.delete(frame));
      }
      return null;
    },
    { timeout },
  );
}

/** What the look-alike would send if Create were pressed now, with `shown`, the texts on screen. */
export async function wouldSubmit(frame: Page | Frame): Promise<Record<string, unknown> & { shown: Record<string, string> }> {
  return (await readWouldSubmit(frame)) as Record<string, unknown> & { shown: Record<string, string> };
}

/** Waits until the would-submit JSON contains every fragment (the assistant fills one control after another). */
export async function waitForPayload(frame: Page | Frame, fragments: string[], timeout = 15_000): Promise<void> {
  await frame.waitForFunction(
    (selector: string, wanted: string[]) => {
      const text = document.querySelector(selector)?.textContent ?? '';
      return wanted.every((fragment) => text.includes(fragment));
    },
    { timeout },
    WOULD_SUBMIT,
    fragments,
  );
}

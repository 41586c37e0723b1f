/**
 * Idle cost on a page with no support form that keeps changing: a 10,000-node storm (200 steps of grid
 * rows with a link, a button and an input each) in the Azure look-alike's top document (#home) and in
 * its spare, empty React-blade iframe. Main-thread TaskDuration and ScriptDuration (CDP
 * Performance.getMetrics) of the renderer that runs that document, from before the storm until it
 * went quiet, with the product and with its empty twin, the portal tab in front.
 */
import type { CDPSession, Page } from 'puppeteer-core';
import { launchWithExtension } from '../../test/e2e/harness/browser.ts';
import { waitUntil } from '../../test/e2e/harness/wait.ts';

export const STORM = { steps: 200, rowsPerStep: 10 } as const; // 10 rows × 5 nodes × 200 steps = 10,000 nodes
export type StormPlace = 'top' | 'iframe';

interface Cost {
  task: number;
  script: number;
}

async function metrics(cdp: CDPSession): Promise<Cost> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => (list.find((metric) => metric.name === name)?.value ?? 0) * 1000;
  return { task: get('TaskDuration'), script: get('ScriptDuration') };
}

/** Runs the storm in the document the frame (or page) shows; resolves once the last step ran. */
function storm(target: Page | import('puppeteer-core').Frame) {
  return target.evaluate(
    ({ steps, rowsPerStep }) =>
      new Promise<void>((done) => {
        const grid = document.body.appendChild(document.createElement('div'));
        grid.setAttribute('role', 'grid');
        let step = 0;
        const next = () => {
          const batch = document.createDocumentFragment();
          for (let row = 0; row < rowsPerStep; row++) {
            const line = document.createElement('div');
            line.setAttribute('role', 'row');
            const n = step * rowsPerStep + row;
            line.innerHTML = `<a href="#home">vm-${n}</a><button>Start</button><input aria-label="Select vm-${n}"><span>Running</span>`;
            batch.append(line);
          }
          grid.append(batch);
          step += 1;
          if (step < steps) setTimeout(next, 0);
          else done();
        };
        next();
      }),
    STORM,
  );
}

/** Quiet: no task ran on that renderer across two half-second waits in the page (timers, observers, messages). */
async function quiet(cdp: CDPSession, page: Page): Promise<void> {
  await waitUntil(
    'the page to go quiet',
    async () => {
      const before = await metrics(cdp);
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
      const after = await metrics(cdp);
      return after.script - before.script < 0.5;
    },
    { timeout: 20_000, interval: 100 },
  );
}

/** One run: a fresh browser with `extensionPath`, the storm in `place`, the cost it caused. */
export async function stormCost(port: number, extensionPath: string | undefined, place: StormPlace): Promise<Cost> {
  const eb = await launchWithExtension({ port, lang: 'en', ...(extensionPath && { extensionPath }) });
  try {
    const page = await eb.newPage('https://portal.azure.com/?ui=fluent#@contoso.onmicrosoft.com/home');
    await page.bringToFront();
    await page.waitForSelector('.fxs-avatarmenu-tenant');
    const spare = await waitUntil('the spare React-blade iframe', async () => page.frames().find((frame) => frame.url().includes('sandbox-2.reactblade')) ?? null, { timeout: 15_000, interval: 100 });
    await spare.waitForSelector('#root');
    // A cross-site iframe runs in its own renderer (site isolation): measure the one that runs the storm.
    const frameTarget = place === 'iframe' ? eb.browser.targets().find((target) => target.url().includes('sandbox-2.reactblade')) : undefined;
    const cdp = frameTarget ? await frameTarget.createCDPSession() : await page.createCDPSession();
    await cdp.send('Performance.enable');
    await quiet(cdp, page);
    const before = await metrics(cdp);
    await storm(place === 'top' ? page : spare);
    await quiet(cdp, page);
    const after = await metrics(cdp);
    return { task: after.task - before.task, script: after.script - before.script };
  } finally {
    await eb.close();
  }
}

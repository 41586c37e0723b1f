import { join } from 'node:path';
import type { Frame, Page } from 'puppeteer-core';
import { waitForRoleText } from '../../test/e2e/support/panel.ts';

/** Where the demo writes, and how a shot is taken: page in front, panel on screen first. */
export interface DemoContext {
  outDir: string;
  written: string[];
}

export async function shoot(ctx: DemoContext, page: Page, name: string): Promise<void> {
  await page.bringToFront();
  await settled(page);
  const path = join(ctx.outDir, `${name}.png`);
  await page.screenshot({ path });
  ctx.written.push(path);
}

/** Waits for the assistant's verdict (status or alert) in the frame that shows the form. */
export async function waitForPanel(frame: Frame | Page, role: 'status' | 'alert', pattern: RegExp): Promise<void> {
  await waitForRoleText(frame, role, pattern, 15_000);
}

/** Resolves once no finite animation runs in any frame of the page (the panel slides in, callouts fade). */
async function settled(page: Page): Promise<void> {
  for (const frame of page.frames().filter((candidate) => !candidate.detached)) {
    await frame
      .evaluate(() =>
        Promise.all(
          document
            .getAnimations()
            .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
            .map((a) => a.finished.catch(() => undefined)),
        ),
      )
      .catch(() => undefined); // a frame that navigated away has nothing left to animate
  }
}

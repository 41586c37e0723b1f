import type { ElementHandle, Frame, Page } from 'puppeteer-core';

/**
 * Drives the Azure look-alike's wizard the way a person does (real mouse and keyboard through
 * puppeteer), for both control flavours: Fluent UI dropdowns and Knockout Fx dropdowns.
 */
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The frame that holds the support form: a reactblade iframe, or the top document. */
export async function supportFormFrame(page: Page, timeout = 10_000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  for (;;) {
    for (const frame of page.frames()) {
      if (await frame.$('[data-testid="would-submit"]').catch(() => null)) return frame;
    }
    if (Date.now() > deadline) throw new Error('no frame shows a support form');
    await pause(200);
  }
}

/** Opens every still-empty dropdown in turn and picks its first option (issue type first). */
async function chooseFirstInEmptyDropdowns(frame: Frame): Promise<void> {
  let quietChecks = 0;
  for (let round = 0; round < 12 && quietChecks < 2; round++) {
    const empty = await firstEmptyDropdown(frame);
    if (!empty) {
      // Dependent fields (Service after Subscription…) render a moment later: look twice.
      quietChecks++;
      await pause(400);
      continue;
    }
    quietChecks = 0;
    await empty.click();
    const option = await frame.waitForSelector('.fxc-dropdown-popup .fxc-dropdown-option, .ms-Callout [role="option"]', { timeout: 5000 });
    await option!.click();
    await pause(250);
  }
}

async function firstEmptyDropdown(frame: Frame): Promise<ElementHandle<Element> | null> {
  const candidates = await frame.$$('.sr-ko-wizard .fxc-dropdown-input, .ms-Dropdown');
  for (const candidate of candidates) {
    const empty = await candidate.evaluate((el) => Boolean(el.querySelector('.fxc-dropdown-placeholder, .ms-Dropdown-title.ms-Dropdown-titleIsPlaceHolder')));
    if (empty) return candidate;
  }
  return null;
}

async function clickPrimary(frame: Frame): Promise<void> {
  const next = await frame.waitForSelector('.fxs-button-primary:not([disabled]), .ms-Button--primary:not(.is-disabled)', { timeout: 5000 });
  await next!.click();
  await pause(400);
}

const currentStep = (frame: Frame) => frame.$eval('[data-testid="would-submit"]', (el) => /"step":\s*"(\w+)"/.exec(el.textContent ?? '')?.[1] ?? '');

/** Fills the Problem description step and walks on to Additional details. */
export async function walkToAdditionalDetails(frame: Frame, summary = 'VM does not start after update'): Promise<void> {
  for (let attempt = 0; attempt < 4 && (await currentStep(frame)) === 'problemDescription'; attempt++) {
    await chooseFirstInEmptyDropdowns(frame);
    const summaryBox = await frame.$('#sr-summary, .sr-ko-wizard input[placeholder]');
    if (summaryBox && !(await summaryBox.evaluate((el) => (el as HTMLInputElement).value))) await summaryBox.type(summary);
    await clickPrimary(frame);
  }
  if ((await currentStep(frame)) === 'recommendedSolution') await clickPrimary(frame);
  await frame.waitForFunction(() => /"step":\s*"additionalDetails"/.test(document.querySelector('[data-testid="would-submit"]')?.textContent ?? ''), { timeout: 10_000 });
}

/** What the look-alike would send if Create were pressed now. */
export async function wouldSubmit(frame: Frame): Promise<Record<string, unknown> & { shown: Record<string, string> }> {
  return JSON.parse((await frame.$eval('[data-testid="would-submit"]', (el) => el.textContent)) ?? '{}');
}

/** Waits until the would-submit JSON contains every fragment (the assistant fills one control after another). */
export async function waitForPayload(frame: Frame, fragments: string[], timeout = 15_000): Promise<void> {
  await frame.waitForFunction(
    (wanted: string[]) => {
      const text = document.querySelector('[data-testid="would-submit"]')?.textContent ?? '';
      return wanted.every((fragment) => text.includes(fragment));
    },
    { timeout },
    fragments,
  );
}

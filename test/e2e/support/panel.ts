import type { Frame, Page } from 'puppeteer-core';

/**
 * Reads the assistant's panel as assistive technology does. The panel is in a CLOSED shadow root,
 * so CSS selectors cannot reach it; puppeteer's ARIA queries go through the accessibility tree.
 */
export async function textsWithRole(frame: Frame | Page, role: 'alert' | 'status'): Promise<string[]> {
  const handles = await frame.$$(`::-p-aria([role="${role}"])`);
  const texts = await Promise.all(handles.map((handle) => handle.evaluate((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())));
  return texts.filter(Boolean);
}

/** Waits until an element with the role shows text matching `pattern`, and returns that text. */
export async function waitForRoleText(frame: Frame | Page, role: 'alert' | 'status', pattern: RegExp, timeout = 10_000): Promise<string> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const match = (await textsWithRole(frame, role)).find((text) => pattern.test(text));
    if (match) return match;
    if (Date.now() > deadline) throw new Error(`no ${role} matching ${pattern}; saw ${JSON.stringify(await textsWithRole(frame, role))}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The panel's "Filled for you" list as the accessibility tree exposes it (field: value lines). */
export async function filledList(frame: Frame | Page): Promise<string[]> {
  const regions = await frame.$$('::-p-aria([role="region"])');
  for (const region of regions) {
    const name = await region.evaluate((el) => el.getAttribute('aria-label') ?? '');
    if (/filled for you|rellenado por el asistente/i.test(name)) {
      return region.evaluate((el) => [...el.querySelectorAll('li')].map((li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim()));
    }
  }
  return [];
}

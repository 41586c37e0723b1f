import type { Frame, Page } from 'puppeteer-core';
import { waitUntil } from '../harness/wait.ts';

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
  return waitUntil(`a ${role} matching ${pattern}`, async () => (await textsWithRole(frame, role)).find((text) => pattern.test(text)), { timeout, interval: 200 });
}

/** The items of the panel's report section whose accessible name matches `name` ([] when absent). */
export async function panelList(frame: Frame | Page, name: RegExp): Promise<string[]> {
  const regions = await frame.$$('::-p-aria([role="region"])');
  for (const region of regions) {
    const label = await region.evaluate((el) => el.getAttribute('aria-label') ?? '');
    if (name.test(label)) return region.evaluate((el) => [...el.querySelectorAll('li')].map((li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim()));
  }
  return [];
}

/** The panel's "Filled for you" list (field: value lines). */
export const filledList = (frame: Frame | Page) => panelList(frame, /filled for you|rellenado por el asistente/i);

/** Waits until the report section named `name` lists every one of `items`; returns the list. */
export async function waitForPanelList(frame: Frame | Page, name: RegExp, items: string[], timeout = 10_000): Promise<string[]> {
  return waitUntil(
    `panel list ${name} to include ${JSON.stringify(items)}`,
    async () => {
      const list = await panelList(frame, name);
      return items.every((item) => list.includes(item)) ? list : null;
    },
    { timeout, interval: 200 },
  );
}

/**
 * The ticket log with a large history, in real Chromium: import time, popup first row (warm and cold
 * worker), a tracker search query, and a worker start. Tickets are seeded by picking the file in the
 * tracker, the path a partner's import takes.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import type { ExtensionBrowser } from '../../test/e2e/harness/browser.ts';
import { sendOk } from '../../test/e2e/support/messages.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Open tickets among the seeded ones (the rest closed over two years). */
export const OPEN_TICKETS = 50;

function makeTicket(index: number, now: number, customers: readonly { name: string; tenantId: string; domain: string }[]) {
  const open = index < OPEN_TICKETS;
  const createdAt = open ? now - ((index * 7919) % (10 * HOUR)) : now - DAY - ((index * 104_729) % (730 * DAY));
  const answered = !open || index % 5 === 0;
  const firstResponseAt = answered ? createdAt + ((index % 4) + 1) * 30 * 60_000 : null;
  const closedAt = open ? null : Math.min(createdAt + 3 * DAY, now);
  return {
    id: crypto.randomUUID(),
    number: String(2_400_000_000_000_000 + index),
    armName: null,
    portal: index % 4 === 0 ? 'm365' : 'azure',
    customer: customers[index % customers.length],
    severity: (['A', 'B', 'C'] as const)[index % 3],
    breakFix: index % 7 !== 0,
    issueType: index % 7 !== 0 ? 'technical' : 'billing',
    title: `Benchmark request ${index}: service degraded in production workload`,
    service: 'Virtual Machines',
    supportLanguage: 'en-US',
    contactMethod: 'email',
    createdAt,
    firstResponseAt: firstResponseAt !== null && firstResponseAt <= now ? firstResponseAt : null,
    closedAt,
    pausedIntervals: [],
    updatedAt: closedAt ?? createdAt,
    deletedAt: null,
  };
}

export function ticketsFile(count: number, now = Date.now()): string {
  const customers = Array.from({ length: 40 }, (_, index) => ({
    name: `Customer ${String(index + 1).padStart(2, '0')} Ltd`,
    tenantId: `${String(index + 1).padStart(8, '0')}-0000-4000-8000-000000000000`,
    domain: `customer${index + 1}.onmicrosoft.com`,
  }));
  return JSON.stringify({ format: 'csp-support-assistant/tickets', version: 1, exportedAt: now, tickets: Array.from({ length: count }, (_, index) => makeTicket(index, now, customers)) });
}

/**
 * Imports `count` tickets into an empty log the way a partner does, by picking the file in the
 * tracker: seconds from the file input's change to "Imported …" shown (reading, checking and storing
 * it in the background, and the answer drawn).
 */
export async function importTime(eb: ExtensionBrowser, count: number): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'csp-bench-import-'));
  const page = await eb.extensionPage('tracker.html');
  try {
    const path = join(dir, 'tickets.json');
    await writeFile(path, ticketsFile(count));
    const input = (await page.waitForSelector('input#import-file')) as ElementHandle<HTMLInputElement>;
    await page.evaluate(() => {
      const stamps: { picked?: number; shown?: number } = {};
      (globalThis as { importStamps?: typeof stamps }).importStamps = stamps;
      document.querySelector('input#import-file')?.addEventListener('change', () => (stamps.picked = performance.now()), { capture: true });
      new MutationObserver(() => {
        if (document.querySelector('[data-testid=import-result]')?.textContent?.startsWith('Imported')) stamps.shown ??= performance.now();
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    await input.uploadFile(path);
    await page.waitForFunction(() => (globalThis as { importStamps?: { shown?: number } }).importStamps?.shown !== undefined, { timeout: 120_000 });
    const { picked = Number.NaN, shown = Number.NaN } = await page.evaluate(() => (globalThis as { importStamps?: { picked?: number; shown?: number } }).importStamps ?? {});
    const exported = await sendOk<{ count: number }>(page, 'exportTickets', { format: 'json' });
    if (exported.count < count) throw new Error(`Expected ${count} stored tickets, found ${exported.count}`);
    return (shown - picked) / 1000;
  } finally {
    await page.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** Navigation start → the first ticket row painted (its Element Timing entry, as the floor's line). */
async function firstRow(page: Page): Promise<number> {
  await page.waitForSelector('[data-testid=ticket-row]', { timeout: 30_000 });
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const row = list.getEntries().find((entry) => (entry as unknown as { identifier: string }).identifier === 'first-ticket-row');
          if (row) resolve((row as unknown as { renderTime: number }).renderTime);
        }).observe({ type: 'element', buffered: true });
      }),
  );
}

/** Popup first row over `runs` openings, with the worker awake (`warm`) or just stopped (`cold`). */
export async function popupFirstRow(eb: ExtensionBrowser, runs: number, worker: 'warm' | 'cold'): Promise<number[]> {
  const samples: number[] = [];
  for (let run = -2; run < runs; run++) {
    if (worker === 'cold') await eb.stopServiceWorker();
    else await eb.worker();
    const popup = await eb.extensionPage('popup.html');
    await popup.setViewport({ width: 400, height: 600 });
    const ms = await firstRow(popup);
    if ((await popup.$$eval('[data-testid=ticket-row]', (rows) => rows.length)) === 0) throw new Error('The popup showed no ticket rows');
    // Two unmeasured loads first: they fill the code cache.
    if (run >= 0) samples.push(ms);
    await popup.close();
  }
  return samples;
}

/**
 * The tracker's query for each keystroke of typing `typed` (its typing pause aside): round trip to the
 * first page of results. The tracker is open and showing its list first, as when a partner starts typing.
 */
export async function trackerSearch(eb: ExtensionBrowser, typed: string): Promise<number[]> {
  const page = await eb.extensionPage('tracker.html');
  try {
    await page.waitForSelector('[data-testid=ticket-row]', { timeout: 30_000 });
    return await page.evaluate(async (typed) => {
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string }> } } }).chrome.runtime;
      const times: number[] = [];
      for (let length = 1; length <= typed.length; length++) {
        const started = performance.now();
        const reply = await runtime.sendMessage({ name: 'listTickets', data: { status: 'all', search: typed.slice(0, length), limit: 50 } });
        if (!reply.ok) throw new Error(reply.error);
        times.push(performance.now() - started);
      }
      return times;
    }, typed);
  } finally {
    await page.close();
  }
}

/** Worker stopped → an extension page's first message answered (the worker's start-up, settings read). */
export async function workerStart(eb: ExtensionBrowser, runs: number): Promise<number[]> {
  const page = await eb.extensionPage('tracker.html');
  const samples: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      await eb.stopServiceWorker();
      samples.push(
        await page.evaluate(async () => {
          const started = performance.now();
          await (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ name: 'getSettings' });
          return performance.now() - started;
        }),
      );
    }
    return samples;
  } finally {
    await page.close();
  }
}

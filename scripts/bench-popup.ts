// Popup first-render benchmark with a large ticket history:
//   npx wxt build && flock /tmp/browser.lock node scripts/bench-popup.ts [--runs 20] [--tickets 5000] [--open 50]
// Seeds the tickets through the background (importTickets from an extension page, the same path a
// partner's import takes), then opens popup.html as a page again and again and reads, from the page,
// the time from navigation start to the first ticket row on screen. Each page load is measured with a
// warm service worker and again right after the worker was stopped (as after 30 s idle).
import type { Page } from 'puppeteer-core';
import { launchWithExtension } from '../test/e2e/harness/browser.ts';
import { startLookalikeServer } from '../test/e2e/harness/server.ts';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index > 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive whole number`);
  return value;
}

const RUNS = option('runs', 20);
const TICKETS = option('tickets', 5000);
const OPEN = Math.min(option('open', 50), TICKETS);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A stored ticket in the export-file shape (lib/tickets/export-file.ts, format version 1). */
function makeTicket(index: number, now: number, customers: readonly { name: string; tenantId: string; domain: string }[]) {
  const open = index < OPEN;
  const severity = (['A', 'B', 'C'] as const)[index % 3]!;
  // Open tickets were filed in the last 10 hours (some at risk or breached); closed ones over two years.
  const createdAt = open ? now - ((index * 7919) % (10 * HOUR)) : now - DAY - ((index * 104_729) % (730 * DAY));
  const answered = !open || index % 5 === 0;
  const firstResponseAt = answered ? createdAt + ((index % 4) + 1) * 30 * 60_000 : null;
  const closedAt = open ? null : Math.min(createdAt + 3 * DAY, now);
  return {
    id: crypto.randomUUID(),
    number: String(2_400_000_000_000_000 + index),
    armName: null,
    portal: index % 4 === 0 ? 'm365' : 'azure',
    customer: customers[index % customers.length]!,
    severity,
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

function ticketsFile(now: number): string {
  const customers = Array.from({ length: 40 }, (_, index) => ({
    name: `Customer ${String(index + 1).padStart(2, '0')} Ltd`,
    tenantId: `${String(index + 1).padStart(8, '0')}-0000-4000-8000-000000000000`,
    domain: `customer${index + 1}.onmicrosoft.com`,
  }));
  const tickets = Array.from({ length: TICKETS }, (_, index) => makeTicket(index, now, customers));
  return JSON.stringify({ format: 'csp-support-assistant/tickets', version: 1, exportedAt: now, tickets });
}

type Reply = { ok: true; value: unknown } | { ok: false; error: string };
interface ChromeRuntime {
  runtime: { sendMessage(message: unknown): Promise<Reply> };
}

async function send(page: Page, name: string, data: unknown): Promise<unknown> {
  const reply = await page.evaluate((name, data) => (globalThis as unknown as { chrome: ChromeRuntime }).chrome.runtime.sendMessage({ name, data }), name, data);
  if (!reply.ok) throw new Error(`${name}: ${reply.error}`);
  return reply.value;
}

interface Sample {
  /** Navigation start → data arrived (settings + first page of open tickets). */
  data: number;
  /** Navigation start → the first row's text painted (Element Timing), or the post-frame mark. */
  firstRow: number;
  source: 'element-timing' | 'mark';
}

/** Reads the popup's own timing entries once the first row is on screen. */
async function readSample(page: Page): Promise<Sample> {
  await page.waitForFunction(() => performance.getEntriesByName('popup:first-row').length > 0, { timeout: 30_000 });
  return page.evaluate(async () => {
    const mark = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
    const painted = await new Promise<number | null>((resolve) => {
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { identifier?: string; renderTime?: number })[]) {
          if (entry.identifier === 'first-ticket-row' && entry.renderTime) resolve(entry.renderTime);
        }
      });
      observer.observe({ type: 'element', buffered: true });
      setTimeout(() => resolve(null), 1000);
    });
    return painted === null
      ? { data: mark('popup:data'), firstRow: mark('popup:first-row'), source: 'mark' as const }
      : { data: mark('popup:data'), firstRow: painted, source: 'element-timing' as const };
  });
}

/** Nearest-rank percentile. */
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

function summary(label: string, samples: readonly Sample[]): string {
  const rows = samples.map((sample) => sample.firstRow);
  const data = samples.map((sample) => sample.data);
  const sources = [...new Set(samples.map((sample) => sample.source))].join('+');
  return `${label.padEnd(14)} first row: median ${percentile(rows, 50).toFixed(1)} ms, p95 ${percentile(rows, 95).toFixed(1)} ms, max ${Math.max(...rows).toFixed(1)} ms | data ready: median ${percentile(data, 50).toFixed(1)} ms (${samples.length} runs, ${sources})`;
}

const server = await startLookalikeServer();
const ext = await launchWithExtension({ port: server.port });
try {
  const seeder = await ext.extensionPage('options.html');
  const started = performance.now();
  const imported = await send(seeder, 'importTickets', { text: ticketsFile(Date.now()) });
  console.log(`Seeded ${TICKETS} tickets (${OPEN} open) in ${((performance.now() - started) / 1000).toFixed(1)} s:`, JSON.stringify(imported));
  const exported = (await send(seeder, 'exportTickets', { format: 'json' })) as { count: number };
  if (exported.count !== TICKETS) throw new Error(`Expected ${TICKETS} stored tickets, found ${exported.count}`);
  await seeder.close();

  const warm: Sample[] = [];
  const cold: Sample[] = [];
  // Two unmeasured loads: the first compiles the popup's scripts into the code cache.
  for (let run = -2; run < RUNS; run++) {
    for (const worker of ['warm', 'cold'] as const) {
      if (worker === 'cold') await ext.stopServiceWorker();
      else await ext.worker();
      const popup = await ext.extensionPage('popup.html');
      await popup.setViewport({ width: 400, height: 600 });
      const sample = await readSample(popup);
      const rows = await popup.$$eval('[data-testid=ticket-row]', (elements) => elements.length);
      if (rows === 0) throw new Error('The popup showed no ticket rows');
      if (run >= 0) (worker === 'warm' ? warm : cold).push(sample);
      await popup.close();
    }
  }
  console.log(`Popup first render, ${TICKETS} stored tickets (${OPEN} open), Chromium ${await ext.browser.version()}:`);
  console.log(summary('warm worker', warm));
  console.log(summary('cold worker', cold));
} finally {
  await ext.close();
  await server.close();
}

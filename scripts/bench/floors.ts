/**
 * What Chromium itself costs here, measured in the empty twin (twin.ts): the goals for the popup and
 * the import are read against these. No product code runs in either.
 */
import type { ExtensionBrowser } from '../../test/e2e/harness/browser.ts';
import { ticketsFile } from './tickets.ts';

/**
 * Navigation start → an extension page's one line painted (Element Timing), per opening: the static
 * line of floor.html, or the line asking.html draws from the worker's answer.
 */
export async function floorPagePaint(eb: ExtensionBrowser, runs: number, path: 'floor.html' | 'asking.html' = 'floor.html'): Promise<number[]> {
  const samples: number[] = [];
  for (let run = -2; run < runs; run++) {
    await eb.worker(); // awake, as for the popup's warm figure
    const page = await eb.extensionPage(path);
    const painted = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          new PerformanceObserver((list) => resolve((list.getEntries()[0] as unknown as { renderTime: number }).renderTime)).observe({ type: 'element', buffered: true });
        }),
    );
    // Two unmeasured openings first, as for the popup.
    if (run >= 0) samples.push(painted);
    await page.close();
  }
  return samples;
}

/**
 * The same `count` ticket records the import writes, put straight into an IndexedDB with the ticket
 * log's key and five indexes (or none), in one transaction, from an extension page: seconds. With
 * `ticketsPerRecord` above 1 the tickets go in as arrays of that many per record, the shape a log
 * kept in batches would have: what Chromium charges per record, set against per byte and per index.
 */
export async function bareIndexedDbWrites(eb: ExtensionBrowser, count: number, { ticketsPerRecord = 1, indexes = true } = {}): Promise<number> {
  const page = await eb.extensionPage('floor.html');
  try {
    return await page.evaluate(
      async (text, perRecord, withIndexes) => {
        const records = (JSON.parse(text) as { tickets: { closedAt: number | null; createdAt: number; deletedAt: number | null }[] }).tickets.map((ticket) => ({
          ...ticket,
          openKey: ticket.closedAt === null ? ticket.createdAt : undefined,
          deletedAt: ticket.deletedAt ?? undefined,
        }));
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open(`bench-floor-${perRecord}-${withIndexes}`, 1);
          open.onupgradeneeded = () => {
            const store = open.result.createObjectStore('tickets', { keyPath: 'id' });
            if (!withIndexes) return;
            store.createIndex('byNumber', 'number', { unique: true });
            store.createIndex('byOpen', 'openKey');
            store.createIndex('byCreatedAt', 'createdAt');
            store.createIndex('byCustomer', 'customer.tenantId');
            store.createIndex('byDeletedAt', 'deletedAt');
          };
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        const started = performance.now();
        const tx = db.transaction('tickets', 'readwrite');
        const store = tx.objectStore('tickets');
        if (perRecord === 1) for (const record of records) store.put(record);
        else for (let start = 0; start < records.length; start += perRecord) store.put({ id: `batch-${start}`, tickets: records.slice(start, start + perRecord) });
        await new Promise((resolve, reject) => {
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
        });
        const seconds = (performance.now() - started) / 1000;
        db.close();
        return seconds;
      },
      ticketsFile(count),
      ticketsPerRecord,
      indexes,
    );
  } finally {
    await page.close();
  }
}

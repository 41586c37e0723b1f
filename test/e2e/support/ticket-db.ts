import type { Page } from 'puppeteer-core';

/** A stored ticket record (with its index key) whose dates no request can have: 8.6e15 ms is year 274,500. */
export function impossibleRecord(number: string): Record<string, unknown> {
  return {
    id: '7e0b6c1a-1111-4222-8333-444455556666',
    number,
    armName: null,
    portal: 'azure',
    customer: { name: 'Broken export', tenantId: null, domain: null },
    severity: 'B',
    response24x7: false,
    breakFix: true,
    issueType: 'technical',
    title: 'From a broken export',
    service: null,
    supportLanguage: null,
    contactMethod: null,
    createdAt: 8.6e15,
    firstResponseAt: null,
    closedAt: null,
    pausedIntervals: [],
    updatedAt: 8.6e15,
    deletedAt: null,
    openKey: 1,
  };
}

/** Writes a record straight into the extension's ticket database from one of its pages, bypassing every check. */
export async function putRawTicketRecord(page: Page, record: Record<string, unknown>): Promise<void> {
  await page.evaluate(
    (value) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('csp-support-assistant');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('tickets', 'readwrite');
          tx.objectStore('tickets').put(value);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    record,
  );
}

import { openShadowRoots } from '../form/dom';
import { readSeenCustomers, type SeenCustomer } from './page-reader';

/** Partner Center is a single-page app: after a change, wait for it to settle, and read at most this often. */
export const SETTLE_MS = 700;

export interface PageWatcherDeps {
  document: Document;
  /** The page's address now (client-side navigation changes it without a load). */
  url: () => string;
  /** A timer that dies with the content script. */
  later: (run: () => void, ms: number) => void;
  /** Hands customers not handed over yet to the background; a rejection means they were not kept. */
  learn: (customers: SeenCustomer[]) => Promise<unknown>;
}

/**
 * Learns the customers a Partner Center page shows (the list's rows, the open customer) and hands over
 * those it has not handed over yet, as the page shows them now. One MutationObserver whose callback only
 * queues a read; no polling. `queue` also serves client-side navigation; `stop` disconnects.
 */
export function watchPartnerCenterPage({ document, url, later, learn }: PageWatcherDeps): { queue: () => void; stop: () => void } {
  const sent = new Map<string, string>();
  let queued = false;

  async function read(): Promise<void> {
    queued = false;
    watchShadowRoots();
    const fresh = readSeenCustomers(document, url()).filter((customer) => sent.get(customer.tenantId) !== JSON.stringify(customer));
    if (fresh.length === 0) return;
    for (const customer of fresh) sent.set(customer.tenantId, JSON.stringify(customer));
    try {
      await learn(fresh);
    } catch {
      for (const customer of fresh) sent.delete(customer.tenantId); // read again on the next change
    }
  }

  function queue(): void {
    if (queued) return;
    queued = true;
    later(() => void read(), SETTLE_MS);
  }

  const observer = new MutationObserver(queue);
  const options = { childList: true, subtree: true, characterData: true };
  observer.observe(document.documentElement, options);
  // Web components render into open shadow roots, whose changes the document's observer never sees
  // (the GDAP grid swaps its skeleton rows there): each root found is observed too.
  const watched = new WeakSet<ShadowRoot>();
  function watchShadowRoots(): void {
    for (const root of openShadowRoots(document)) {
      if (watched.has(root)) continue;
      watched.add(root);
      observer.observe(root, options);
    }
  }
  queue();
  return { queue, stop: () => observer.disconnect() };
}

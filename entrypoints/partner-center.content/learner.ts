import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { send } from '../../lib/messages/client';
import { openShadowRoots } from '../../lib/form/dom';
import { readSeenCustomers } from '../../lib/partner-center/page-reader';
import { timerWhileValid } from '../../lib/timers';

/** Partner Center is a single-page app: after a change, wait for it to settle, and read at most this often. */
const SETTLE_MS = 700;

/**
 * Learns the customers a Partner Center page shows (the list's rows, the open customer) and sends the
 * background those it has not sent yet. One MutationObserver whose callback only queues a read; no polling.
 */
export function startLearner(ctx: ContentScriptContext): void {
  const sent = new Map<string, string>();
  const later = timerWhileValid(ctx);
  let queued = false;

  async function read(): Promise<void> {
    queued = false;
    watchShadowRoots();
    const fresh = readSeenCustomers(document, location.href).filter((customer) => sent.get(customer.tenantId) !== JSON.stringify(customer));
    if (fresh.length === 0) return;
    for (const customer of fresh) sent.set(customer.tenantId, JSON.stringify(customer));
    try {
      await send('learnCustomers', { customers: fresh }, { retries: 3 });
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
  // Client-side navigation (history.pushState) changes the page without a load: read again.
  ctx.addEventListener(window, 'popstate', queue);
  ctx.onInvalidated(() => observer.disconnect());
  queue();
}

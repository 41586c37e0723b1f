import { afterEach, describe, expect, it, vi } from 'vitest';
import { SETTLE_MS, watchPartnerCenterPage } from '../../../lib/partner-center/page-watcher';
import type { SeenCustomer } from '../../../lib/partner-center/page-reader';

const CONTOSO = '22222222-2222-4222-8222-222222222222';
const NORTHWIND = '33333333-3333-4333-8333-333333333333';
const LIST = 'https://partner.microsoft.com/dashboard/v2/customers/list';

const row = (tenantId: string, name: string) => `<tr><td><a href="/dashboard/v2/customers/${tenantId}/account">${name}</a></td></tr>`;

/** A watcher on the customers list whose timers wait to be run by the test, and whose hand-overs are recorded. */
function watch(learn: (customers: SeenCustomer[]) => Promise<unknown> = async () => null) {
  document.body.innerHTML = `<main><table><tbody>${row(CONTOSO, 'Contoso Ltd')}</tbody></table></main>`;
  const timers: { run: () => void; ms: number }[] = [];
  const handed = vi.fn(learn);
  const watcher = watchPartnerCenterPage({ document, url: () => LIST, later: (run, ms) => timers.push({ run, ms }), learn: handed });
  /** Lets the observer report what changed, then runs the timers it set. */
  async function settle() {
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    for (const timer of timers.splice(0)) {
      expect(timer.ms).toBe(SETTLE_MS);
      timer.run();
    }
    await Promise.resolve();
  }
  return { watcher, handed, timers, settle, names: () => handed.mock.calls.map(([customers]) => customers.map((customer) => customer.name)) };
}

let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  document.body.innerHTML = '';
});

describe('watchPartnerCenterPage: learning the customers Partner Center shows', () => {
  it('reads once the page has settled, hands the customers over once, and again only when one changes', async () => {
    const page = watch();
    stop = page.watcher.stop;
    await page.settle();
    expect(page.handed).toHaveBeenCalledWith([{ name: 'Contoso Ltd', tenantId: CONTOSO, domains: [] }]);
    // A burst of changes is one read; a customer already handed over as it is now is not handed over again.
    const body = document.querySelector('tbody') as Element;
    body.insertAdjacentHTML('beforeend', row(NORTHWIND, 'Northwind Traders'));
    body.insertAdjacentHTML('beforeend', '<tr><td>Loading…</td></tr>');
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    expect(page.timers).toHaveLength(1);
    await page.settle();
    (document.querySelector('a') as Element).textContent = 'Contoso Limited';
    await page.settle();
    expect(page.names()).toEqual([['Contoso Ltd'], ['Northwind Traders'], ['Contoso Limited']]);
  });

  it('hands over again what the background did not keep (worker restarting)', async () => {
    let refuse = true;
    const page = watch(async () => {
      if (refuse) throw new Error('Could not establish connection. Receiving end does not exist.');
      return null;
    });
    stop = page.watcher.stop;
    await page.settle();
    refuse = false;
    page.watcher.queue(); // as client-side navigation does
    await page.settle();
    expect(page.names()).toEqual([['Contoso Ltd'], ['Contoso Ltd']]);
  });

  it("watches a web component's open shadow root once it has been seen (the GDAP grid's rows live there)", async () => {
    const page = watch();
    stop = page.watcher.stop;
    const grid = document.createElement('customersvcadmin_he-data-grid');
    document.querySelector('main')?.append(grid);
    const root = grid.attachShadow({ mode: 'open' });
    root.innerHTML = '<table><tbody><tr role="row" id="row-he-row-0"><td>…</td></tr></tbody></table>';
    await page.settle();
    // The skeleton row is replaced inside the root: only the root's own observer can see it.
    (root.querySelector('tbody') as Element).innerHTML = `<tr role="row" id="row-${NORTHWIND}"><td id="cell-displayName-${NORTHWIND}">Northwind Traders</td></tr>`;
    await page.settle();
    expect(page.names()).toEqual([['Contoso Ltd'], ['Northwind Traders']]);
  });

  it('after stop, changes queue nothing', async () => {
    const page = watch();
    await page.settle();
    page.watcher.stop();
    document.querySelector('tbody')?.insertAdjacentHTML('beforeend', row(NORTHWIND, 'Northwind Traders'));
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    expect(page.timers).toHaveLength(0);
  });
});

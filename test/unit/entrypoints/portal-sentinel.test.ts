import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import sentinel from '../../../entrypoints/portal.content/index';

type Envelope = { name: string; data?: unknown };

/** The sentinel's main() in a page at `url`, the background answering with `status` (a spy records what it was asked). */
function start(url: string, status = { awaitingTicket: false, supportLikely: false }) {
  fakeBrowser.reset();
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  document.body.innerHTML = '<header><div class="fxs-avatarmenu-tenant">Contoso Ltd</div></header><main></main>';
  const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: Envelope) => {
    const value = message.name === 'loadAssistant' ? true : status;
    return { ok: true, value };
  }) as never);
  const ctx = new ContentScriptContext('portal');
  void sentinel.main(ctx);
  const names = () => sent.mock.calls.map(([message]) => (message as unknown as Envelope).name);
  const loads = () =>
    sent.mock.calls
      .map(([message]) => message as unknown as Envelope)
      .filter((message) => message.name === 'loadAssistant')
      .map((message) => message.data);
  return { ctx, names, loads };
}

let running: ContentScriptContext | null = null;
afterEach(() => running?.notifyInvalidated());

describe('the portal sentinel (entrypoint main)', () => {
  it('on a support route it asks for the assistant at once, and reports the tenant', async () => {
    const page = start('https://portal.azure.com/#view/Microsoft_Azure_Support/NewSupportRequestV3Blade');
    running = page.ctx;
    await vi.waitFor(() => expect(page.names()).toEqual(expect.arrayContaining(['loadAssistant', 'reportTenant', 'getTabStatus'])));
    expect(page.loads()).toEqual([{ reason: 'route' }]);
  });

  it('on Azure home it asks for nothing until support-form labels appear, then once', async () => {
    const page = start('https://portal.azure.com/#home');
    running = page.ctx;
    await vi.waitFor(() => expect(page.names()).toContain('reportTenant'));
    document.querySelector('main')?.insertAdjacentHTML('beforeend', '<div role="row"><a href="#">vm-1</a><button>Start</button></div>');
    document.querySelector('main')?.insertAdjacentHTML('beforeend', '<label>Support plan</label><label>Severity</label>');
    await vi.waitFor(() => expect(page.loads()).toEqual([{ reason: 'labels' }]));
    // More labels, and the header now names another directory: once that batch was looked at (the
    // tenant report that follows it is sent), still one request for the assistant.
    const reports = () => page.names().filter((name) => name === 'reportTenant').length;
    const before = reports();
    document.querySelector('main')?.insertAdjacentHTML('beforeend', '<label>Plan de soporte</label>');
    (document.querySelector('.fxs-avatarmenu-tenant') as HTMLElement).textContent = 'Northwind Traders';
    await vi.waitFor(() => expect(reports()).toBe(before + 1));
    expect(page.loads()).toHaveLength(1);
  });

  it('a tab awaiting a request number loads the assistant to look for it, even on a page without a form', async () => {
    const page = start('https://portal.azure.com/#home', { awaitingTicket: true, supportLikely: false });
    running = page.ctx;
    await vi.waitFor(() => expect(page.loads()).toEqual([{ reason: 'capture' }]));
  });
});

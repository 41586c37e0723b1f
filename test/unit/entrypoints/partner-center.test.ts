import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import partnerCenter from '../../../entrypoints/partner-center.content/index';

type Envelope = { name: string; data?: unknown };
const CTID = '22222222-2222-4222-8222-222222222222';

/** The Partner Center script's main() in a page at `url`; the background answers every message. */
function start(url: string) {
  fakeBrowser.reset();
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  document.body.innerHTML = '<main></main>';
  const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async () => ({ ok: true, value: true })) as never);
  const listen = vi.spyOn(document, 'addEventListener');
  const ctx = new ContentScriptContext('partner-center');
  partnerCenter.main(ctx);
  return {
    ctx,
    sent: () => sent.mock.calls.map(([message]) => message as unknown as Envelope),
    listened: () => listen.mock.calls.map(([type]) => type),
    captured: () => listen.mock.calls.filter(([, , options]) => typeof options === 'object' && options?.capture).map(([type]) => type),
  };
}

let running: ContentScriptContext | null = null;
afterEach(() => running?.notifyInvalidated());

describe('the Partner Center script (entrypoint main)', () => {
  it("on M365's delegated-admin hop it reports the customer's tenant, and does nothing else", async () => {
    const page = start(`https://admin.microsoft.com/Partner/BeginClientSession.aspx?CTID=${CTID}&CSDEST=o365admincenter`);
    running = page.ctx;
    await vi.waitFor(() => expect(page.sent()).toEqual([{ name: 'clientSessionStarted', data: { ctid: CTID } }]));
    expect(page.listened()).not.toContain('click');
  });

  it('on Partner Center it listens for the clicks that open a portal, before the page handles them', () => {
    const page = start('https://partner.microsoft.com/dashboard/v2/customers/list');
    running = page.ctx;
    expect(page.captured()).toEqual(expect.arrayContaining(['click', 'auxclick', 'contextmenu']));
    expect(page.sent()).toEqual([]);
  });

  it('on any other page of the hop hosts it stays idle', () => {
    const page = start('https://admin.microsoft.com/Partner/Other.aspx');
    running = page.ctx;
    expect(page.listened()).not.toContain('click');
    expect(page.sent()).toEqual([]);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import assistant from '../../../entrypoints/assistant.content/index';
import { buildAssistantState } from '../../../lib/assistant/build-state';
import { retireAssistant } from '../../../lib/sentinel/handshake';
import { partnerSettings } from '../assistant/fixtures';
import { m365ContactPane } from '../form/pages';
import { speakEnglish } from '../support/messages';

type Envelope = { name: string; data?: unknown };
const header = (value: string) => ({ kind: 'directoryName' as const, value, source: 'header' as const });

/** The assistant's main() over the M365 contact pane, the background answering with the state for `directory`. */
function start(directory: string) {
  fakeBrowser.reset();
  speakEnglish(fakeBrowser.i18n, vi.spyOn);
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://admin.microsoft.com/#/support');
  document.body.innerHTML = m365ContactPane('en');
  const state = buildAssistantState(partnerSettings(), { signals: [header(directory)] }, 0);
  const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: Envelope) => ({ ok: true, value: message.name === 'getAssistantState' ? state : true })) as never);
  const ctx = new ContentScriptContext('assistant');
  assistant.main(ctx);
  return { ctx, names: () => sent.mock.calls.map(([message]) => (message as unknown as Envelope).name) };
}

let running: ContentScriptContext | null = null;
afterEach(() => {
  running?.notifyInvalidated();
  retireAssistant();
});

describe('the assistant (entrypoint main)', () => {
  it("asks for the tab's state, fills the partner's contact in a customer's directory, and mounts the panel", async () => {
    const page = start('Contoso Ltd');
    running = page.ctx;
    await vi.waitFor(() => expect(document.querySelector<HTMLInputElement>('#m-email')?.value).toBe('support@fabrikampartners.example'));
    expect(page.names()).toContain('getAssistantState');
    await vi.waitFor(() => expect(document.querySelector('csp-support-assistant')).not.toBeNull());
  });

  it("leaves the form as it is in the partner's own directory", async () => {
    const page = start('Fabrikam Partners');
    running = page.ctx;
    await vi.waitFor(() => expect(document.querySelector('csp-support-assistant')).not.toBeNull());
    expect(document.querySelector<HTMLInputElement>('#m-email')?.value).toBe('admin@contoso.example');
  });
});

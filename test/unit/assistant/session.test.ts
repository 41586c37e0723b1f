import { describe, expect, it, vi } from 'vitest';
import { buildAssistantState } from '../../../lib/assistant/build-state';
import type { PanelView } from '../../../lib/assistant/panel-view';
import { createFormSession } from '../../../lib/assistant/session';
import type { AssistantState } from '../../../lib/assistant/state';
import { m365ContactPane } from '../form/pages';
import { partnerSettings } from './fixtures';

const header = (value: string) => ({ kind: 'directoryName' as const, value, source: 'header' as const });
const PARTNER_EMAIL = 'support@fabrikampartners.example';

/** The M365 contact pane in a fresh document, and a session over it in the directory `directory`. */
function sessionOn(directory: string) {
  document.body.innerHTML = m365ContactPane('en');
  const state: AssistantState = buildAssistantState(partnerSettings(), { signals: [header(directory)] }, 0);
  const shown: PanelView[] = [];
  const copied: string[] = [];
  const downloads: string[] = [];
  const session = createFormSession({
    document,
    url: () => 'https://admin.microsoft.com/#/support',
    isTop: true,
    now: () => Date.UTC(2026, 11, 1),
    portalHint: 'm365',
    state: () => state,
    fetchState: async () => state,
    showPanel: async (view) => void shown.push(view),
    hidePanel: vi.fn(),
    confirmContext: async () => undefined,
    markOwnTenant: async () => null,
    openOptions: vi.fn(),
    rescan: vi.fn(),
    copyText: async (text) => Boolean(copied.push(text)),
    downloadReport: (json) => void downloads.push(json),
  });
  const email = () => document.querySelector<HTMLInputElement>('#m-email');
  return { session, shown, copied, downloads, email, last: () => shown[shown.length - 1] };
}

describe('the form session, in a page given to it', () => {
  it("in a customer's directory: fills the partner's email, says so in the panel, and undo puts the customer's back", async () => {
    const { session, email, last } = sessionOn('Contoso Ltd');
    expect(await session.scan()).toBe(true);
    expect(email()?.value).toBe(PARTNER_EMAIL);
    expect(last()?.context.outcome).toBe('customer');
    expect(last()?.fill?.filled).toContainEqual({ field: 'email', value: PARTNER_EMAIL });
    // The filled fields get their outline style, once.
    await session.scan();
    expect(document.querySelectorAll('style').length).toBe(1);
    last()?.onUndo();
    await vi.waitFor(() => expect(last()?.fill?.undone).toBe(true));
    expect(email()?.value).toBe('admin@contoso.example');
  });

  it('a scan that runs while undo puts the fields back fills nothing again', async () => {
    const { session, email, last } = sessionOn('Contoso Ltd');
    await session.scan();
    expect(email()?.value).toBe(PARTNER_EMAIL);
    last()?.onUndo();
    // As when putting a list back opens it and its options are scanned at once, before undo has finished.
    await session.scan();
    await vi.waitFor(() => expect(last()?.fill?.undone).toBe(true));
    expect(email()?.value).toBe('admin@contoso.example');
    await session.scan();
    expect(email()?.value).toBe('admin@contoso.example');
  });

  it("in the partner's own directory: fills nothing and names what it withheld", async () => {
    const { session, email, last } = sessionOn('Fabrikam Partners');
    await session.scan();
    expect(email()?.value).toBe('admin@contoso.example');
    expect(last()?.context.outcome).toBe('own');
    expect(last()?.fill?.withheld).toContain('email');
    expect(last()?.fill?.filled).toEqual([]);
  });

  it('never overwrites what the partner typed, and keeps it for the ticket log', async () => {
    const { session, email, last } = sessionOn('Contoso Ltd');
    await session.scan();
    const field = email();
    if (!field) throw new Error('no email field');
    field.value = 'lucia@fabrikampartners.example';
    expect(session.notePartnerEdit(field)).toBe(true);
    last()?.onRefill();
    await session.scan();
    expect(field.value).toBe('lucia@fabrikampartners.example');
    expect(last()?.fill?.kept).toContain('email');
    expect(session.seen().email).toBe('lucia@fabrikampartners.example');
  });

  it('builds the page report from the page it was given, and copies and downloads it through its deps', async () => {
    const { session, copied, downloads, last } = sessionOn('Contoso Ltd');
    await session.scan();
    last()?.onReport?.();
    await vi.waitFor(() => expect(last()?.report?.json).toBeTruthy());
    const report = JSON.parse(last()?.report?.json ?? '{}') as { frame?: { url: string; top: boolean } };
    expect(report.frame?.top).toBe(true);
    expect(report.frame?.url).toContain('admin.microsoft.com');
    last()?.onCopyReport?.();
    await vi.waitFor(() => expect(last()?.report?.note).toBe('copied'));
    last()?.onDownloadReport?.();
    expect(copied).toHaveLength(1);
    expect(downloads).toEqual(copied);
    // What was typed or prefilled is not in it.
    expect(copied[0]).not.toContain('admin@contoso.example');
  });

  it('hides the panel when the form goes away', async () => {
    const { session } = sessionOn('Contoso Ltd');
    await session.scan();
    document.body.innerHTML = '<p>Home</p>';
    expect(await session.scan()).toBe(false);
    expect(session.detected()).toBeNull();
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NO_LOCKS } from '../../../lib/settings/policy';
import { partnerSettings } from '../assistant/fixtures';
import { speakEnglish } from '../support/messages';

type Envelope = { name: string; data?: unknown };
type Answers = Record<string, unknown | ((data: unknown) => unknown)>;

const EMPTY_PAGE = { items: [], hasMore: false, openCount: 0, unshowable: [] };
const EMPTY_BOARD = { settings: partnerSettings(), page: EMPTY_PAGE, settingsSetAside: false };

/**
 * Opens one extension page's main module in a fresh document (#app), the background answering each
 * message from `answers` (a name it lacks is refused, as the router refuses). Returns what was asked.
 */
async function openPage(module: 'popup' | 'tracker' | 'options', answers: Answers, hash = '') {
  vi.resetModules();
  fakeBrowser.reset();
  speakEnglish(fakeBrowser.i18n, vi.spyOn);
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(`chrome-extension://${fakeBrowser.runtime.id}/${module}.html${hash}`);
  document.body.innerHTML = '';
  const asked: Envelope[] = [];
  /** For each message, whether the page had drawn anything (its #app) when it was sent. */
  const drawnWhenAsked: boolean[] = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: Envelope) => {
    asked.push(message);
    drawnWhenAsked.push(document.getElementById('app') !== null);
    if (!(message.name in answers)) return { ok: false, error: `${message.name} is not answered here` };
    const answer = answers[message.name];
    return { ok: true, value: typeof answer === 'function' ? answer(message.data) : answer };
  }) as never);
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([] as never);
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false as never);
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'CSP Support Assistant', version: '0.2.0' });
  // The popup's one classic script (its unlisted-script main), the others their page modules.
  if (module === 'popup') (await import('../../../entrypoints/popup-script')).default.main();
  if (module === 'tracker') await import('../../../entrypoints/tracker/main');
  if (module === 'options') await import('../../../entrypoints/options/main');
  return { asked, drawnWhenAsked, names: () => asked.map((message) => message.name), text: () => document.getElementById('app')?.textContent ?? '' };
}

beforeEach(() => {
  vi.spyOn(console, 'debug').mockImplementation(() => undefined);
});
afterEach(() => {
  // Unmounted, so a page's ticking clock (the ticket board's countdowns) stops with its test: a tick
  // after the test's i18n stub is gone would throw into the next test.
  const app = document.getElementById('app');
  if (app) render(null, app);
  document.body.innerHTML = '';
});

describe('extension pages (entrypoint main)', () => {
  it('the popup: title and language from the catalog, the open list from the background, the way to the tracker', async () => {
    const page = await openPage('popup', { openTicketBoard: EMPTY_BOARD });
    await vi.waitFor(() => expect(document.querySelector('[data-testid=empty]')).not.toBeNull());
    expect(document.title).toBe('Support requests');
    expect(document.documentElement.lang).toBe('en');
    expect(page.asked.find((message) => message.name === 'openTicketBoard')?.data).toMatchObject({ status: 'open', offset: 0 });
    expect(document.querySelector<HTMLAnchorElement>('[data-action=tracker]')?.href).toContain('/tracker.html');
    // No portal tab answered: the page says so for the tests that wait on it.
    await vi.waitFor(() => expect(document.body.dataset.missedPage).toBe('none'));
  });

  it('the popup asks for its first screen in one question, before it draws anything (the loading line is drawn while the worker answers)', async () => {
    const page = await openPage('popup', { openTicketBoard: EMPTY_BOARD });
    await vi.waitFor(() => expect(document.querySelector('[data-testid=empty]')).not.toBeNull());
    expect(page.names()[0]).toBe('openTicketBoard');
    expect(page.drawnWhenAsked[0]).toBe(false);
    expect(page.names()).not.toContain('getSettings');
  });

  it('the popup says when settings were set aside, and draws the list below that', async () => {
    await openPage('popup', { openTicketBoard: { ...EMPTY_BOARD, settingsSetAside: true } });
    await vi.waitFor(() => expect(document.querySelector('[data-testid=settings-set-aside]')).not.toBeNull());
    expect(document.querySelector('[data-testid=empty]')).not.toBeNull();
  });

  it("the popup's one script brings its style with it", async () => {
    await openPage('popup', { openTicketBoard: EMPTY_BOARD });
    await vi.waitFor(() => expect(document.querySelector('[data-testid=empty]')).not.toBeNull());
    expect([...document.head.querySelectorAll('style')].some((style) => style.textContent?.includes('--accent'))).toBe(true);
  });

  it("the popup over a tab: the background is asked for that tab's page report, and the offer shows", async () => {
    const page = await openPage('popup', { openTicketBoard: EMPTY_BOARD, getMissedPageReport: '{"format":"csp-support-assistant/page-report"}' }, '?tab=7');
    await vi.waitFor(() => expect(document.body.dataset.missedPage).toBe('offered'));
    expect(page.asked.find((message) => message.name === 'getMissedPageReport')?.data).toEqual({ tabId: 7 });
    expect(document.querySelector('.missed-page')).not.toBeNull();
  });

  it('the tracker: a notification link to a malformed ticket still opens the list, and the refusal reaches the debug log', async () => {
    const page = await openPage('tracker', { openTicketBoard: EMPTY_BOARD, logSwallowed: true }, '#ticket=not-an-id');
    await vi.waitFor(() => expect(document.title).toBe('Support requests: full tracker'));
    await vi.waitFor(() => expect(page.names()).toContain('openTicketBoard'));
    await vi.waitFor(() => expect(page.asked.find((message) => message.name === 'logSwallowed')?.data).toMatchObject({ where: 'reading the linked ticket' }));
    await vi.waitFor(() => expect(document.querySelector('[data-action=export-csv]')).not.toBeNull());
  });

  it('a page whose data cannot be loaded says why instead of staying blank', async () => {
    const page = await openPage('tracker', { getTicket: null });
    await vi.waitFor(() => expect(document.querySelector('[role=status].notice--error')).not.toBeNull());
    expect(page.text()).toContain('openTicketBoard is not answered here');
  });

  it('the options page: settings, policy locks and the debug log loaded together, the sections drawn', async () => {
    const page = await openPage('options', {
      getSettings: partnerSettings(),
      getSettingsSetAside: [],
      getSettingsPolicy: NO_LOCKS,
      getDebugLog: { enabled: false, entries: [] },
    });
    await vi.waitFor(() => expect(document.querySelector<HTMLInputElement>('#partner-companyName')?.value).toBe('Fabrikam Partners'));
    expect(document.title).toBe('CSP Support Assistant settings');
    expect(document.querySelector('#debug-log')).not.toBeNull();
    expect(page.names()).toEqual(expect.arrayContaining(['getSettings', 'getSettingsSetAside', 'getSettingsPolicy', 'getDebugLog']));
  });

  it('the options page opens without the set-aside notice when that question fails, and says why when the settings cannot be read', async () => {
    const answers = { getSettings: partnerSettings(), getSettingsPolicy: NO_LOCKS, getDebugLog: { enabled: false, entries: [] } };
    await openPage('options', answers);
    await vi.waitFor(() => expect(document.querySelector<HTMLInputElement>('#partner-companyName')?.value).toBe('Fabrikam Partners'));
    const { getSettings: _unanswered, ...withoutSettings } = answers;
    const page = await openPage('options', { ...withoutSettings, getSettingsSetAside: [] });
    await vi.waitFor(() => expect(document.querySelector('[role=status]')).not.toBeNull());
    expect(page.text()).toContain('getSettings is not answered here');
    expect(document.querySelector('#partner-companyName')).toBeNull();
  });
});

import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { DiagnosticsSection } from '../../components/options/DiagnosticsSection';
import { createDebugLog, debugLogText, withEntry } from '../../lib/debug-log';
import { createRouter } from '../../lib/messages/router';
import type { DebugLogView } from '../../lib/messages/debug-messages';
import { MAX_DEBUG_ENTRIES, type DebugEntry } from '../../lib/storage/records';
import { errorText, MAX_DEBUG_TEXT, setSwallowedSink, swallowed } from '../../lib/swallowed';
import { createDebugHandlers } from '../../entrypoints/background/debug-handlers';
import { englishRenderRoot } from './support/dom';

const entry = (at: number, where = 'sending formSubmitted'): DebugEntry => ({ at, source: 'portalScript', where, message: 'Error: no receiver' });

function freshLog(now = () => 1_000) {
  fakeBrowser.reset();
  const items = { enabled: storage.defineItem<boolean>('local:debugLogEnabled', { fallback: false }), log: storage.defineItem<unknown>('session:debugLog', { fallback: [] }) };
  return { log: createDebugLog(items, now), items };
}

describe('debug log: the pure parts', () => {
  it('keeps the newest entries first, at most the cap', () => {
    let list: DebugEntry[] = [];
    for (let at = 0; at < MAX_DEBUG_ENTRIES + 5; at++) list = withEntry(list, entry(at));
    expect(list).toHaveLength(MAX_DEBUG_ENTRIES);
    expect(list[0]?.at).toBe(MAX_DEBUG_ENTRIES + 4);
  });

  it('copies as text, oldest first, with the version on top', () => {
    const text = debugLogText([entry(Date.UTC(2026, 11, 1, 10, 1)), entry(Date.UTC(2026, 11, 1, 10, 0), 'reading the linked ticket')], '0.2.0');
    expect(text.split('\n')).toEqual([
      'CSP Support Assistant 0.2.0: 2 entries',
      '2026-12-01T10:00:00.000Z [portalScript] reading the linked ticket: Error: no receiver',
      '2026-12-01T10:01:00.000Z [portalScript] sending formSubmitted: Error: no receiver',
    ]);
  });

  it('writes any thrown value as one line of bounded text', () => {
    expect(errorText(new TypeError('x is undefined'))).toBe('TypeError: x is undefined');
    expect(errorText('plain')).toBe('plain');
    expect(errorText({ code: 7 })).toBe('{"code":7}');
    expect(errorText(undefined)).toBe('undefined');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(errorText(cyclic)).toBe('[object Object]');
    expect(errorText(10n)).toBe('[object BigInt]');
    expect(errorText(new Error('y'.repeat(2 * MAX_DEBUG_TEXT)))).toHaveLength(MAX_DEBUG_TEXT);
  });
});

describe('debug log: the background side', () => {
  it('keeps nothing while off; keeps entries once switched on; switching off forgets them', async () => {
    const { log } = freshLog();
    expect(await log.add('background', { where: 'a', message: 'b' })).toBe(false);
    expect(await log.view()).toEqual({ enabled: false, entries: [] });
    await log.setEnabled(true);
    expect(await log.add('portalScript', { where: 'sending formSubmitted', message: 'Error: no receiver' })).toBe(true);
    expect((await log.view()).entries).toEqual([entry(1_000)]);
    expect(await log.setEnabled(false)).toEqual({ enabled: false, entries: [] });
  });

  it('loses no entry when several arrive at once, and clears', async () => {
    const { log } = freshLog();
    await log.setEnabled(true);
    await Promise.all(Array.from({ length: 10 }, (_, index) => log.add('background', { where: `job ${index}`, message: 'm' })));
    expect((await log.view()).entries).toHaveLength(10);
    expect(await log.clear()).toEqual({ enabled: true, entries: [] });
  });

  it('reads a hand-edited stored log as empty instead of failing', async () => {
    const { log, items } = freshLog();
    await items.enabled.setValue(true);
    await items.log.setValue([{ at: 'yesterday' }]);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect((await log.view()).entries).toEqual([]);
  });

  it('a content script report reaches the log through the router, named by who sent it', async () => {
    const { log } = freshLog();
    await log.setEnabled(true);
    const route = createRouter(createDebugHandlers(log) as never, { extensionId: 'ext', extensionOrigin: 'chrome-extension://ext/' });
    const reply = await route({ name: 'logSwallowed', data: { where: 'sending formSubmitted', message: 'Error: no receiver' } }, { id: 'ext', url: 'https://portal.azure.com/#home', tab: { id: 3 } });
    expect(reply).toEqual({ ok: true, value: true });
    expect((await log.view()).entries).toEqual([entry(1_000)]);
    // Only the options page reads or switches it.
    expect(await route({ name: 'setDebugLog', data: { enabled: false } }, { id: 'ext', url: 'https://portal.azure.com/#home', tab: { id: 3 } })).toMatchObject({ ok: false });
  });
});

describe('swallowed errors reach the sink', () => {
  afterEach(() => setSwallowedSink(null));

  it('hands each one to the installed sink, and a failing sink stays in the console', () => {
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const reports: unknown[] = [];
    setSwallowedSink((report) => reports.push(report));
    swallowed('reading the linked ticket')(new Error('Invalid getTicket: id'));
    expect(reports).toEqual([{ where: 'reading the linked ticket', message: 'Error: Invalid getTicket: id' }]);
    setSwallowedSink(() => {
      throw new Error('sink down');
    });
    expect(() => swallowed('x')(new Error('y'))).not.toThrow();
  });
});

describe('DiagnosticsSection', () => {
  const rootOf = englishRenderRoot();

  it('switches the log on, shows its entries as text, and copies them', async () => {
    const root = rootOf();
    const on: DebugLogView = { enabled: true, entries: [entry(Date.UTC(2026, 11, 1, 10, 0), '<img src=x onerror=alert(1)>')] };
    const onSetEnabled = vi.fn(async () => on);
    const onCopy = vi.fn(async (_text: string) => true);
    render(
      <DiagnosticsSection
        initial={{ enabled: false, entries: [] }}
        version="0.2.0"
        onSetEnabled={onSetEnabled}
        onRefresh={async () => on}
        onClear={async () => ({ enabled: true, entries: [] })}
        onCopy={onCopy}
      />,
      root,
    );
    expect(root.querySelector('[data-testid=debug-log-count]')).toBeNull();
    const box = root.querySelector<HTMLInputElement>('#debug-log')!;
    expect(root.querySelector('label[for=debug-log]')?.textContent).toBe('Keep a debug log');
    await act(async () => {
      box.click();
    });
    expect(onSetEnabled).toHaveBeenCalledWith(true);
    expect(root.querySelector('[data-testid=debug-log-count]')?.textContent).toContain('Entries in the debug log: 1');
    // Page text is data: the entry shows as text, never as markup.
    expect(root.querySelector('[data-testid=debug-log] img')).toBeNull();
    expect(root.querySelector('[data-testid=debug-log]')?.textContent).toContain('<img src=x onerror=alert(1)>');
    await act(async () => {
      [...root.querySelectorAll('button')].find((button) => button.textContent === 'Copy log')?.click();
    });
    expect(onCopy.mock.calls[0]?.[0]).toContain('[portalScript] <img src=x onerror=alert(1)>: Error: no receiver');
    expect(root.textContent).toContain('The log is on the clipboard.');
  });
});

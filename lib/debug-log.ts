import type { WxtStorageItem } from 'wxt/utils/storage';
import type { DebugLogView } from './messages/debug-messages';
import { createQueue } from './queue';
import { debugLogEnabledItem, debugLogItem } from './storage/items';
import { type DEBUG_SOURCES, type DebugEntry, debugLogSchema, MAX_DEBUG_ENTRIES, readAs } from './storage/records';

export type DebugSource = (typeof DEBUG_SOURCES)[number];

/**
 * The debug log: errors the extension goes on without (lib/swallowed.ts), kept where the partner can
 * see them once they switch the log on in the options page, to copy for whoever supports them. It
 * lives in session storage, so it ends with the browser session, and holds the newest entries only.
 * `withEntry` and `debugLogText` are pure; `createDebugLog` is the background's store over the two
 * items, handed in (the options page reads it through messages and shows it as text).
 */

/** The list with `entry` added, newest first, at most MAX_DEBUG_ENTRIES long. */
export function withEntry(entries: readonly DebugEntry[], entry: DebugEntry): DebugEntry[] {
  return [entry, ...entries].slice(0, MAX_DEBUG_ENTRIES);
}

/** The log as plain text to paste into a support mail, oldest first, times in UTC. */
export function debugLogText(entries: readonly DebugEntry[], version: string): string {
  const lines = [...entries].reverse().map((entry) => `${new Date(entry.at).toISOString()} [${entry.source}] ${entry.where}: ${entry.message}`);
  return [`CSP Support Assistant ${version}: ${entries.length} entries`, ...lines].join('\n');
}

/** The two stored values behind the log (the extension's WXT items; fresh ones over fakeBrowser in tests). */
export interface DebugLogItems {
  enabled: Pick<WxtStorageItem<boolean, Record<string, unknown>>, 'getValue' | 'setValue'>;
  log: Pick<WxtStorageItem<unknown, Record<string, unknown>>, 'getValue' | 'setValue'>;
}

/** The background's side of the log: entries are kept only while the partner has it switched on. */
export function createDebugLog(items: DebugLogItems = { enabled: debugLogEnabledItem, log: debugLogItem }, now: () => number = Date.now) {
  const serial = createQueue();
  const entries = async () => readAs(debugLogSchema, await items.log.getValue(), [], 'debug log');
  const view = async (): Promise<DebugLogView> => ({ enabled: await items.enabled.getValue(), entries: await entries() });

  return {
    view,
    /** Keeps one entry when the log is on; false when it is off. */
    add(source: DebugSource, report: { where: string; message: string }): Promise<boolean> {
      return serial(async () => {
        if (!(await items.enabled.getValue())) return false;
        await items.log.setValue(withEntry(await entries(), { at: now(), source, ...report }));
        return true;
      });
    },
    /** Switching the log off also forgets what it held. */
    setEnabled(enabled: boolean): Promise<DebugLogView> {
      return serial(async () => {
        await items.enabled.setValue(enabled);
        if (!enabled) await items.log.setValue([]);
        return view();
      });
    },
    clear(): Promise<DebugLogView> {
      return serial(async () => {
        await items.log.setValue([]);
        return view();
      });
    },
  };
}

export type DebugLog = ReturnType<typeof createDebugLog>;

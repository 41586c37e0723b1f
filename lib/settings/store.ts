import { createQueue } from '../queue';
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { readManagedStorage, setAsideItem, settingsItem, watchManagedStorage } from '../storage/items';
import { readAs, setAsideListSchema, type SetAside } from '../storage/records';
import { toFieldIssues, type FieldIssue } from '../issues';
import { mergeSettings } from './merge';
import { applyPolicy, readPolicy, withoutManaged, type PolicyReading } from './policy';
import { salvageSettings } from './salvage';
import { defaultSettings, settingsSchema, type Settings } from './schema';

/** The two stored values the store owns (the extension's WXT items; fresh ones over fakeBrowser in tests). */
export interface SettingsItems {
  settings: WxtStorageItem<unknown, Record<string, unknown>>;
  setAside: WxtStorageItem<unknown, Record<string, unknown>>;
  /** What the organisation's policy holds (managed storage); read only. */
  managed: () => Promise<unknown>;
  /** Calls back when the policy changes (an admin's update reaching the browser). */
  watchManaged: (onChange: () => void) => void;
}

const EXTENSION_ITEMS: SettingsItems = { settings: settingsItem, setAside: setAsideItem, managed: readManagedStorage, watchManaged: watchManagedStorage };

const MAX_SET_ASIDE = 5;

export type { SetAside };

export type SaveResult =
  | { ok: true; settings: Settings /** Changes made elsewhere since the page loaded were kept too. */; merged?: boolean }
  | { ok: false; issues: FieldIssue[] /** Both sides changed the same section: the settings as they are now, to reload. */; conflict?: Settings };

/** The write that sets an unreadable value aside and stores its readable rest. */
interface Repair {
  setAside: SetAside[];
  settings: Settings;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const failed = (messageKey: string): SaveResult => ({ ok: false, issues: [{ path: '', messageKey }] });

/**
 * The settings in storage.local, owned by the background: every write goes through one queue, so a
 * Partner Center merge and an options save never overwrite each other. A stored value that does not
 * validate is read section by section (salvage.ts); the unreadable original is set aside once, the
 * readable rest is written back, and nothing is lost. Every read and write sees the settings in
 * effect (the organisation's managed values over the partner's, policy.ts); only the partner's own
 * part is stored.
 *
 * Reads are answered from one cached reading (every ticket listed and every state pushed to a tab
 * needs the settings): it is dropped by every write and whenever the stored value or the policy
 * changes. Writes always read afresh, inside the queue.
 */
export function createSettingsStore(items: SettingsItems = EXTENSION_ITEMS, now: () => number = Date.now) {
  const serial = createQueue();
  let cached: Promise<Settings> | null = null;
  const forget = () => {
    cached = null;
  };
  items.settings.watch(forget);
  items.watchManaged(forget);

  async function policy(): Promise<PolicyReading> {
    return readPolicy(await items.managed());
  }

  async function readSetAside(): Promise<SetAside[]> {
    return readAs(setAsideListSchema, await items.setAside.getValue(), [], 'set-aside settings');
  }

  /** Current settings without writing; `repair` holds the write that sets a bad value aside. */
  async function current(): Promise<{ settings: Settings; repair: Repair | null }> {
    const [raw, { policy: managed }] = await Promise.all([items.settings.getValue(), policy()]);
    // WXT reads a missing value as null: nothing stored yet (or a stored null, which says nothing either).
    if (raw === null || raw === undefined) return { settings: applyPolicy(defaultSettings(), managed), repair: null };
    const { settings, problems } = salvageSettings(raw);
    if (problems.length === 0) return { settings: applyPolicy(settings, managed), repair: null };
    const earlier = await readSetAside();
    const list = earlier.some((entry) => same(entry.raw, raw)) ? earlier : [{ at: now(), raw, problems }, ...earlier].slice(0, MAX_SET_ASIDE);
    return { settings: applyPolicy(settings, managed), repair: { setAside: list, settings } };
  }

  /** One storage write for both values: the repaired settings never land without their set-aside original. */
  async function write(change: { setAside?: SetAside[]; settings?: Settings }): Promise<boolean> {
    forget();
    try {
      await storage.setItems([...(change.setAside ? [{ item: items.setAside, value: change.setAside }] : []), ...(change.settings ? [{ item: items.settings, value: change.settings }] : [])]);
      // A read that began while this was written may hold the old value.
      forget();
      return true;
    } catch (error) {
      // Quota or a storage fault: the caller tells the partner; what was stored stays as it was.
      console.warn('Settings could not be saved', error);
      return false;
    }
  }

  /** Validates `next` and writes its own part with any pending repair; nothing is written on an issue. */
  async function commit(next: unknown, repair: Repair | null, merged = false): Promise<SaveResult> {
    const parsed = settingsSchema.safeParse(next);
    if (!parsed.success) return { ok: false, issues: toFieldIssues(parsed.error.issues) };
    const { policy: managed } = await policy();
    if (!(await write({ setAside: repair?.setAside, settings: withoutManaged(parsed.data, managed) }))) return failed('errSaveFailed');
    return { ok: true, settings: applyPolicy(parsed.data, managed), ...(merged && { merged }) };
  }

  /** The settings as stored now; a value that does not validate is repaired once (its original set aside). */
  async function readFresh(): Promise<Settings> {
    const { settings, repair } = await current();
    if (repair) {
      await serial(async () => {
        const again = await current(); // another write may have repaired it meanwhile
        if (again.repair) await write(again.repair);
      });
    }
    return settings;
  }

  return {
    /** The settings in effect, from the cached reading when there is one. Never throws on bad data. */
    read(): Promise<Settings> {
      if (cached) return cached;
      const reading = readFresh();
      cached = reading;
      // A failed reading (storage unavailable) is not kept: the next read tries again.
      reading.catch(() => {
        if (cached === reading) forget();
      });
      return reading;
    },

    /**
     * Saves what a page sends. With `base` (the settings that page loaded), changes made elsewhere in
     * the meantime are merged in, or the partner is asked (`conflict`) when both changed one section.
     */
    save(input: unknown, base?: unknown): Promise<SaveResult> {
      return serial(async () => {
        const { settings: stored, repair } = await current();
        if (base === undefined) return commit(input, repair);
        const mine = settingsSchema.safeParse(input);
        if (!mine.success) return { ok: false, issues: toFieldIssues(mine.error.issues) };
        const before = salvageSettings(base).settings;
        if (same(before, stored)) return commit(mine.data, repair);
        const merged = mergeSettings(before, mine.data, stored);
        return merged.ok ? commit(merged.settings, repair, true) : { ok: false, issues: [{ path: '', messageKey: 'errChangedElsewhere' }], conflict: stored };
      });
    },

    /** Read-modify-write in the queue; `change` returns null for "nothing to change". */
    update(change: (settings: Settings) => Settings | null): Promise<SaveResult> {
      return serial(async () => {
        const { settings, repair } = await current();
        const next = change(settings);
        return next === null ? (repair ? commit(settings, repair) : { ok: true, settings }) : commit(next, repair);
      });
    },

    setAside: readSetAside,

    /** The organisation's policy as read: what it sets, and what it holds that cannot be used. */
    policy,

    /** Forgets one set-aside value (the partner has seen it, or restored it by import). */
    discardSetAside(at: number): Promise<boolean> {
      return serial(async () => write({ setAside: (await readSetAside()).filter((entry) => entry.at !== at) }));
    },
  };
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;

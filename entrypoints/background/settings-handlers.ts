import { parseSettingsFile } from '../../lib/settings/file';
import { policyLocks } from '../../lib/settings/policy';
import type { SettingsStore } from '../../lib/settings/store';
import type { Handlers } from '../../lib/messages/router';

type SettingsHandlerNames = 'getSettings' | 'saveSettings' | 'importSettings' | 'getSettingsSetAside' | 'discardSettingsSetAside' | 'getSettingsPolicy';

/**
 * Settings messages: read, save (validated; merged with changes made since the page loaded) and import
 * (validated as a whole, all or nothing), and what could not be read from storage (set aside).
 */
export function createSettingsHandlers(store: SettingsStore): Pick<Handlers, SettingsHandlerNames> {
  return {
    getSettings: () => store.read(),
    saveSettings: ({ settings, base }) => store.save(settings, base),
    importSettings: async ({ text }) => {
      const parsed = parseSettingsFile(text);
      return parsed.ok ? store.save(parsed.value) : parsed;
    },
    async getSettingsSetAside() {
      await store.read(); // a bad value is set aside on the first read
      return (await store.setAside()).map(({ at, raw, problems }) => ({ at, problems, text: `${JSON.stringify(raw, null, 2)}\n` }));
    },
    discardSettingsSetAside: async ({ at }) => store.discardSetAside(at),
    getSettingsPolicy: async () => policyLocks(await store.policy()),
  };
}

import { parseSettingsFile } from '../../lib/settings/file';
import { loadSettings, saveSettings, type KeyValueArea } from '../../lib/settings/store';
import type { Handlers } from '../../lib/messages/router';

/** Settings messages: read, save (validated) and import (validated as a whole, all or nothing). */
export function createSettingsHandlers(area: KeyValueArea): Pick<Handlers, 'getSettings' | 'saveSettings' | 'importSettings'> {
  return {
    getSettings: () => loadSettings(area),
    saveSettings: (input) => saveSettings(area, input),
    importSettings: async ({ text }) => {
      const parsed = parseSettingsFile(text);
      return parsed.ok ? saveSettings(area, parsed.settings) : parsed;
    },
  };
}

import { describe, expect, it } from 'vitest';
import { loadSettings, saveSettings, type KeyValueArea } from '../../../lib/settings/store';
import { defaultSettings } from '../../../lib/settings/schema';
import { migrateSettings, UnknownSettingsVersionError } from '../../../lib/settings/migrate';

function memoryArea(initial: Record<string, unknown> = {}): KeyValueArea & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    get: async (key) => (key in data ? { [key]: data[key] } : {}),
    set: async (items) => void Object.assign(data, items),
  };
}

describe('settings store', () => {
  it('starts from defaults', async () => {
    expect(await loadSettings(memoryArea())).toEqual(defaultSettings());
  });

  it('upgrades a version-less object', async () => {
    const area = memoryArea({ settings: { ownTenants: [{ name: 'Own', tenantId: '11111111-1111-4111-8111-111111111111' }] } });
    const settings = await loadSettings(area);
    expect(settings.version).toBe(1);
    expect(settings.ownTenants[0]?.domains).toEqual([]);
  });

  it('sets unreadable data aside instead of losing it', async () => {
    const area = memoryArea({ settings: { version: 1, ownTenants: 'garbage' } });
    expect(await loadSettings(area, 42)).toEqual(defaultSettings());
    expect(area.data['settingsUnreadable:42']).toEqual({ version: 1, ownTenants: 'garbage' });
    expect(area.data.settings).toEqual({ version: 1, ownTenants: 'garbage' });
  });

  it('writes nothing when the input is invalid', async () => {
    const stored = { ...defaultSettings(), ownTenants: [{ name: 'Own', tenantId: '11111111-1111-4111-8111-111111111111', domains: [] }] };
    const area = memoryArea({ settings: stored });
    const result = await saveSettings(area, { ...stored, ownTenants: [{ name: '', tenantId: 'x' }] });
    expect(result.ok).toBe(false);
    expect(area.data.settings).toBe(stored);
  });

  it('refuses settings from a newer version', () => {
    expect(() => migrateSettings({ version: 99 })).toThrow(UnknownSettingsVersionError);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { migrateSettings, UnknownSettingsVersionError } from '../../../lib/settings/migrate';
import { defaultSettings, type Settings } from '../../../lib/settings/schema';
import { createSettingsStore } from '../../../lib/settings/store';
import { settingsStorage } from '../support/storage';

const OWN = { name: 'Own', tenantId: '11111111-1111-4111-8111-111111111111', domains: [] };
const PARTNER = {
  companyName: 'Fabrikam Partners',
  firstName: 'Lucía',
  lastName: 'García',
  email: 'support@fabrikampartners.example',
  additionalEmails: [],
  phone: '+34 910 000 000',
  country: 'ES',
  timeZone: 'Europe/Madrid',
  preferredContactMethod: 'email' as const,
  supportLanguage: 'en-US',
};

const stored = (over: Partial<Settings> = {}): Settings => ({ ...defaultSettings(), partner: PARTNER, ownTenants: [OWN], ...over });

describe('settings store: reading', () => {
  it('starts from defaults and writes nothing', async () => {
    const memory = await settingsStorage();
    expect(await createSettingsStore(memory.items).read()).toEqual(defaultSettings());
    expect(memory.writes()).toBe(0);
  });

  it('upgrades a version-less object', async () => {
    const settings = await createSettingsStore((await settingsStorage({ settings: { ownTenants: [{ name: 'Own', tenantId: OWN.tenantId }] } })).items).read();
    expect(settings.version).toBe(1);
    expect(settings.ownTenants).toEqual([OWN]);
  });

  it('one bad field keeps the readable rest, sets the original aside once, and repairs the stored value', async () => {
    const bad = { ...stored(), partner: { ...PARTNER, phone: '------' }, ownTenants: [OWN, { name: '', tenantId: 'nope' }] };
    const memory = await settingsStorage({ settings: bad });
    const store = createSettingsStore(memory.items, () => 42);
    for (let read = 0; read < 25; read++) {
      const settings = await store.read();
      // The partner keeps the profile (phone back to its default) and the valid own tenant.
      expect(settings.partner).toEqual({ ...PARTNER, phone: '' });
      expect(settings.ownTenants).toEqual([OWN]);
    }
    expect(memory.writes()).toBe(1);
    const aside = await store.setAside();
    expect(aside).toHaveLength(1);
    expect(aside[0]).toMatchObject({ at: 42, raw: bad });
    expect(aside[0]?.problems.map((problem) => problem.path)).toEqual(expect.arrayContaining(['partner.phone', 'ownTenants.1.name', 'ownTenants.1.tenantId']));
    expect(Object.keys(await memory.stored()).filter((key) => key.startsWith('settings'))).toEqual(['settings', 'settingsSetAside']);
  });

  it.each([
    ['an array', [1, 2]],
    ['a string', 'settings'],
    ['a version from the future', { version: 99, partner: PARTNER }],
  ])('%s is set aside, not silently replaced by defaults', async (_, raw) => {
    const memory = await settingsStorage({ settings: raw });
    const store = createSettingsStore(memory.items, () => 7);
    expect(await store.read()).toEqual(defaultSettings());
    expect((await store.setAside())[0]).toMatchObject({ at: 7, raw });
  });

  it('a required partner field that is bad sets the profile aside but keeps tenants and SLA', async () => {
    const memory = await settingsStorage({ settings: { ...stored(), partner: { ...PARTNER, email: 'not an email' }, sla: { ...defaultSettings().sla, leadTimeMinutes: 30 } } });
    const settings = await createSettingsStore(memory.items).read();
    expect(settings.partner).toBeNull();
    expect(settings.ownTenants).toEqual([OWN]);
    expect(settings.sla.leadTimeMinutes).toBe(30);
  });

  it('still reads when storage refuses the repair (full): the salvaged settings, no throw', async () => {
    const memory = await settingsStorage({ settings: { ...stored(), ownTenants: 'garbage' } });
    memory.refuseWrites(true);
    expect((await createSettingsStore(memory.items).read()).partner).toEqual(PARTNER);
  });

  it('a stored null reads as nothing stored yet: the defaults, nothing set aside', async () => {
    const memory = await settingsStorage({ settings: null });
    const store = createSettingsStore(memory.items);
    expect(await store.read()).toEqual(defaultSettings());
    expect(await store.setAside()).toEqual([]);
    expect(memory.writes()).toBe(0);
  });

  it('a set-aside list that is not one (hand-edited) reads as empty instead of failing the page', async () => {
    const memory = await settingsStorage({ settings: stored(), settingsSetAside: { at: 'x' } });
    expect(await createSettingsStore(memory.items).setAside()).toEqual([]);
  });

  it('discarding a set-aside value forgets only that one', async () => {
    const memory = await settingsStorage({ settings: 'garbage' });
    const store = createSettingsStore(memory.items, () => 5);
    await store.read();
    expect(await store.discardSetAside(5)).toBe(true);
    expect(await store.setAside()).toEqual([]);
  });
});

describe('settings store: writing', () => {
  it('writes nothing when the input is invalid', async () => {
    const memory = await settingsStorage({ settings: stored() });
    const result = await createSettingsStore(memory.items).save({ ...stored(), ownTenants: [{ name: '', tenantId: 'x' }] });
    expect(result.ok).toBe(false);
    expect((await memory.stored()).settings).toEqual(stored());
  });

  it('a refused write (quota) is reported, and what was stored stays', async () => {
    const memory = await settingsStorage({ settings: stored() });
    memory.refuseWrites(true);
    expect(await createSettingsStore(memory.items).save(stored({ ownTenants: [] }))).toEqual({ ok: false, issues: [{ path: '', messageKey: 'errSaveFailed' }] });
    expect((await memory.stored()).settings).toEqual(stored());
  });

  it('an options page opened earlier keeps customers learned since (merged), and says so', async () => {
    const memory = await settingsStorage({ settings: stored() });
    const store = createSettingsStore(memory.items);
    const base = await store.read(); // the options page loads
    const learned = { name: 'Northwind', tenantId: '33333333-3333-4333-8333-333333333333', domains: [], source: 'learned' as const };
    await store.update((current) => ({ ...current, customers: [...current.customers, learned] }));
    const result = await store.save({ ...base, partner: { ...PARTNER, email: 'new@fabrikampartners.example' } }, base);
    expect(result).toMatchObject({ ok: true, merged: true });
    const now = await store.read();
    expect(now.partner?.email).toBe('new@fabrikampartners.example');
    expect(now.customers).toEqual([learned]);
  });

  it('both sides changed the profile: nothing is written, the partner gets the current settings to reload', async () => {
    const memory = await settingsStorage({ settings: stored() });
    const store = createSettingsStore(memory.items);
    const base = await store.read();
    await store.update((current) => ({ ...current, partner: { ...PARTNER, phone: '+34 600 000 000' } }));
    const result = await store.save({ ...base, partner: { ...PARTNER, email: 'new@fabrikampartners.example' } }, base);
    expect(result).toMatchObject({ ok: false, issues: [{ path: '', messageKey: 'errChangedElsewhere' }] });
    expect(result.ok === false && result.conflict?.partner?.phone).toBe('+34 600 000 000');
    expect((await store.read()).partner?.email).toBe(PARTNER.email);
  });

  it('read-modify-writes never lose each other (one queue)', async () => {
    const memory = await settingsStorage({ settings: stored() });
    const store = createSettingsStore(memory.items);
    const ids = Array.from({ length: 20 }, (_, n) => `${String(n).padStart(8, '0')}-0000-4000-8000-000000000000`);
    await Promise.all(ids.map((tenantId) => store.update((current) => ({ ...current, customers: [...current.customers, { name: tenantId, tenantId, domains: [], source: 'learned' }] }))));
    expect((await store.read()).customers.map((customer) => customer.tenantId).sort()).toEqual(ids);
  });
});

describe('migrateSettings', () => {
  it('refuses settings from a newer version', () => {
    expect(() => migrateSettings({ version: 99 })).toThrow(UnknownSettingsVersionError);
  });
});

describe('settings store: a managed policy', () => {
  const MANAGED_OWN = { name: 'Fabrikam (policy)', tenantId: '99999999-9999-4999-8999-999999999999', domains: [] };
  const policy = { partner: { companyName: 'Fabrikam by policy' }, ownTenants: [MANAGED_OWN], switches: { prefillSupportPlan: true } };

  it('reads the managed values over the stored ones and stores only the partner’s own part', async () => {
    const memory = await settingsStorage({ settings: stored({ switches: { prefillSupportPlan: false, prefillContact: true, showContextWarning: true } }) }, policy);
    const store = createSettingsStore(memory.items);
    const effective = await store.read();
    expect(effective.partner?.companyName).toBe('Fabrikam by policy');
    expect(effective.ownTenants).toEqual([MANAGED_OWN, OWN]);
    expect(effective.switches.prefillSupportPlan).toBe(true);
    expect(memory.writes()).toBe(0);

    // The options page saves what it shows: the managed tenant is not copied into storage.
    const extra = { name: 'Lab', tenantId: '22222222-2222-4222-8222-222222222222', domains: [] };
    const saved = await store.save({ ...effective, ownTenants: [...effective.ownTenants, extra] }, effective);
    expect(saved).toMatchObject({ ok: true, settings: { ownTenants: [MANAGED_OWN, OWN, extra] } });
    const local = (await memory.stored()).settings as Settings;
    expect(local.ownTenants).toEqual([OWN, extra]);
  });

  it('a managed own tenant cannot be removed by a save', async () => {
    const memory = await settingsStorage({ settings: stored() }, policy);
    const store = createSettingsStore(memory.items);
    const saved = await store.save({ ...stored(), ownTenants: [] });
    expect(saved).toMatchObject({ ok: true, settings: { ownTenants: [MANAGED_OWN] } });
    expect((await store.read()).ownTenants).toEqual([MANAGED_OWN]);
  });

  it('reports what the policy holds that cannot be used', async () => {
    const memory = await settingsStorage({}, { partner: { email: 'nope' } });
    expect((await createSettingsStore(memory.items).policy()).problems).toEqual([{ path: 'partner.email', messageKey: 'errEmail' }]);
  });
});

describe('settings store: one cached reading', () => {
  /** Counts how often the store goes to storage for the settings. */
  function countReads(memory: Awaited<ReturnType<typeof settingsStorage>>) {
    const get = vi.spyOn(memory.items.settings, 'getValue');
    return () => get.mock.calls.length;
  }

  it('answers repeated reads from one reading of storage', async () => {
    const memory = await settingsStorage({ settings: stored() });
    const store = createSettingsStore(memory.items);
    const reads = countReads(memory);
    const all = await Promise.all([store.read(), store.read(), store.read()]);
    await store.read();
    expect(all.every((settings) => settings.partner?.email === PARTNER.email)).toBe(true);
    expect(reads()).toBe(1);
  });

  it('reads again after its own write, and after a write made elsewhere', async () => {
    const memory = await settingsStorage({ settings: stored() });
    const store = createSettingsStore(memory.items);
    await store.read();
    await store.save(stored({ ownTenants: [] }));
    expect((await store.read()).ownTenants).toEqual([]);
    // Another context writing the stored value directly (storage.onChanged reaches the store).
    await memory.items.settings.setValue(stored({ ownTenants: [OWN] }));
    await vi.waitFor(async () => expect((await store.read()).ownTenants).toEqual([OWN]));
  });

  it('reads again when the policy changes', async () => {
    const memory = await settingsStorage({ settings: stored() });
    const store = createSettingsStore(memory.items);
    expect((await store.read()).partner?.companyName).toBe(PARTNER.companyName);
    await fakeBrowser.storage.managed.set({ partner: { companyName: 'Managed Co' } });
    await vi.waitFor(async () => expect((await store.read()).partner?.companyName).toBe('Managed Co'));
  });

  it('does not keep a reading that failed', async () => {
    const memory = await settingsStorage({ settings: stored() });
    const store = createSettingsStore(memory.items);
    vi.spyOn(memory.items.settings, 'getValue').mockRejectedValueOnce(new Error('storage unavailable'));
    await expect(store.read()).rejects.toThrow('storage unavailable');
    expect((await store.read()).partner?.email).toBe(PARTNER.email);
  });
});

import { describe, expect, it } from 'vitest';
import { mergeSettings } from '../../../lib/settings/merge';
import { defaultSettings, type Customer } from '../../../lib/settings/schema';

const customer = (n: number, name = `Customer ${n}`, source: Customer['source'] = 'learned'): Customer => ({
  name,
  tenantId: `${String(n).padStart(8, '0')}-0000-4000-8000-000000000000`,
  domains: [],
  source,
});
const withCustomers = (customers: Customer[]) => ({ ...defaultSettings(), customers });

describe('mergeSettings (three-way, section by section)', () => {
  it('a section changed on one side only: that side wins', () => {
    const base = defaultSettings();
    const mine = { ...base, switches: { ...base.switches, prefillContact: false } };
    const theirs = { ...base, ownTenants: [{ name: 'Own', tenantId: '11111111-1111-4111-8111-111111111111', domains: [] }] };
    expect(mergeSettings(base, mine, theirs)).toEqual({ ok: true, settings: { ...base, switches: mine.switches, ownTenants: theirs.ownTenants } });
  });

  it('customers changed on both sides: mine, plus what was added or updated elsewhere; removed here stays removed', () => {
    const base = withCustomers([customer(1), customer(2), customer(3)]);
    const mine = withCustomers([customer(1, 'Renamed here', 'manual'), customer(3)]); // 2 removed, 1 renamed
    const theirs = withCustomers([customer(1), customer(2), customer(3, 'Renamed in Partner Center'), customer(4)]);
    const merged = mergeSettings(base, mine, theirs);
    expect(merged.ok && merged.settings.customers).toEqual([customer(1, 'Renamed here', 'manual'), customer(3, 'Renamed in Partner Center'), customer(4)]);
  });

  it('the same customer added on both sides is kept once (mine)', () => {
    const merged = mergeSettings(withCustomers([]), withCustomers([customer(5, 'Mine', 'manual')]), withCustomers([customer(5)]));
    expect(merged.ok && merged.settings.customers).toEqual([customer(5, 'Mine', 'manual')]);
  });

  it('any other section changed differently on both sides is a conflict, named', () => {
    const base = defaultSettings();
    const mine = { ...base, sla: { ...base.sla, leadTimeMinutes: 30 } };
    const theirs = { ...base, sla: { ...base.sla, leadTimeMinutes: 45 } };
    expect(mergeSettings(base, mine, theirs)).toEqual({ ok: false, sections: ['sla'] });
    // The same change on both sides is no conflict.
    expect(mergeSettings(base, mine, mine)).toEqual({ ok: true, settings: mine });
  });
});

import { describe, expect, it } from 'vitest';
import { applyPolicy, emptyPolicy, policyLocks, readPolicy, withoutManaged } from '../../../lib/settings/policy';
import { defaultSettings, settingsSchema, type Settings } from '../../../lib/settings/schema';

const OWN = { name: 'Fabrikam (own)', tenantId: '11111111-1111-4111-8111-111111111111', domains: ['fabrikam.onmicrosoft.com'] };
const OTHER_OWN = { name: 'Fabrikam lab', tenantId: '22222222-2222-4222-8222-222222222222', domains: [] };
const CUSTOMER = { name: 'Contoso', tenantId: '33333333-3333-4333-8333-333333333333', domains: [], source: 'manual' as const };
const PARTNER = {
  companyName: 'Old name',
  firstName: 'Lucía',
  lastName: 'García',
  email: 'lucia@fabrikam.example',
  additionalEmails: [],
  phone: '',
  country: 'ES',
  timeZone: 'Europe/Madrid',
  preferredContactMethod: 'email' as const,
  supportLanguage: 'es-ES',
};
const local = (over: Partial<Settings> = {}): Settings => ({ ...defaultSettings(), partner: PARTNER, ownTenants: [OTHER_OWN], ...over });

describe('readPolicy', () => {
  it('keeps each valid value as the schema reads it (trimmed, case-folded)', () => {
    const { policy, problems } = readPolicy({
      partner: { companyName: ' Fabrikam Partners ', country: 'es' },
      ownTenants: [{ ...OWN, tenantId: OWN.tenantId.toUpperCase() }],
      sla: { targetMinutes: { A: 90 }, leadTimeMinutes: 30 },
      switches: { prefillContact: false },
    });
    expect(problems).toEqual([]);
    expect(policy.partner).toEqual({ companyName: 'Fabrikam Partners', country: 'ES' });
    expect(policy.ownTenants).toEqual([OWN]);
    expect(policy.sla).toEqual({ targetMinutes: { A: 90 }, leadTimeMinutes: 30 });
    expect(policy.switches).toEqual({ prefillContact: false });
  });

  it('drops each value it cannot use and names it, keeping the rest', () => {
    const { policy, problems } = readPolicy({
      partner: { email: 'not an email', companyName: 'Fabrikam' },
      ownTenants: [OWN, { name: 'Bad', tenantId: 'nope' }, OWN],
      sla: { targetMinutes: { B: -1, C: 300 }, colour: 'red' },
      switches: 'yes',
      extra: 1,
    });
    expect(policy.partner).toEqual({ companyName: 'Fabrikam' });
    expect(policy.ownTenants).toEqual([OWN]);
    expect(policy.sla.targetMinutes).toEqual({ C: 300 });
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: 'extra', messageKey: 'errUnknownKey' },
        { path: 'partner.email', messageKey: 'errEmail' },
        { path: 'ownTenants.1.tenantId', messageKey: 'errTenantId' },
        { path: 'ownTenants.2.tenantId', messageKey: 'errDuplicateTenant' },
        { path: 'sla.targetMinutes.B', messageKey: 'errRange' },
        { path: 'sla.colour', messageKey: 'errUnknownKey' },
        { path: 'switches', messageKey: 'errType' },
      ]),
    );
    expect(problems).toHaveLength(7);
  });

  it('reads nothing (no policy, Firefox without policies.json) as an empty policy', () => {
    expect(readPolicy({})).toEqual({ policy: emptyPolicy(), problems: [] });
    expect(readPolicy(undefined)).toEqual({ policy: emptyPolicy(), problems: [] });
  });
});

describe('applyPolicy', () => {
  it('managed values win field by field; the partner keeps what the policy leaves open', () => {
    const { policy } = readPolicy({ partner: { companyName: 'Fabrikam Partners', supportLanguage: 'en-US' }, sla: { targetMinutes: { A: 90 } } });
    const effective = applyPolicy(local(), policy);
    expect(effective.partner).toEqual({ ...PARTNER, companyName: 'Fabrikam Partners', supportLanguage: 'en-US' });
    expect(effective.sla.targetMinutes).toEqual({ E: 60, A: 90, B: 240, C: 480 });
    expect(settingsSchema.safeParse(effective).success).toBe(true);
  });

  it('managed tenants come first and cannot be dropped; the partner can add more', () => {
    const { policy } = readPolicy({ ownTenants: [OWN], customers: [CUSTOMER] });
    const effective = applyPolicy(local({ ownTenants: [{ ...OWN, name: 'my copy' }, OTHER_OWN] }), policy);
    expect(effective.ownTenants).toEqual([OWN, OTHER_OWN]);
    expect(effective.customers).toEqual([CUSTOMER]);
    // Saving what is in effect stores only the partner's own entries; reading again gives the same.
    const stored = withoutManaged(effective, policy);
    expect(stored.ownTenants).toEqual([OTHER_OWN]);
    expect(applyPolicy(stored, policy)).toEqual(effective);
  });

  it('a complete managed profile is in effect before the partner saves one; a partial one is not', () => {
    const full = readPolicy({ partner: { ...PARTNER, companyName: 'Fabrikam' } }).policy;
    expect(applyPolicy(defaultSettings(), full).partner?.companyName).toBe('Fabrikam');
    const partial = readPolicy({ partner: { companyName: 'Fabrikam' } }).policy;
    expect(applyPolicy(defaultSettings(), partial).partner).toBeNull();
  });

  it('business hours that clash with the managed ones stay the partner’s (a rule between fields)', () => {
    const { policy } = readPolicy({ businessHours: { start: '18:00' } });
    const effective = applyPolicy(local(), policy);
    expect(effective.businessHours.start).toBe('09:00');
    expect(applyPolicy(local({ businessHours: { ...defaultSettings().businessHours, end: '20:00' } }), policy).businessHours.start).toBe('18:00');
  });
});

describe('policyLocks', () => {
  it('lists the locked paths and the managed directories', () => {
    const reading = readPolicy({ partner: { companyName: 'F' }, ownTenants: [OWN], sla: { targetMinutes: { A: 90 }, breakFixClock: '24x7' }, switches: { showContextWarning: true } });
    expect(policyLocks(reading)).toEqual({
      paths: ['partner.companyName', 'sla.breakFixClock', 'sla.targetMinutes.A', 'switches.showContextWarning'],
      partner: { companyName: 'F' },
      ownTenantIds: [OWN.tenantId],
      customerIds: [],
      problems: [],
    });
  });
});

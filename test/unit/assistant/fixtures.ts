import { defaultSettings, type Settings } from '../../../lib/settings/schema';

export const OWN_ID = '11111111-1111-4111-8111-111111111111';
export const CONTOSO_ID = '22222222-2222-4222-8222-222222222222';
export const NORTHWIND_ID = '33333333-3333-4333-8333-333333333333';

/** Settings of a partner with one own tenant and one customer, profile filled. */
export function partnerSettings(): Settings {
  return {
    ...defaultSettings(),
    partner: {
      companyName: 'Fabrikam Partners',
      firstName: 'Lucía',
      lastName: 'García',
      email: 'support@fabrikampartners.example',
      additionalEmails: ['noc@fabrikampartners.example'],
      phone: '+34 910 000 000',
      country: 'ES',
      timeZone: 'Europe/Madrid',
      preferredContactMethod: 'email',
      supportLanguage: 'es-ES',
    },
    ownTenants: [{ name: 'Fabrikam Partners', tenantId: OWN_ID, domains: ['fabrikampartners.onmicrosoft.com'] }],
    customers: [{ name: 'Contoso Ltd', tenantId: CONTOSO_ID, domains: ['contoso.onmicrosoft.com'], source: 'manual' }],
  };
}

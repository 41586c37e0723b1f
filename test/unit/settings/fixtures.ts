/** A complete, valid settings file as a partner would export it. */
export function validSettingsFile(): Record<string, unknown> {
  return {
    format: 'csp-support-assistant/settings',
    version: 1,
    partner: {
      companyName: 'Fabrikam Partners',
      firstName: 'Lucía',
      lastName: 'García',
      email: 'support@fabrikampartners.example',
      phone: '+34 910 000 000',
      country: 'es',
      timeZone: 'Europe/Madrid',
      preferredContactMethod: 'email',
      supportLanguage: 'es-ES',
    },
    ownTenants: [{ name: 'Fabrikam Partners', tenantId: '11111111-1111-4111-8111-111111111111', domains: ['fabrikampartners.onmicrosoft.com'] }],
    customers: [{ name: 'Contoso Ltd', tenantId: '22222222-2222-4222-8222-222222222222', domains: ['Contoso.onmicrosoft.com'] }],
  };
}

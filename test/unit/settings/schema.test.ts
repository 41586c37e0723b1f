import { describe, expect, it } from 'vitest';
import { businessHoursSchema, partnerProfileSchema, tenantSchema } from '../../../lib/settings/schema';
import { toFieldIssues } from '../../../lib/issues';

const partner = {
  companyName: 'Fabrikam',
  firstName: 'Ana',
  lastName: 'Ruiz',
  email: 'ana@fabrikam.example',
  country: 'ES',
  timeZone: 'Europe/Madrid',
  supportLanguage: 'es-ES',
};

describe('settings schema', () => {
  it.each([
    ['email', { email: 'ana@' }, 'errEmail'],
    ['time zone', { timeZone: 'Mars/Olympus' }, 'errTimeZone'],
    ['country', { country: 'ESP' }, 'errCountry'],
    ['language', { supportLanguage: 'not a tag!' }, 'errLanguage'],
    ['phone', { phone: 'call me' }, 'errPhone'],
    ['contact method', { preferredContactMethod: 'fax' }, 'errContactMethod'],
    ['blank name', { firstName: '   ' }, 'errRequired'],
  ])('rejects a bad %s with its message', (_name, patch, messageKey) => {
    const result = partnerProfileSchema.safeParse({ ...partner, ...patch });
    expect(result.success).toBe(false);
    expect(toFieldIssues(result.error!.issues)[0]?.messageKey).toBe(messageKey);
  });

  it('normalises tenant ids and domains to lower case', () => {
    expect(tenantSchema.parse({ name: 'X', tenantId: 'AAAAAAAA-1111-4111-8111-111111111111', domains: [' Contoso.OnMicrosoft.com '] })).toEqual({
      name: 'X',
      tenantId: 'aaaaaaaa-1111-4111-8111-111111111111',
      domains: ['contoso.onmicrosoft.com'],
    });
  });

  it('requires business hours to end after they start', () => {
    const result = businessHoursSchema.safeParse({ start: '18:00', end: '09:00' });
    expect(toFieldIssues(result.error!.issues)).toEqual([{ path: 'end', messageKey: 'errHoursOrder' }]);
  });

  it('keeps an optional phone empty', () => {
    expect(partnerProfileSchema.parse(partner).phone).toBe('');
  });
});

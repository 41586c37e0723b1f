import { describe, expect, it } from 'vitest';
import { partnerRoleFrom, roleFromRelationship, roleFromStatement, roleNoteFor } from '../../../lib/partner-center/role';

describe('roleFromRelationship: the value of a "Relationship" field', () => {
  it.each([
    ['Indirect reseller', 'indirectReseller'],
    ['indirect reseller (Litware Distribution)', 'indirectReseller'],
    ['Revendedor indirecto', 'indirectReseller'],
    ['REVENDEDOR INDIRECTO', 'indirectReseller'],
    ['Advisor', 'advisor'],
    ['Partner advisor', 'advisor'],
    ['Asesor', 'advisor'],
    ['Direct bill partner', null],
    ['Asociado de facturación directa', null],
    ['Indirect provider', null],
    ['Proveedor indirecto', null],
    ['Reseller', null],
    ['', null],
  ])('%s → %s', (value, role) => {
    expect(roleFromRelationship(value)).toBe(role);
  });
});

describe('roleFromStatement: a sentence addressed to the partner', () => {
  it.each([
    ['You are an indirect reseller for this customer.', 'indirectReseller'],
    ["You're an advisor for this customer", 'advisor'],
    ['You are an advisor for Contoso Ltd.', 'advisor'],
    ['Eres revendedor indirecto para este cliente.', 'indirectReseller'],
    ['Usted es un asesor de este cliente.', 'advisor'],
    ['Signed in. You are an indirect reseller for this customer. Read more.', 'indirectReseller'],
  ])('%s → %s', (text, role) => {
    expect(roleFromStatement(text)).toBe(role);
  });

  it.each([
    // The general rule names both roles but says nothing about this partner.
    "Indirect resellers and advisors can't open Azure support requests on the customer's behalf.",
    'Los revendedores indirectos y los asesores no pueden abrir solicitudes de soporte técnico de Azure en nombre del cliente.',
    'You are signed in as Alex. Indirect reseller relationships are listed below.',
    'You are the direct bill partner for this customer.',
    'Find an advisor near you',
  ])('null for %s', (text) => {
    expect(roleFromStatement(text)).toBeNull();
  });
});

describe('partnerRoleFrom', () => {
  it('prefers the relationship field over page sentences, and reads sentences when no field names a role', () => {
    expect(partnerRoleFrom(['Advisor'], ['You are an indirect reseller for this customer.'])).toBe('advisor');
    expect(partnerRoleFrom(['Direct bill partner'], ['You are an indirect reseller for this customer.'])).toBe('indirectReseller');
    expect(partnerRoleFrom([], ["Indirect resellers and advisors can't open Azure support requests."])).toBeNull();
  });
});

describe('roleNoteFor: when the panel explains the restriction', () => {
  const intended = { name: 'Adatum Corporation', role: 'indirectReseller' as const };
  it('on Azure, in the intended customer', () => {
    expect(roleNoteFor({ outcome: 'customer', intended }, 'azure')).toBe('indirectReseller');
  });
  it('not on M365 (the restriction is about Azure requests), not on a mismatch or own tenant, not without a role', () => {
    expect(roleNoteFor({ outcome: 'customer', intended }, 'm365')).toBeNull();
    expect(roleNoteFor({ outcome: 'mismatch', intended }, 'azure')).toBeNull();
    expect(roleNoteFor({ outcome: 'own', intended }, 'azure')).toBeNull();
    expect(roleNoteFor({ outcome: 'customer', intended: { name: 'Contoso Ltd', role: null } }, 'azure')).toBeNull();
    expect(roleNoteFor({ outcome: 'customer' }, 'azure')).toBeNull();
  });
});

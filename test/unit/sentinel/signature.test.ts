import { describe, expect, it } from 'vitest';
import { DISTINCTIVE_FIELDS } from '../../../lib/form/detect';
import { allTerms, BUTTON_TERMS, FIELD_TERMS, SECTION_TERMS, STEP_TERMS } from '../../../lib/form/terms';
import { hasSupportSignature, isSupportAddress, isSupportRoute } from '../../../lib/sentinel/signature';

const ENTRY_BUTTONS = ['newMicrosoftServiceRequest', 'newServiceRequest', 'contactSupport', 'newSupportRequest'] as const;

describe('the sentinel signature covers the term table', () => {
  const cases = [
    ...DISTINCTIVE_FIELDS.flatMap((key) => allTerms(FIELD_TERMS[key].labels).map((term) => [`field ${key}`, term] as const)),
    ...allTerms(STEP_TERMS.problemDescription)
      .filter((term) => !/^(basics|b[aá]sico|conceptos|aspectos|datos|noções)/i.test(term))
      .map((term) => ['step problemDescription', term] as const),
    ...allTerms(SECTION_TERMS.partnerCard).map((term) => ['heading partnerCard', term] as const),
    ...ENTRY_BUTTONS.flatMap((key) => allTerms(BUTTON_TERMS[key]).map((term) => [`button ${key}`, term] as const)),
  ];

  it.each(cases)('%s: "%s"', (_where, term) => {
    expect(hasSupportSignature(term)).toBe(true);
    expect(hasSupportSignature(term.toUpperCase())).toBe(true);
  });
});

describe('pages that are no support form', () => {
  it.each([
    'Virtual machines Name Resource group Location Status Running Stopped',
    'Máquinas virtuales Nombre Grupo de recursos Ubicación Estado',
    'Resource 42 · Running · 2026-12-01T12:00:00.000Z Filter Open',
    'Home Dashboard All services Favorites Create a resource',
    'Usuarios activos Facturación Configuración Informes',
  ])('no signature in "%s"', (text) => {
    expect(hasSupportSignature(text)).toBe(false);
  });
});

describe('support addresses', () => {
  it.each([
    ['https://portal.azure.com/#view/Microsoft_Azure_Support/NewSupportRequestV3Blade', true],
    ['https://portal.azure.com/#blade/Microsoft_Azure_Support/HelpAndSupportBlade/overview', true],
    ['https://reactblade.portal.azure.net/?extensionName=Microsoft_Azure_Support#', true],
    ['https://portal.azure.com/#home', false],
    ['https://reactblade.portal.azure.net/?extensionName=Microsoft_Azure_Compute#', false],
  ])('%s → %s', (href, expected) => {
    expect(isSupportAddress(href)).toBe(expected);
  });
});

describe('support routes of the top frame', () => {
  it.each([
    ['https://portal.azure.com/#view/Microsoft_Azure_Support/NewSupportRequestV3Blade', true],
    ['https://admin.microsoft.com/#/support', true],
    ['https://portal.azure.com/#home', false],
    ['https://admin.microsoft.com/#/users', false],
  ])('%s → %s', (href, expected) => {
    expect(isSupportRoute(href)).toBe(expected);
  });
});

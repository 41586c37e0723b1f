import { describe, expect, it } from 'vitest';
import { labelForms, matchesTerm, matchTerm, normalizeText } from '../../../lib/form/text';
import { cleanPageText } from '../../../lib/page-text';

describe('normalizeText', () => {
  it.each([
    ['Subscription', 'subscription'],
    ['  Suscripción  ', 'suscripcion'],
    ['País/región', 'pais region'],
    ['Country / region:', 'country region'],
    ['Email *', 'email'],
    ['* Email', 'email'],
    ['Teléfono (obligatorio)', 'telefono'],
    ['Phone (required)', 'phone'],
    ['Telefone (obrigatório)', 'telefone'],
    ['Additional email for notification (optional)', 'additional email for notification'],
    ['Review + create', 'review create'],
    ['A - Critical impact', 'a critical impact'],
    ['Gravedad：', 'gravedad'],
    ['Método\u00a0de   contacto\npreferido', 'metodo de contacto preferido'],
    ['Cloud Solution Provider (CSP)', 'cloud solution provider csp'],
    ['Información de contacto', 'informacion de contacto'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe('labelForms', () => {
  it.each([
    ['Severity', ['severity']],
    ['Severity (learn more)', ['severity learn more', 'severity']],
    ['Email: we reply here', ['email we reply here', 'email']],
    ['Support plan * Choose the plan', ['support plan choose the plan', 'support plan']],
    ['Subscription management', ['subscription management']],
    ['   ', []],
  ])('%j', (input, expected) => {
    expect(labelForms(input)).toEqual(expected);
  });
});

describe('matchesTerm', () => {
  const subscription = ['Subscription', 'Suscripción'];

  it.each([
    ['Subscription', true],
    ['subscription *', true],
    ['SUSCRIPCIÓN:', true],
    ['Suscripcion (obligatorio)', true],
    ['Subscription (learn more)', true],
    ['Subscription management', false],
    ['Subscriptions', false],
    ['Select a subscription', false],
    ['Subscription ID', false],
  ])('label mode: %j → %s', (text, expected) => {
    expect(matchesTerm(text, subscription)).toBe(expected);
  });

  it.each([
    ['Cloud Solution Provider (CSP)', ['Cloud Solution Provider'], 'prefix', true],
    ['Cloud Solution Providers', ['Cloud Solution Provider'], 'prefix', false],
    ['Azure plan - Cloud Solution Provider', ['Cloud Solution Provider'], 'prefix', false],
    ['Azure plan - Cloud Solution Provider', ['Cloud Solution Provider'], 'words', true],
    ['Non-CSP plan', ['CSP'], 'prefix', false],
    ['Gravedad alta', ['Gravedad A'], 'prefix', false],
    ['Gravedad A - Impacto crítico', ['Gravedad A'], 'prefix', true],
  ] as const)('%j vs %j in %s mode → %s', (text, terms, mode, expected) => {
    expect(matchesTerm(text, terms, mode)).toBe(expected);
  });

  it('returns the term that matched', () => {
    expect(matchTerm('Correo electrónico *', ['Email', 'Correo electrónico'])).toBe('Correo electrónico');
    expect(matchTerm('Nothing', ['Email'])).toBeNull();
  });
});

describe('cleanPageText', () => {
  it('trims, single-spaces and caps page text', () => {
    expect(cleanPageText('  Contoso \n Ltd  ')).toBe('Contoso Ltd');
    expect(cleanPageText('x'.repeat(500))).toHaveLength(200);
    expect(cleanPageText(null)).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import { lookupButton, lookupFieldLabel, lookupSection, lookupStep, matchOption } from '../../../lib/form/term-lookup';
import { allTerms, BUTTON_TERMS, FIELD_KEYS, FIELD_TERMS, NEVER_CLICK, OPTION_TERMS, SECTION_TERMS, STEP_TERMS } from '../../../lib/form/terms';
import { normalizeText } from '../../../lib/form/text';

describe('the terms table', () => {
  it('gives every field, section, step and button English and Spanish terms', () => {
    const entries = [...FIELD_KEYS.map((key) => FIELD_TERMS[key].labels), ...Object.values(SECTION_TERMS), ...Object.values(STEP_TERMS), ...Object.values(BUTTON_TERMS)];
    for (const entry of entries) {
      expect(entry.en.length).toBeGreaterThan(0);
      expect(entry.es.length).toBeGreaterThan(0);
    }
  });

  it('lets only the documented Spanish/Portuguese "Tipo de problema" name two fields', () => {
    const owners = new Map<string, Set<string>>();
    for (const key of FIELD_KEYS) {
      for (const term of allTerms(FIELD_TERMS[key].labels)) {
        const normal = normalizeText(term);
        owners.set(normal, (owners.get(normal) ?? new Set()).add(key));
      }
    }
    const shared = [...owners].filter(([, keys]) => keys.size > 1).map(([term, keys]) => [term, [...keys]]);
    expect(shared).toEqual([['tipo de problema', ['issueType', 'problemType']]]);
  });

  it('never lets a field label equal a step or section name', () => {
    const fieldTerms = new Set(FIELD_KEYS.flatMap((key) => allTerms(FIELD_TERMS[key].labels).map(normalizeText)));
    const headings = [...Object.values(STEP_TERMS), ...Object.values(SECTION_TERMS)].flatMap((entry) => allTerms(entry).map(normalizeText));
    expect(headings.filter((heading) => fieldTerms.has(heading))).toEqual([]);
  });

  it('records Create, Submit and Contact me as buttons never to click', () => {
    expect(NEVER_CLICK).toEqual(['create', 'submit', 'contactMe']);
    expect(lookupButton('Ponerse en contacto conmigo')?.keys).toEqual(['contactMe']);
    expect(lookupButton('Crear')?.keys).toEqual(['create']);
  });
});

describe('lookupFieldLabel', () => {
  it.each([
    ['Issue type', ['issueType'], ['en']],
    ['Tipo de incidencia', ['issueType'], ['es']],
    ['Tipo de problema', ['issueType', 'problemType'], ['es', 'pt']],
    ['Plan de soporte técnico *', ['supportPlan'], ['es']],
    ['Plan de soporte', ['supportPlan'], ['es']],
    ['Support plan', ['supportPlan'], ['en']],
    ['Plano de suporte', ['supportPlan'], ['pt']],
    ['Gravedad', ['severity'], ['es']],
    ['Severity:', ['severity'], ['en']],
    ['Preferred contact method', ['contactMethod'], ['en']],
    ['Método de contacto preferido', ['contactMethod'], ['es']],
    ['Email address', ['email'], ['en']],
    ['Primary email', ['email'], ['en']],
    ['Correo electrónico (obligatorio)', ['email'], ['es']],
    ['Country/region', ['country'], ['en']],
    ['País o región', ['country'], ['es']],
    ['País/región', ['country'], ['es']],
    ['Additional email for notification', ['additionalEmail'], ['en']],
    ['Recurso', ['resource'], ['es', 'pt']],
  ])('%j → %j (%j)', (text, keys, langs) => {
    expect(lookupFieldLabel(text)).toEqual({ keys, langs });
  });

  it.each(['Subscription management', 'Subscription ID', 'Contact info', 'Additional details', 'Technical', ''])('%j is not a field label', (text) => {
    expect(lookupFieldLabel(text)).toBeNull();
  });
});

describe('headings, steps and buttons', () => {
  it.each([
    ['Contact info', 'contactInfo'],
    ['Contact information', 'contactInfo'],
    ['Información de contacto', 'contactInfo'],
    ['Método de soporte técnico', 'supportMethod'],
  ])('section %j', (text, key) => {
    expect(lookupSection(text)?.keys).toEqual([key]);
  });

  it.each([
    ['Problem description', 'problemDescription'],
    ['1 Basics', 'problemDescription'],
    ['2. Recommended solution', 'recommendedSolution'],
    ['Solución recomendada', 'recommendedSolution'],
    ['Detalles adicionales', 'additionalDetails'],
    ['Review + create', 'review'],
    ['Revisar y crear', 'review'],
    ['1. Datos básicos', 'problemDescription'],
    ['Básico', 'problemDescription'],
  ])('step %j', (text, key) => {
    expect(lookupStep(text)?.keys).toEqual([key]);
  });

  it.each([
    ['New Microsoft service request', 'newMicrosoftServiceRequest'],
    ['Nueva solicitud de servicio de Microsoft', 'newMicrosoftServiceRequest'],
    ['Contact support', 'contactSupport'],
    ['Ponerse en contacto con el soporte técnico', 'contactSupport'],
  ])('button %j', (text, key) => {
    expect(lookupButton(text)?.keys).toEqual([key]);
  });
});

describe('matchOption', () => {
  it.each([
    ['Cloud Solution Provider', 'csp'],
    ['Cloud Solution Provider (CSP)', 'csp'],
    ['CSP', 'csp'],
    ['Proveedor de soluciones en la nube', 'csp'],
    ['Provedor de Soluções na Nuvem', 'csp'],
    ['Azure plan - Cloud Solution Provider', 'csp'],
    ['Azure Support Plan - CSP', 'csp'],
    ['Plan de soporte técnico de Azure - CSP', 'csp'],
    ['Azure Support Plan - Standard', null],
    ['Non-CSP plan', null],
    ['Premier', null],
    ['Developer', null],
  ])('support plan %j → %s', (text, expected) => {
    expect(matchOption('supportPlan', text)).toBe(expected);
  });

  it.each([
    ['A - Critical impact', 'A'],
    ['Critical', 'A'],
    ['Crítico', 'A'],
    ['Gravedad A', 'A'],
    ['A - Impacto crítico', 'A'],
    ['Severity: A - Critical impact', 'A'],
    ['B - Moderate impact', 'B'],
    ['Moderado', 'B'],
    ['C - Minimal impact', 'C'],
    ['Mínimo', 'C'],
    // Emergency is recorded as itself (its own target), never counted as C.
    ['Emergency - Severe impact', 'E'],
    ['Emergencia - Impacto grave', 'E'],
    ['Severe impact', 'E'],
    ['D - Unknown', null],
  ])('severity %j → %s', (text, expected) => {
    expect(matchOption('severity', text)).toBe(expected);
  });

  it.each([
    ['Technical', 'technical'],
    ['Técnico', 'technical'],
    ['Billing', 'billing'],
    ['Facturación', 'billing'],
    ['Subscription management', 'subscriptionManagement'],
    ['Administración de suscripciones', 'subscriptionManagement'],
    ['Service and subscription limits (quotas)', 'quota'],
    ['Límites de servicio y suscripción (cuotas)', 'quota'],
  ])('issue type %j → %s', (text, expected) => {
    expect(matchOption('issueType', text)).toBe(expected);
  });

  it.each([
    ['Email', 'email'],
    ['Correo electrónico', 'email'],
    ['Phone', 'phone'],
    ['Teléfono', 'phone'],
    ['Chat', null],
  ])('contact method %j → %s', (text, expected) => {
    expect(matchOption('contactMethod', text)).toBe(expected);
  });

  it('covers every option group in English and Spanish', () => {
    for (const group of Object.values(OPTION_TERMS)) {
      for (const entry of Object.values(group)) {
        expect(entry.en.length).toBeGreaterThan(0);
        expect(entry.es.length).toBeGreaterThan(0);
      }
    }
  });
});

/**
 * THE one table of localized labels, headings, buttons and option names of the Azure and Microsoft 365
 * support forms. Sources: docs/research/portal-facts.md §2–3 (EN docs 2020–2025, ES/PT Partner Center and
 * Azure docs). Doc translations are not guaranteed to equal the live UI, so each key lists plausible
 * variants; add a variant here (and a test) whenever a live page shows a new one.
 */
import { type Portal, PORTALS } from '../portal';

/** Languages the table covers. */
export const LANGS = ['en', 'es', 'pt'] as const;
/** A language the table covers. */
export type Lang = (typeof LANGS)[number];
/** Terms of one meaning, per language (English and Spanish required). */
export interface Localized {
  readonly en: readonly string[];
  readonly es: readonly string[];
  readonly pt?: readonly string[];
}
/** What kind of control a field must be, so a radio labelled "Email" is never taken for the Email box. */
export type ControlExpectation = 'text' | 'choice' | 'any';
/** One field's labels, where it appears and what control it expects. */
export interface FieldTerms {
  readonly portals: readonly Portal[];
  readonly expects: ControlExpectation;
  readonly labels: Localized;
}

const AZ: readonly Portal[] = ['azure'];
const BOTH: readonly Portal[] = PORTALS;

/** One field's entry in the table: the control it expects, the portals that show it, its labels. */
const field = (expects: ControlExpectation, portals: readonly Portal[], labels: Localized): FieldTerms => ({ portals, expects, labels });

/** Field keys, in the order they appear on the forms (the order resolves labels shared by two fields). */
export const FIELD_KEYS = [
  'issueType',
  'subscription',
  'service',
  'resource',
  'summary',
  'title',
  'description',
  'problemType',
  'problemSubtype',
  'advancedDiagnostics',
  'supportPlan',
  'severity',
  'response24x7',
  'contactMethod',
  'supportLanguage',
  'firstName',
  'lastName',
  'email',
  'additionalEmail',
  'phone',
  'country',
  'timeZone',
] as const;
/** A form field the assistant knows. */
export type FieldKey = (typeof FIELD_KEYS)[number];

/** Field labels. "Tipo de problema" names both Issue type and Problem type in the ES docs (resolved by order in fields.ts). */
export const FIELD_TERMS: Readonly<Record<FieldKey, FieldTerms>> = {
  issueType: field('choice', AZ, { en: ['Issue type', 'Type of issue'], es: ['Tipo de problema', 'Tipo de incidencia', 'Tipo de incidente'], pt: ['Tipo de problema', 'Tipo de incidente'] }),
  subscription: field('choice', AZ, { en: ['Subscription'], es: ['Suscripción'], pt: ['Assinatura'] }),
  service: field('choice', AZ, { en: ['Service', 'Service type'], es: ['Servicio', 'Tipo de servicio'], pt: ['Serviço'] }),
  resource: field('choice', AZ, { en: ['Resource'], es: ['Recurso'], pt: ['Recurso'] }),
  summary: field('text', AZ, { en: ['Summary', 'Problem summary', 'Subject'], es: ['Resumen', 'Asunto'], pt: ['Resumo', 'Assunto'] }),
  title: field('text', BOTH, { en: ['Title', 'Request title'], es: ['Título', 'Título de la solicitud'], pt: ['Título'] }),
  description: field('text', BOTH, { en: ['Description', 'Issue description', 'Describe your issue'], es: ['Descripción', 'Describa el problema'], pt: ['Descrição', 'Descreva o problema'] }),
  problemType: field('choice', AZ, { en: ['Problem type'], es: ['Tipo de problema'], pt: ['Tipo de problema'] }),
  problemSubtype: field('choice', AZ, { en: ['Problem subtype'], es: ['Subtipo de problema'], pt: ['Subtipo de problema'] }),
  advancedDiagnostics: field('any', AZ, {
    en: ['Advanced diagnostic information', 'Allow collection of advanced diagnostic information', 'Share diagnostic information'],
    es: ['Información de diagnóstico avanzada', 'Información de diagnóstico avanzado', 'Compartir información de diagnóstico'],
    pt: ['Informações de diagnóstico avançadas', 'Compartilhar informações de diagnóstico'],
  }),
  supportPlan: field('choice', AZ, { en: ['Support plan', 'Support plans'], es: ['Plan de soporte técnico', 'Plan de soporte'], pt: ['Plano de suporte', 'Plano de suporte técnico'] }),
  severity: field('choice', AZ, { en: ['Severity', 'Severity level'], es: ['Gravedad', 'Nivel de gravedad', 'Severidad'], pt: ['Gravidade', 'Severidade'] }),
  /** Severity B on Premier/Unified plans: "If you chose 24x7 when you submit…" (API `require24X7Response`). Read, never filled. */
  response24x7: field('any', AZ, {
    en: ['24x7 response', '24/7 response', 'Require 24x7 response', '24x7 support', 'Round the clock response'],
    es: ['Respuesta 24x7', 'Respuesta 24/7', 'Soporte 24x7', 'Respuesta las 24 horas'],
    pt: ['Resposta 24x7', 'Resposta 24/7', 'Suporte 24x7'],
  }),
  contactMethod: field('choice', BOTH, {
    en: ['Preferred contact method', 'Contact method', 'How would you like to be contacted'],
    es: ['Método de contacto preferido', 'Método de contacto'],
    pt: ['Método de contato preferido', 'Método de contato'],
  }),
  supportLanguage: field('choice', AZ, {
    en: ['Support language', 'Preferred support language', 'Language'],
    es: ['Idioma de soporte técnico', 'Idioma del soporte técnico', 'Idioma de soporte', 'Idioma preferido', 'Idioma'],
    pt: ['Idioma de suporte', 'Idioma do suporte'],
  }),
  firstName: field('text', AZ, { en: ['First name', 'Given name'], es: ['Nombre'], pt: ['Nome', 'Primeiro nome'] }),
  lastName: field('text', AZ, { en: ['Last name', 'Surname', 'Family name'], es: ['Apellidos', 'Apellido'], pt: ['Sobrenome'] }),
  email: field('text', BOTH, {
    en: ['Email', 'E-mail', 'Email address', 'Primary email', 'Primary email address', 'Contact email', 'Contact email address'],
    es: ['Correo electrónico', 'Dirección de correo electrónico', 'Correo electrónico principal', 'Correo', 'Correo electrónico de contacto', 'Dirección de correo electrónico de contacto'],
    pt: ['Email', 'E-mail', 'Endereço de email', 'Email principal'],
  }),
  additionalEmail: field('text', BOTH, {
    en: ['Additional email for notification', 'Additional email', 'Additional emails', 'Additional email addresses', 'Alternate email', 'Alternate email address', 'Alternative email'],
    es: [
      'Correo electrónico adicional para notificaciones',
      'Correo electrónico adicional para notificación',
      'Correo electrónico adicional',
      'Correos electrónicos adicionales',
      'Correo electrónico alternativo',
      'Dirección de correo electrónico alternativa',
    ],
    pt: ['Email adicional para notificação', 'Email adicional'],
  }),
  phone: field('text', BOTH, {
    en: ['Phone', 'Phone number', 'Contact number', 'Telephone', 'Contact phone number', 'Contact phone', 'Phone number for contact'],
    es: ['Teléfono', 'Número de teléfono', 'Número de contacto', 'Número de teléfono de contacto', 'Teléfono de contacto'],
    pt: ['Telefone', 'Número de telefone'],
  }),
  country: field('choice', AZ, {
    en: ['Country/region', 'Country or region', 'Country'],
    es: ['País o región', 'País/región', 'País'],
    pt: ['País/região', 'País ou região', 'País'],
  }),
  timeZone: field('choice', AZ, { en: ['Time zone', 'Timezone', 'Preferred time zone'], es: ['Zona horaria', 'Zona horaria preferida'], pt: ['Fuso horário'] }),
};

/** Section headings inside a step. */
export const SECTION_TERMS = {
  contactInfo: { en: ['Contact info', 'Contact information', 'Contact details'], es: ['Información de contacto', 'Datos de contacto'], pt: ['Informações de contato', 'Informações para contato'] },
  supportMethod: { en: ['Support method'], es: ['Método de soporte técnico', 'Método de soporte'], pt: ['Método de suporte'] },
  problemDetails: { en: ['Problem details'], es: ['Detalles del problema'], pt: ['Detalhes do problema'] },
  /** M365's Help & support pane for a tenant that bought through a partner (unverified wording; the look-alike's). */
  partnerCard: {
    en: ['Contact your partner', 'Your partner'],
    es: ['Póngase en contacto con su asociado', 'Ponte en contacto con tu asociado', 'Su asociado', 'Tu asociado'],
    pt: ['Entre em contato com seu parceiro', 'Seu parceiro'],
  },
} as const satisfies Record<string, Localized>;
/** A section heading the assistant knows. */
export type SectionKey = keyof typeof SECTION_TERMS;

/** Wizard tab names of the Azure form, current and 2020–2021 ("Basics → Solutions → Details → Review + create"). */
export const STEP_TERMS = {
  problemDescription: {
    en: ['Problem description', 'Basics'],
    es: ['Descripción del problema', 'Conceptos básicos', 'Aspectos básicos', 'Datos básicos', 'Básico'],
    pt: ['Descrição do problema', 'Noções básicas'],
  },
  recommendedSolution: {
    en: ['Recommended solution', 'Recommended solutions', 'Solutions'],
    es: ['Solución recomendada', 'Soluciones recomendadas', 'Soluciones'],
    pt: ['Solução recomendada', 'Soluções'],
  },
  additionalDetails: { en: ['Additional details', 'Details'], es: ['Detalles adicionales', 'Detalles'], pt: ['Detalhes adicionais', 'Detalhes'] },
  review: { en: ['Review + create', 'Review and create', 'Review'], es: ['Revisar y crear', 'Revisar + crear', 'Revisión y creación'], pt: ['Revisar + criar', 'Examinar + criar', 'Revisar e criar'] },
} as const satisfies Record<string, Localized>;
/** An Azure wizard tab. */
export type StepKey = keyof typeof STEP_TERMS;

/** Buttons and links. Create, Submit and Contact me are recorded only so the assistant can refuse to click them. */
export const BUTTON_TERMS = {
  /** At the bottom of the M365 pane that first shows the partner's card (subscriptions bought through a partner). */
  newMicrosoftServiceRequest: { en: ['New Microsoft service request'], es: ['Nueva solicitud de servicio de Microsoft'], pt: ['Nova solicitação de serviço da Microsoft'] },
  newServiceRequest: { en: ['New service request'], es: ['Nueva solicitud de servicio'], pt: ['Nova solicitação de serviço'] },
  contactSupport: {
    en: ['Contact support', 'Contact Support'],
    es: ['Ponerse en contacto con el soporte técnico', 'Contactar con el soporte técnico'],
    pt: ['Contatar o suporte', 'Entre em contato com o suporte'],
  },
  newSupportRequest: {
    en: ['Create a support request', 'New support request'],
    es: ['Crear solicitud de soporte técnico', 'Crear una solicitud de soporte técnico', 'Crear una solicitud de soporte', 'Nueva solicitud de soporte técnico'],
    pt: ['Nova solicitação de suporte', 'Criar uma solicitação de suporte'],
  },
  next: { en: ['Next'], es: ['Siguiente'], pt: ['Avançar', 'Próximo'] },
  previous: { en: ['Previous'], es: ['Anterior'], pt: ['Anterior'] },
  create: { en: ['Create'], es: ['Crear'], pt: ['Criar'] },
  submit: { en: ['Submit'], es: ['Enviar'], pt: ['Enviar'] },
  /** The details page's "Change severity" pane confirms with "Change". */
  change: { en: ['Change'], es: ['Cambiar'], pt: ['Alterar'] },
  contactMe: { en: ['Contact me'], es: ['Ponerse en contacto conmigo', 'Contactarme'], pt: ['Entre em contato comigo', 'Contate-me'] },
} as const satisfies Record<string, Localized>;
/** A button or link the assistant knows. */
export type ButtonKey = keyof typeof BUTTON_TERMS;
/**
 * Buttons known by their icon alone: M365's help pane offers "select the headset to contact
 * support", and an icon-only button's accessible name may be empty. Icons carry no language.
 */
export const ICON_BUTTONS: ReadonlyMap<string, ButtonKey> = new Map([['Headset', 'contactSupport']]);
/** Buttons that submit a request: the assistant must never click them. */
export const NEVER_CLICK: readonly ButtonKey[] = ['create', 'submit', 'contactMe'];

/** Option names, grouped by the field that offers them. */
export const OPTION_TERMS = {
  supportPlan: {
    csp: {
      en: ['Cloud Solution Provider', 'Cloud Solution Provider (CSP)', 'CSP', 'CSP support', 'Azure Support Plan - CSP', 'Support plan - CSP', 'Azure plan - CSP'],
      es: [
        'Proveedor de soluciones en la nube',
        'Proveedor de soluciones en la nube (CSP)',
        'Plan de soporte técnico de Azure - CSP',
        'Plan de soporte de Azure - CSP',
        'Plan de soporte técnico - CSP',
      ],
      pt: ['Provedor de Soluções na Nuvem', 'Provedor de Soluções em Nuvem'],
    },
  },
  severity: {
    E: {
      en: ['Emergency - Severe impact', 'Emergency', 'Severe impact', 'Severity 1'],
      es: ['Emergencia - Impacto grave', 'Emergencia', 'Impacto grave', 'Gravedad 1'],
      pt: ['Emergência - Impacto grave', 'Emergência', 'Impacto grave'],
    },
    A: {
      en: ['A - Critical impact', 'Critical impact', 'Critical', 'Severity A', 'Sev A'],
      es: ['A - Impacto crítico', 'Impacto crítico', 'Crítico', 'Crítica', 'Gravedad A'],
      pt: ['A - Impacto crítico', 'Impacto crítico', 'Crítico', 'Gravidade A'],
    },
    B: {
      en: ['B - Moderate impact', 'Moderate impact', 'Moderate', 'Severity B', 'Sev B'],
      es: ['B - Impacto moderado', 'Impacto moderado', 'Moderado', 'Moderada', 'Gravedad B'],
      pt: ['B - Impacto moderado', 'Impacto moderado', 'Moderado', 'Gravidade B'],
    },
    C: {
      en: ['C - Minimal impact', 'Minimal impact', 'Minimal', 'Severity C', 'Sev C'],
      es: ['C - Impacto mínimo', 'Impacto mínimo', 'Mínimo', 'Mínima', 'Gravedad C'],
      pt: ['C - Impacto mínimo', 'Impacto mínimo', 'Mínimo', 'Gravidade C'],
    },
  },
  contactMethod: {
    email: { en: ['Email', 'E-mail', 'Email me'], es: ['Correo electrónico', 'Correo'], pt: ['Email', 'E-mail'] },
    phone: { en: ['Phone', 'Phone call', 'Call me', 'Telephone'], es: ['Teléfono', 'Llamada telefónica'], pt: ['Telefone'] },
  },
  issueType: {
    technical: { en: ['Technical'], es: ['Técnico', 'Técnica'], pt: ['Técnico'] },
    billing: { en: ['Billing'], es: ['Facturación'], pt: ['Cobrança'] },
    subscriptionManagement: { en: ['Subscription management'], es: ['Administración de suscripciones', 'Gestión de suscripciones'], pt: ['Gerenciamento de assinaturas'] },
    quota: {
      en: ['Service and subscription limits (quotas)', 'Service and subscription limits', 'Quota'],
      es: ['Límites de servicio y suscripción (cuotas)', 'Límites de servicio y suscripción', 'Cuota'],
      pt: ['Limites de serviço e assinatura (cotas)', 'Limites de serviço e assinatura'],
    },
  },
  yesNo: { yes: { en: ['Yes'], es: ['Sí'], pt: ['Sim'] }, no: { en: ['No'], es: ['No'], pt: ['Não'] } },
} as const satisfies Record<string, Record<string, Localized>>;
/** A field whose options the table names. */
export type OptionGroup = keyof typeof OPTION_TERMS;
/** An option of one group, e.g. OptionKey<'severity'> = 'A' | 'B' | 'C'. */
export type OptionKey<G extends OptionGroup> = keyof (typeof OPTION_TERMS)[G] & string;

/** All terms of a localized entry, every language. */
export function allTerms(entry: Localized): string[] {
  return [...entry.en, ...entry.es, ...(entry.pt ?? [])];
}

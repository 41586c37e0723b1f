/**
 * The sentinel's cheap test for "a support form may be here": a handful of phrases only support forms
 * (and the panes that lead to them) show, in every language the term table covers. One phrase is
 * enough, since a false alarm costs only loading the assistant into that frame, while a miss leaves
 * the partner alone on a real form. test/unit/sentinel/signature.test.ts keeps this list in step with
 * lib/form/terms.ts: every distinctive label, step, heading and entry button there must match here.
 * Kept apart from terms.ts on purpose: this file ships in every portal frame, and the table does not.
 */
const PHRASES = [
  // Distinctive field labels: issue / problem type and subtype, support plan, severity, contact method.
  'issue type',
  'type of issue',
  'tipo de problema',
  'tipo de incid',
  'problem type',
  'problem subtype',
  'subtipo de problema',
  'support plan',
  'plan de soporte',
  'plano de suporte',
  'severity',
  'gravedad',
  'severidad',
  'gravidade',
  'severidade',
  'contact method',
  'be contacted',
  'todo de conta', // método de contacto / contato, with or without the accent
  'diagnostic information',
  'de diagnóstico',
  'de diagnostico',
  'diagnóstico avan',
  'additional email',
  'alternate email',
  'alternative email',
  'electrónico adicional',
  'electrónicos adicionales',
  'electrónico alternativ',
  'email adicional',
  // Wizard steps and entry points.
  'problem description',
  'descripción del problema',
  'descrição do problema',
  'support request',
  'solicitud de soporte',
  'solicitação de suporte',
  'service request',
  'solicitud de servicio',
  'solicitação de serviço',
  'contact support',
  'con el soporte',
  'o suporte',
  'contact your partner',
  'your partner',
  'su asociado',
  'tu asociado',
  'seu parceiro',
];

const escapeForRegExp = (phrase: string) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SIGNATURE = new RegExp(PHRASES.map(escapeForRegExp).join('|'), 'i');

/** True when the text shows a phrase of a support form (case-insensitive). */
export function hasSupportSignature(text: string): boolean {
  return SIGNATURE.test(text);
}

/** M365's headset: an icon-only "contact support" button (Fluent `data-icon-name`, MDL2 class). */
export const HEADSET_SELECTOR = '[data-icon-name="Headset"], .ms-Icon--Headset';

/** The Azure support extension's blades and frames name it in their address (`create/Microsoft.Support` too). */
export function isSupportAddress(href: string): boolean {
  return /Microsoft_Azure_Support|Microsoft\.Support|HelpAndSupport|SupportRequest/i.test(href);
}

/**
 * A top-frame address on a support page: the Azure support extension named, or M365's `#/support`. At
 * least every route lib/form/route.ts classifies as support (the unit test holds it to that), without
 * shipping the route parser in every frame.
 */
export function isSupportRoute(href: string): boolean {
  return isSupportAddress(href) || /#\/support(?:[/?]|$)/i.test(href);
}

import { matchTerm, normalizeText } from '../form/text';
import type { IntendedCustomer } from '../tenant/resolve';
import type { Portal } from '../portal';

/**
 * The partner's role for a customer, as Partner Center words it. Indirect resellers and advisors cannot
 * open Azure support requests on a customer's behalf; only the subscription's provider (CSP direct or
 * indirect provider) can (docs/research/portal-facts.md §4.3, gdap-faq). Pure: page text in, role out; EN and ES.
 */
export type PartnerRole = NonNullable<IntendedCustomer['role']>;

/** Role names as a relationship field or a sentence gives them (matched after accents and case fold). */
const ROLE_TERMS: Record<PartnerRole, readonly string[]> = {
  indirectReseller: ['indirect reseller', 'reseller indirect', 'revendedor indirecto', 'revendedora indirecta', 'distribuidor indirecto'],
  advisor: ['advisor', 'adviser', 'partner advisor', 'asesor', 'asesora', 'partner asesor'],
};

/** Labels of the field that holds the relationship ("Relationship: Indirect reseller"). */
export const RELATIONSHIP_LABELS = [
  'Relationship',
  'Relationship type',
  'Reseller relationship',
  'Partner relationship',
  'Your relationship',
  'Role',
  'Your role',
  'Partner role',
  'Relación',
  'Tipo de relación',
  'Relación de revendedor',
  'Relación de partner',
  'Tu relación',
  'Su relación',
  'Rol',
  'Tu rol',
  'Su rol',
  'Rol de partner',
] as const;

// "You are an indirect reseller for this customer", "Eres revendedor indirecto…", "Usted es un asesor…".
// A general rule ("Indirect resellers and advisors can't…") names both roles but nobody's: no subject, no match.
const STATEMENT = /(?:^| )(?:you are|you re|youre|you act as|eres|es usted|usted es|actuas como|actua como) (?:an? |una? |el |la )?(.*)$/;

function roleIn(normalized: string): PartnerRole | null {
  for (const role of Object.keys(ROLE_TERMS) as PartnerRole[]) {
    if (matchTerm(normalized, ROLE_TERMS[role], 'prefix')) return role;
  }
  return null;
}

/** The role a relationship field's value names ("Indirect reseller", "Asesor"), else null ("Direct bill partner"). */
export function roleFromRelationship(value: string): PartnerRole | null {
  const normalized = normalizeText(value);
  for (const role of Object.keys(ROLE_TERMS) as PartnerRole[]) {
    if (matchTerm(normalized, ROLE_TERMS[role], 'words')) return role;
  }
  return null;
}

/** The role a sentence says the partner has ("You are an indirect reseller for this customer."), else null. */
export function roleFromStatement(text: string): PartnerRole | null {
  // Sentence by sentence, so "You are signed in. Indirect resellers can't…" does not join two sentences.
  for (const sentence of text.split(/[.!?;\n]+/)) {
    const rest = STATEMENT.exec(normalizeText(sentence))?.[1];
    const role = rest ? roleIn(rest) : null;
    if (role) return role;
  }
  return null;
}

/** The role the page shows: a relationship field first (the page's own data), then a sentence addressed to the partner. */
export function partnerRoleFrom(relationshipValues: readonly string[], texts: readonly string[]): PartnerRole | null {
  for (const value of relationshipValues) {
    const role = roleFromRelationship(value);
    if (role) return role;
  }
  for (const text of texts) {
    const role = roleFromStatement(text);
    if (role) return role;
  }
  return null;
}

/**
 * The role note to show in the panel: only on the Azure portal (the restriction is about Azure support
 * requests), and only while the portal is in the intended customer (on a mismatch the alert comes first).
 */
export function roleNoteFor(context: { outcome: string; intended?: IntendedCustomer }, portal: Portal | null): PartnerRole | null {
  if (portal !== 'azure' || context.outcome !== 'customer') return null;
  return context.intended?.role ?? null;
}

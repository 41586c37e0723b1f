import type { PartnerProfile, Switches } from '../settings/schema';
import type { ContextOutcome } from '../tenant/resolve';
import type { FormDetection } from './detect';
import { matchOption } from './term-lookup';
import type { FieldKey } from './terms';
import type { ContactMethod } from '../portal';

/**
 * What to fill on the form step on screen, decided from the detection, the tenant verdict and the
 * partner profile. Pure: the session hands in the values it read and what it filled before.
 */

/** What a field should become, before it is matched against the control's own options. */
export type FillTarget =
  | { type: 'text'; value: string }
  | { type: 'option'; group: 'supportPlan'; key: 'csp' }
  | { type: 'option'; group: 'contactMethod'; key: ContactMethod }
  | { type: 'country'; code: string }
  | { type: 'timeZone'; zone: string; windowsId: string | null }
  | { type: 'language'; tag: string };

export interface FillAction {
  field: FieldKey;
  target: FillTarget;
}

/** What the session remembers of an earlier fill of one field. */
export interface FieldMemory {
  /** The control it filled (a re-render replaces it, and then the field is filled again). */
  element: Element;
  /** The value before the assistant touched it, for undo. */
  original: string;
  /** The value the assistant left. */
  filled: string;
  /** How often the page reset this same control after a fill and the assistant filled it again. */
  refills?: number;
}

/** A page that resets a control in place again and again is not fought: one re-fill per control. */
export const MAX_REFILLS = 1;

export interface PlanInput {
  detection: Pick<FormDetection, 'controls' | 'portal'>;
  outcome: ContextOutcome;
  /** The partner confirmed an unknown context is a customer's. */
  confirmed: boolean;
  partner: PartnerProfile | null;
  /** The Windows id of the partner's zone, when the background could map it. */
  partnerWindowsZone?: string | null;
  switches: Switches;
  /** The current value of each found control (lib/form/value.ts). */
  values: Partial<Record<FieldKey, string>>;
  memory: Partial<Record<FieldKey, FieldMemory>>;
  /** Fields whose control the partner typed into (trusted input events). */
  editedByPartner: ReadonlySet<FieldKey>;
}

export interface FillPlan {
  actions: FillAction[];
  /** Fields left as the partner set them. */
  kept: FieldKey[];
  /** Fields on this step the assistant would fill in a customer's tenant, held back in a wrong context. */
  withheld: FieldKey[];
}

/** Every field the assistant may fill; the rest of the form is the partner's to describe. */
export const FILLABLE_FIELDS: readonly FieldKey[] = ['supportPlan', 'firstName', 'lastName', 'email', 'additionalEmail', 'phone', 'contactMethod', 'country', 'timeZone', 'supportLanguage'];

/** The partner's contact, field by field; absent values are not filled. */
function contactTargets(partner: PartnerProfile, windowsZone: string | null): Partial<Record<FieldKey, FillTarget>> {
  const text = (value: string | undefined): FillTarget | undefined => (value ? { type: 'text', value } : undefined);
  return {
    firstName: text(partner.firstName),
    lastName: text(partner.lastName),
    email: text(partner.email),
    additionalEmail: text(partner.additionalEmails.join('; ')),
    phone: text(partner.phone),
    contactMethod: { type: 'option', group: 'contactMethod', key: partner.preferredContactMethod },
    country: { type: 'country', code: partner.country },
    timeZone: { type: 'timeZone', zone: partner.timeZone, windowsId: windowsZone },
    supportLanguage: { type: 'language', tag: partner.supportLanguage },
  };
}

/**
 * The plan. Nothing is filled in a wrong context (own tenant, other customer). The CSP plan waits for
 * a known customer or the partner's confirmation; the partner's contact replaces the customer's
 * in any other context. A field the partner edited is never overwritten; a field the assistant
 * filled is filled again when the portal re-rendered it (new control), e.g. after an issue-type
 * change reset the form, or reset the same control in place (once per control).
 */
export function planFill(input: PlanInput): FillPlan {
  const { outcome, confirmed, partner, switches, detection } = input;
  if (outcome === 'own' || outcome === 'mismatch') {
    return { actions: [], kept: [], withheld: FILLABLE_FIELDS.filter((field) => detection.controls[field] !== undefined) };
  }

  const wanted: Partial<Record<FieldKey, FillTarget>> = {};
  if (switches.prefillSupportPlan && (outcome === 'customer' || confirmed)) wanted.supportPlan = { type: 'option', group: 'supportPlan', key: 'csp' };
  if (switches.prefillContact && partner) Object.assign(wanted, contactTargets(partner, input.partnerWindowsZone ?? null));

  const actions: FillAction[] = [];
  const kept: FieldKey[] = [];
  for (const [field, target] of Object.entries(wanted) as [FieldKey, FillTarget | undefined][]) {
    const control = detection.controls[field];
    if (!target || !control) continue;
    if (input.editedByPartner.has(field)) {
      kept.push(field);
      continue;
    }
    // The portal already shows the CSP plan (preselected, or read-only in this context): nothing to do.
    if (field === 'supportPlan' && matchOption('supportPlan', input.values.supportPlan ?? '') === 'csp' && !input.memory.supportPlan) continue;
    const memory = input.memory[field];
    if (memory && memory.element === control.element) {
      const value = input.values[field] ?? '';
      if (value === memory.filled) continue;
      // The partner did not touch it (that is checked above), yet it went back to empty or to what it showed
      // before the fill: the page reset it in place (say after another answer changed). Fill it once more.
      const reset = value === '' || value === memory.original;
      if (reset && (memory.refills ?? 0) < MAX_REFILLS) actions.push({ field, target });
      else kept.push(field);
      continue;
    }
    actions.push({ field, target });
  }
  return { actions, kept, withheld: [] };
}

import { labelledValues } from '../partner-center/labelled';
import type { FoundControl } from './fields';
import { matchOption } from './term-lookup';
import { allTerms, FIELD_TERMS } from './terms';
import { readControlValue } from './value';

/**
 * The support plan when the form shows it but the partner cannot choose it: plain text ("Support plan:
 * Azure Support Plan - CSP", as quota requests show it) or a read-only control. 'csp' is done (never
 * reported missing), 'other' means this form will not take the CSP plan, null when the page shows none.
 */
export type PlanShown = 'csp' | 'other' | null;

const PLAN_LABELS = allTerms(FIELD_TERMS.supportPlan.labels);

const kindOf = (value: string): PlanShown => (value.trim() === '' ? null : matchOption('supportPlan', value) === 'csp' ? 'csp' : 'other');

export function planShown(root: ParentNode & Node, control: FoundControl | undefined, usable: boolean): PlanShown {
  if (control) return usable ? null : kindOf(String(readControlValue(control)));
  for (const value of labelledValues(root as Document, PLAN_LABELS)) {
    const kind = kindOf(value);
    if (kind) return kind;
  }
  return null;
}

import { chooserFor } from './choosers';
import { FILLERS } from './controls';
import type { FillOutcome } from './controls/types';
import type { FoundControl } from './fields';
import type { FieldMemory, FillAction } from './plan';
import type { FieldKey } from './terms';
import { readControlValue } from './value';

/**
 * Carries out a fill plan on the page, one control after another (dropdown popups must not
 * overlap), verifies each by reading the control back, and marks what it filled.
 */

export const FILLED_MARK = 'data-csp-assistant-filled';

export interface AppliedField {
  field: FieldKey;
  value: string;
  memory: FieldMemory;
}

export interface ApplyResult {
  applied: AppliedField[];
  /** Controls found whose option or value could not be set (e.g. no CSP option offered). */
  failed: FieldKey[];
  /** Why each failed field failed, when the control said (a list without the wanted option: 'noOption'). */
  reasons: Partial<Record<FieldKey, FillFailure>>;
  /** The option texts each choice control listed while it was open (for the page report). */
  options: Partial<Record<FieldKey, string[]>>;
}

export type FillFailure = Extract<FillOutcome, { ok: false }>['reason'];

export const readText = (control: Pick<FoundControl, 'element' | 'kind'>): string => String(readControlValue(control));

export async function applyPlan(actions: readonly FillAction[], controls: Partial<Record<FieldKey, FoundControl>>, formLanguage: string): Promise<ApplyResult> {
  const applied: AppliedField[] = [];
  const failed: FieldKey[] = [];
  const reasons: ApplyResult['reasons'] = {};
  const options: ApplyResult['options'] = {};
  for (const { field, target } of actions) {
    const control = controls[field];
    if (!control?.element.isConnected) {
      failed.push(field);
      continue;
    }
    const original = readText(control);
    const chooser = chooserFor(target, formLanguage);
    const recording =
      typeof chooser === 'string'
        ? chooser
        : (texts: readonly string[]) => {
            options[field] = texts.slice(0, 60);
            return chooser(texts);
          };
    const outcome = await FILLERS[control.kind].fill(control.element, recording);
    // Let the framework re-render before reading back what the control now shows.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const now = readText(control);
    if (!outcome.ok || (now === original && now !== outcome.value)) {
      failed.push(field);
      if (!outcome.ok) reasons[field] = outcome.reason;
      continue;
    }
    control.element.setAttribute(FILLED_MARK, '');
    applied.push({ field, value: now, memory: { element: control.element, original, filled: now } });
  }
  return { applied, failed, reasons, options };
}

/** Puts back what each field held before the assistant filled it; returns the fields restored. */
export async function undoFill(memory: Partial<Record<FieldKey, FieldMemory>>, controls: Partial<Record<FieldKey, FoundControl>>): Promise<FieldKey[]> {
  const restored: FieldKey[] = [];
  for (const [field, remembered] of Object.entries(memory) as [FieldKey, FieldMemory][]) {
    const control = controls[field];
    remembered.element.removeAttribute(FILLED_MARK);
    if (!control || control.element !== remembered.element || !control.element.isConnected) continue;
    // The partner changed it since: their value stays.
    if (readText(control) !== remembered.filled) continue;
    // A choice with nothing chosen before cannot be "unchosen"; only text and chosen options go back.
    if (remembered.original === '' && !['text', 'textarea'].includes(control.kind)) continue;
    const outcome = await FILLERS[control.kind].fill(control.element, remembered.original);
    if (outcome.ok) restored.push(field);
  }
  return restored;
}

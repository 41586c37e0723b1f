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

/**
 * What the control shows once the framework re-rendered. React flushes an update from an input or click
 * event in a microtask and Knockout at once, so one microtask is usually enough; a control that still
 * shows what it had gets one macrotask more before the fill counts as refused.
 */
async function readBack(control: FoundControl, original: string, outcome: FillOutcome): Promise<string> {
  await Promise.resolve();
  const now = readText(control);
  if (!outcome.ok || now !== original || now === outcome.value) return now;
  await new Promise((resolve) => setTimeout(resolve, 0));
  return readText(control);
}

/** One field's fill: what it shows now, or why it failed. */
type FieldResult = { field: FieldKey; applied: AppliedField | null; reason?: FillFailure; options?: string[] };

async function applyOne({ field, target }: FillAction, control: FoundControl | undefined, formLanguage: string): Promise<FieldResult> {
  if (!control?.element.isConnected) return { field, applied: null };
  const original = readText(control);
  const chooser = chooserFor(target, formLanguage);
  let options: string[] | undefined;
  const recording =
    typeof chooser === 'string'
      ? chooser
      : (texts: readonly string[]) => {
          options = texts.slice(0, 60);
          return chooser(texts);
        };
  const outcome = await FILLERS[control.kind].fill(control.element, recording);
  const now = await readBack(control, original, outcome);
  const extra = options ? { options } : {};
  if (!outcome.ok || (now === original && now !== outcome.value)) return { field, applied: null, ...(!outcome.ok && { reason: outcome.reason }), ...extra };
  control.element.setAttribute(FILLED_MARK, '');
  return { field, applied: { field, value: now, memory: { element: control.element, original, filled: now } }, ...extra };
}

/**
 * Fills the fields of the plan one at a time, in the plan's order (the support plan first). One at a
 * time because a React controlled input re-renders the form synchronously on each input event anyway,
 * and each dropdown opens its own list.
 */
export async function applyPlan(actions: readonly FillAction[], controls: Partial<Record<FieldKey, FoundControl>>, formLanguage: string): Promise<ApplyResult> {
  const ordered: FieldResult[] = [];
  for (const action of actions) ordered.push(await applyOne(action, controls[action.field], formLanguage));
  const reasons: ApplyResult['reasons'] = {};
  const options: ApplyResult['options'] = {};
  for (const result of ordered) {
    if (result.reason) reasons[result.field] = result.reason;
    if (result.options) options[result.field] = result.options;
  }
  return {
    applied: ordered.flatMap((result) => (result.applied ? [result.applied] : [])),
    failed: ordered.filter((result) => result.applied === null).map((result) => result.field),
    reasons,
    options,
  };
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

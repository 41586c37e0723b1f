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

/** Controls that open a list of their own: one opens only once the one before it has settled. */
const OPENS_A_LIST: ReadonlySet<FoundControl['kind']> = new Set(['fluent-dropdown', 'fluent-combobox', 'knockout-dropdown']);

/** One field's fill: what it shows now, or why it failed. */
type FieldResult = { field: FieldKey; applied: AppliedField | null; reason?: FillFailure; options?: string[] };

/** A fill whose control did not show it yet: `settle` reads it again once a task has passed. */
type Unsettled = { settle: () => FieldResult };

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Fills one field and reads it back. React flushes an update from an input or click event in a
 * microtask and Knockout at once, so one microtask is usually enough. A controlled Fluent Dropdown
 * shows its new option only after an effect, a task later: such a fill comes back unsettled, and the
 * plan goes on meanwhile (the click has reached the page; only its display lags).
 */
async function applyOne({ field, target }: FillAction, control: FoundControl | undefined, formLanguage: string): Promise<FieldResult | Unsettled> {
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
  const result = (now: string): FieldResult => {
    const extra = options ? { options } : {};
    if (!outcome.ok || (now === original && now !== outcome.value)) return { field, applied: null, ...(!outcome.ok && { reason: outcome.reason }), ...extra };
    control.element.setAttribute(FILLED_MARK, '');
    return { field, applied: { field, value: now, memory: { element: control.element, original, filled: now } }, ...extra };
  };
  await Promise.resolve();
  const now = readText(control);
  if (!outcome.ok || now !== original || now === outcome.value) return result(now);
  return { settle: () => result(readText(control)) };
}

/**
 * A list takes the focus to open, and keeps it once closed: the partner's focus goes back where it was
 * (the Next button they pressed, say), or off the list when nothing had it. Focus the partner moved
 * elsewhere meanwhile (into a field) is left alone.
 */
function giveFocusBack(doc: Document, before: Element | null, lists: readonly Element[]): void {
  const now = doc.activeElement;
  if (now === before || !now || !lists.some((list) => list === now || list.contains(now))) return;
  if (before && before !== doc.body && before.isConnected && typeof (before as HTMLElement).focus === 'function') (before as HTMLElement).focus({ preventScroll: true });
  else (now as HTMLElement).blur?.();
}

/**
 * Fills the fields of the plan in the plan's order (the support plan first), one at a time: a React
 * controlled input re-renders the form synchronously on each input event anyway. A fill that has not
 * shown yet is read again after one task, together with any others, before the next control that opens
 * a list (two lists are never open at once) and at the end; text fields do not wait for it.
 */
export async function applyPlan(actions: readonly FillAction[], controls: Partial<Record<FieldKey, FoundControl>>, formLanguage: string): Promise<ApplyResult> {
  const doc = Object.values(controls).find(Boolean)?.element.ownerDocument;
  const focusedBefore = doc?.activeElement ?? null;
  const ordered: FieldResult[] = [];
  let unsettled: { index: number; settle: () => FieldResult }[] = [];
  const settleAll = async () => {
    if (unsettled.length === 0) return;
    await nextTask();
    for (const { index, settle } of unsettled) ordered[index] = settle();
    unsettled = [];
  };
  for (const [index, action] of actions.entries()) {
    const control = controls[action.field];
    if (control && OPENS_A_LIST.has(control.kind)) await settleAll();
    const step = await applyOne(action, control, formLanguage);
    if ('settle' in step) unsettled.push({ index, settle: step.settle });
    else ordered[index] = step;
  }
  await settleAll();
  const lists = actions.flatMap(({ field }) => {
    const control = controls[field];
    return control && OPENS_A_LIST.has(control.kind) ? [control.element] : [];
  });
  if (doc) giveFocusBack(doc, focusedBefore, lists);
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

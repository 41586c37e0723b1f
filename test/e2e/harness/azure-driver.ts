/**
 * Drives the Azure support form look-alikes like a user: finds a control by its visible label
 * (through `for`, aria-labelledby, or plain proximity, as the look-alikes mix all three), then uses
 * real mouse clicks and key presses, so Knockout dropdowns get their mouseup and React its events.
 * Works in both flavours and both frames; the words come from the look-alike's own string tables.
 */
import type { ElementHandle, Frame } from 'puppeteer-core';
import type { Lang } from '../../fixtures/src/shared/env.ts';
import { supportPlansFor, type Flavour } from '../../fixtures/src/shared/support/catalog.ts';
import type { Era, FieldKey } from '../../fixtures/src/shared/support/layout.ts';
import { formStrings, type FormStrings } from '../../fixtures/src/shared/support/strings.ts';
import { PARTNER_TENANT } from '../../fixtures/src/shared/tenants.ts';
import { readWouldSubmit } from './lookalike.ts';

const WAIT_MS = 10_000;

/** Everything the driver needs to know about the form in a frame. */
export interface FormContext {
  frame: Frame;
  lang: Lang;
  flavour: Flavour;
  era: Era;
  t: FormStrings;
}

export async function formContext(frame: Frame): Promise<FormContext> {
  const payload = await readWouldSubmit(frame);
  const lang: Lang = (await frame.evaluate(() => document.documentElement.lang)).startsWith('es') ? 'es' : 'en';
  const flavour = payload.flavour === 'knockout' ? 'knockout' : 'fluent';
  const era: Era = payload.era === '2021' ? '2021' : '2025';
  return { frame, lang, flavour, era, t: formStrings(lang, flavour, era) };
}

/**
 * In the page: the control of the `nth` element whose own text is `labelText` (option lists, radio
 * items, buttons and the debug payload never count as labels).
 */
function locateControl(labelText: string, nth: number): Element | null {
  const norm = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').replace(/\s*\*$/, '').trim();
  const CONTROL = '[role="combobox"], input:not([type="hidden"]):not([type="radio"]), textarea, [role="radiogroup"], [role="checkbox"]';
  const NOT_A_LABEL = '[role="listbox"], [role="option"], [role="radio"], .ms-ChoiceField, [role="tablist"], button, pre, details, [role="combobox"]';
  const ownText = (el: Element) => [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('');
  const labels = [...document.body.querySelectorAll('*')].filter((el) => !el.closest(NOT_A_LABEL) && norm(ownText(el)) === labelText);
  const label = labels[nth];
  if (!label) return null;
  const forId = label.getAttribute('for');
  if (forId && document.getElementById(forId)) return document.getElementById(forId);
  if (label.id) {
    const labelled = document.querySelector(`[aria-labelledby~="${CSS.escape(label.id)}"]`);
    if (labelled && labelled !== label) return labelled;
  }
  for (let node = label.parentElement; node && node !== document.body; node = node.parentElement) {
    const next = [...node.querySelectorAll(CONTROL)].find((c) => label.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING);
    if (next) return next;
  }
  return null;
}

/** In the page: a visible element of `selector` whose text is `text`, optionally inside `scope`. */
function locateByText(selector: string, text: string, scope: Element | null): Element | null {
  const norm = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
  return [...(scope ?? document).querySelectorAll(selector)].find((el) => norm(el.textContent) === text && el.getClientRects().length > 0) ?? null;
}

async function waitForElement(frame: Frame, what: string, find: () => Promise<ElementHandle<Element> | null>): Promise<ElementHandle<Element>> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const found = await find();
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`Not found in ${frame.url()}: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Polls `find` for about a second; true once it found something. */
async function waitBriefly(find: () => Promise<unknown>): Promise<boolean> {
  for (let i = 0; i < 10; i++) {
    if (await find()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

/**
 * Resolves once the frame's finite CSS animations have ended (at most 1 s). Fluent callouts slide in
 * by 20 px; a click aimed while they move lands beside the option and dismisses the list.
 */
async function settle(frame: Frame): Promise<void> {
  await frame.evaluate(() => {
    const finite = document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity);
    const done = Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
    return Promise.race([done, new Promise((resolve) => setTimeout(resolve, 1000))]).then(() => undefined);
  });
}

/** The control a visible label names; `nth` picks among equal labels (ES "Tipo de problema" twice). */
export function controlFor(frame: Frame, label: string, nth = 0): Promise<ElementHandle<Element>> {
  return waitForElement(frame, `control labelled "${label}" #${nth}`, async () =>
    (await frame.evaluateHandle(locateControl, label, nth)).asElement() as ElementHandle<Element> | null,
  );
}

/**
 * In the page: resolves true once `el` has kept the same box for three checks 50 ms apart and is the
 * topmost element at its centre. Fluent callouts are positioned after mounting and slide in, so a
 * click aimed too early lands beside the option and dismisses the list.
 */
function whenStill(el: Element): Promise<boolean> {
  el.scrollIntoView({ block: 'nearest' });
  return new Promise((resolve) => {
    let last = '';
    let same = 0;
    let checks = 0;
    const check = () => {
      const r = el.getBoundingClientRect();
      const box = [r.x, r.y, r.width, r.height].map(Math.round).join();
      const top = el.ownerDocument.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
      same = box === last && top !== null && (top === el || el.contains(top)) ? same + 1 : 0;
      last = box;
      if (same >= 2) resolve(true);
      else if (++checks > 40) resolve(false);
      else setTimeout(check, 50);
    };
    check();
  });
}

/** In the page: whether a choice control now shows `text` (input value or rendered text). */
function showsText(el: Element, text: string): boolean {
  const shown = el instanceof HTMLInputElement ? el.value : (el.textContent ?? '');
  return shown.replace(/\s+/g, ' ').includes(text);
}

/**
 * Opens a dropdown or combo box by clicking it, then clicks the option with that text, and checks
 * the control shows it. Retries: something else on the page (the product under test, a closing
 * callout) may toggle the list at the same moment, as a user would then simply click again.
 */
export async function chooseOption(frame: Frame, label: string, optionText: string, nth = 0): Promise<void> {
  const control = await controlFor(frame, label, nth);
  const findOption = async () => (await frame.evaluateHandle(locateByText, '[role="option"]', optionText, null)).asElement() as ElementHandle<Element> | null;
  for (let attempt = 0; attempt < 4; attempt++) {
    if (!(await findOption())) await openList(frame, control, findOption);
    const option = await findOption();
    if (!option) continue;
    await option.evaluate(whenStill);
    await option.click().catch(() => undefined); // detached by a re-render: try again
    if (await waitBriefly(async () => ((await control.evaluate(showsText, optionText)) ? control : null))) return;
  }
  throw new Error(`Could not choose "${optionText}" in "${label}" (${frame.url()})`);
}

async function openList(frame: Frame, control: ElementHandle<Element>, findOption: () => Promise<ElementHandle<Element> | null>): Promise<void> {
  await settle(frame);
  await control.click();
  if (await waitBriefly(findOption)) return;
  // A Fluent ComboBox opens from its caret button, not from its text box.
  const caret = (await control.evaluateHandle((el) => (el.tagName === 'INPUT' ? (el.parentElement?.querySelector('button') ?? null) : null))).asElement();
  if (caret) await (caret as ElementHandle<Element>).click();
  await waitBriefly(findOption);
}

/** Replaces a text field's content by typing, as a user would. */
export async function typeInto(frame: Frame, label: string, text: string, nth = 0): Promise<void> {
  const control = await controlFor(frame, label, nth);
  await control.click();
  await control.evaluate((el) => (el as HTMLInputElement).select());
  const keyboard = frame.page().keyboard;
  if (text === '') await keyboard.press('Backspace');
  else await keyboard.type(text);
}

/** Picks a radio (Fluent ChoiceGroup or Fx option picker) of the group a label names. */
export async function chooseRadio(frame: Frame, label: string, optionText: string): Promise<void> {
  const group = await controlFor(frame, label);
  const radio = await waitForElement(frame, `radio "${optionText}" of "${label}"`, async () =>
    (await frame.evaluateHandle(locateByText, '.ms-ChoiceField label, [role="radio"]', optionText, group)).asElement() as ElementHandle<Element> | null,
  );
  await radio.click();
}

/** Clicks the enabled button with that text (waits for it to exist and be enabled). */
export async function clickButton(frame: Frame, text: string): Promise<void> {
  const button = await waitForElement(frame, `enabled button "${text}"`, async () => {
    const handle = (await frame.evaluateHandle(locateByText, 'button:not([disabled])', text, null)).asElement() as ElementHandle<Element> | null;
    return handle;
  });
  await button.click();
}

/** Waits until the wizard's own state says it is on `step`, and that step has rendered something. */
export async function waitForStep(frame: Frame, step: string): Promise<void> {
  await frame.waitForFunction(
    (wanted) => JSON.parse(document.querySelector('[data-testid="would-submit"]')?.textContent ?? '{}').step === wanted,
    { timeout: WAIT_MS },
    step,
  );
}

/** The label of a field in this form, and which of equal labels it is. */
function labelOf(ctx: FormContext, field: FieldKey): [string, number] {
  const label = ctx.t.fields[field];
  return [label, field === 'problemType' && label === ctx.t.fields.issueType ? 1 : 0];
}

export async function choose(ctx: FormContext, field: FieldKey, optionText: string): Promise<void> {
  const [label, nth] = labelOf(ctx, field);
  await chooseOption(ctx.frame, label, optionText, nth);
}

export async function type(ctx: FormContext, field: FieldKey, text: string): Promise<void> {
  const [label, nth] = labelOf(ctx, field);
  await typeInto(ctx.frame, label, text, nth);
}

const TECHNICAL = {
  en: { issue: 'Technical', service: 'Virtual Machine running Windows', problem: 'Cannot connect to my VM', subtype: 'Connection issues with RDP' },
  es: { issue: 'Técnico', service: 'Máquina virtual que ejecuta Windows', problem: 'No puedo conectarme a mi máquina virtual', subtype: 'Problemas de conexión con RDP' },
} as const;

/** The text this form shows for a support plan ('csp', 'developer', 'unified'); it varies by flavour and language. */
export function planText(ctx: FormContext, key: 'csp' | 'developer' | 'unified' = 'csp'): string {
  const plan = supportPlansFor(PARTNER_TENANT, ctx.flavour).find((option) => option.key === key);
  if (!plan) throw new Error(`No support plan ${key}`);
  return plan[ctx.lang];
}

/**
 * Fills Problem description with a technical VM issue (first subscription `subscriptionName`) and
 * walks through Recommended solution to Additional details. In the 2021 layout the Support plan sits
 * on the first step, so the Developer plan is chosen there (the product's job is to change it).
 */
export async function goToAdditionalDetails(ctx: FormContext, subscriptionName: string, summary = 'VM does not accept RDP connections'): Promise<void> {
  const words = TECHNICAL[ctx.lang];
  await choose(ctx, 'issueType', words.issue);
  await choose(ctx, 'subscription', subscriptionName);
  await choose(ctx, 'service', words.service);
  await type(ctx, 'summary', summary);
  await choose(ctx, 'problemType', words.problem);
  await choose(ctx, 'problemSubtype', words.subtype);
  if (ctx.era === '2021') await choose(ctx, 'supportPlan', planText(ctx, 'developer'));
  await clickButton(ctx.frame, ctx.t.next);
  await waitForStep(ctx.frame, 'recommendedSolution');
  await clickButton(ctx.frame, ctx.t.next);
  await waitForStep(ctx.frame, 'additionalDetails');
  await controlFor(ctx.frame, ctx.t.fields.firstName);
}

/** Answers the remaining required questions of Additional details (description, diagnostics). */
export async function fillProblemDetails(ctx: FormContext, description = 'Since this morning RDP times out.'): Promise<void> {
  await type(ctx, 'problemDetails', description);
  await chooseRadio(ctx.frame, ctx.t.fields.advancedDiagnostics, ctx.lang === 'es' ? 'Sí' : 'Yes');
}

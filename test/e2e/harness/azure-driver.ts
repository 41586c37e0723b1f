/**
 * Drives the Azure support form look-alikes like a user: finds a control by its visible label
 * (through `for`, aria-labelledby, or plain proximity, as the look-alikes mix all three), then uses
 * real mouse clicks and key presses, so Knockout dropdowns get their mouseup and React its events.
 * Works in both flavours and both frames; the words come from the look-alike's own string tables.
 */
import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import type { Lang } from '../../fixtures/src/shared/env.ts';
import { supportPlansFor, type Flavour } from '../../fixtures/src/shared/support/catalog.ts';
import type { Era, FieldKey } from '../../fixtures/src/shared/support/layout.ts';
import { formStrings, type FormStrings } from '../../fixtures/src/shared/support/strings.ts';
import { findTenant, PARTNER_TENANT } from '../../fixtures/src/shared/tenants.ts';
import { pickOption } from './dropdowns.ts';
import { readWouldSubmit } from './lookalike.ts';
import { waitUntil } from './wait.ts';

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
  const norm = (s: string | null) =>
    (s ?? '')
      .replace(/\s+/g, ' ')
      .replace(/\s*\*$/, '')
      .trim();
  const CONTROL = '[role="combobox"], input:not([type="hidden"]):not([type="radio"]), textarea, [role="radiogroup"], [role="checkbox"]';
  const NOT_A_LABEL = '[role="listbox"], [role="option"], [role="radio"], .ms-ChoiceField, [role="tablist"], button, pre, details, [role="combobox"]';
  const ownText = (el: Element) =>
    [...el.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent)
      .join('');
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
  return waitUntil(`${what} in ${frame.url()}`, find, { timeout: WAIT_MS });
}

/** The control a visible label names; `nth` picks among equal labels (ES "Tipo de problema" twice). */
export function controlFor(frame: Frame, label: string, nth = 0): Promise<ElementHandle<Element>> {
  return waitForElement(frame, `control labelled "${label}" #${nth}`, async () => (await frame.evaluateHandle(locateControl, label, nth)).asElement() as ElementHandle<Element> | null);
}

/** Opens the dropdown or combo box a label names, picks the option with that text, and checks the control shows it. */
export async function chooseOption(frame: Frame, label: string, optionText: string, nth = 0): Promise<void> {
  await pickOption(frame, await controlFor(frame, label, nth), optionText, label);
}

/** Replaces a text field's content by typing, as a user would, and checks the field holds it. */
export async function typeInto(frame: Frame, label: string, text: string, nth = 0): Promise<void> {
  const control = await controlFor(frame, label, nth);
  const holds = () => control.evaluate((el, wanted) => (el as HTMLInputElement).value === wanted, text);
  for (let attempt = 0; attempt < 2 && !(await holds()); attempt++) {
    await control.click();
    await control.evaluate((el) => (el as HTMLInputElement).select());
    const keyboard = frame.page().keyboard;
    if (text === '') await keyboard.press('Backspace');
    else await keyboard.type(text);
  }
  await waitUntil(`"${label}" to hold "${text}"`, holds, { timeout: 2000 });
}

/** Picks a radio (Fluent ChoiceGroup or Fx option picker) of the group a label names. */
export async function chooseRadio(frame: Frame, label: string, optionText: string): Promise<void> {
  const group = await controlFor(frame, label);
  const radio = await waitForElement(
    frame,
    `radio "${optionText}" of "${label}"`,
    async () => (await frame.evaluateHandle(locateByText, '.ms-ChoiceField label, [role="radio"]', optionText, group)).asElement() as ElementHandle<Element> | null,
  );
  await radio.click();
  await waitUntil(`radio "${optionText}" of "${label}" to be checked`, () =>
    radio.evaluate((el) => {
      const input = el instanceof HTMLLabelElement && el.htmlFor ? el.ownerDocument.getElementById(el.htmlFor) : el.querySelector('input');
      return el.getAttribute('aria-checked') === 'true' || (input instanceof HTMLInputElement && input.checked);
    }),
  );
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
  await frame.waitForFunction((wanted) => JSON.parse(document.querySelector('[data-testid="would-submit"]')?.textContent ?? '{}').step === wanted, { timeout: WAIT_MS }, step);
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
 * Fills Problem description with a technical VM issue (first subscription `subscriptionName`) and goes
 * on to Recommended solution. In the 2021 layout the Support plan sits on the first step, so the
 * Developer plan is chosen there (the product's job is to change it).
 */
export async function goToRecommendedSolution(ctx: FormContext, subscriptionName: string, summary = 'VM does not accept RDP connections'): Promise<void> {
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
}

/** The same, and on through Recommended solution to Additional details. */
export async function goToAdditionalDetails(ctx: FormContext, subscriptionName: string, summary?: string): Promise<void> {
  await goToRecommendedSolution(ctx, subscriptionName, summary);
  await clickButton(ctx.frame, ctx.t.next);
  await waitForStep(ctx.frame, 'additionalDetails');
  await controlFor(ctx.frame, ctx.t.fields.firstName);
}

/** Answers the remaining required questions of Additional details (description, diagnostics). */
export async function fillProblemDetails(ctx: FormContext, description = 'Since this morning RDP times out.'): Promise<void> {
  await type(ctx, 'problemDetails', description);
  await chooseRadio(ctx.frame, ctx.t.fields.advancedDiagnostics, ctx.lang === 'es' ? 'Sí' : 'Yes');
}

/**
 * From the first step, whatever the directory: a technical VM issue on the directory's first
 * subscription, on to Additional details. Returns the form's context for further steps.
 */
export async function walkToAdditionalDetails(frame: Frame, summary?: string): Promise<FormContext> {
  const ctx = await formContext(frame);
  const directory = String((await readWouldSubmit(frame)).directory ?? '');
  const subscription = findTenant(directory)?.subscriptions[0]?.name;
  if (!subscription) throw new Error(`The look-alike names no subscription for directory "${directory}"`);
  await goToAdditionalDetails(ctx, subscription, summary);
  return ctx;
}

/** From a completed Additional details: Next to Review + create, then Create (the partner's own press). */
export async function reviewAndCreate(ctx: FormContext): Promise<void> {
  await clickButton(ctx.frame, ctx.t.next);
  await waitForStep(ctx.frame, 'review');
  await clickButton(ctx.frame, ctx.t.create);
}

/** Waits until the details blade shows its 16-digit support request number, and returns it. */
export async function detailsRequestNumber(page: Page, timeout = 15_000): Promise<string> {
  const shown = await page.waitForFunction(() => /\b\d{16}\b/.exec((document.querySelector('.fxs-blade') as HTMLElement | null)?.innerText ?? '')?.[0], { timeout });
  return String(await shown.jsonValue());
}

/** Walks a fresh form to Review + create and presses Create; returns the details page's text. */
export async function createRequest(page: Page, frame: Frame, subscription: string): Promise<string> {
  const ctx = await formContext(frame);
  await goToAdditionalDetails(ctx, subscription);
  await fillProblemDetails(ctx);
  // The Knockout flavour starts with no plan chosen; pick the CSP plan as a partner would.
  await choose(ctx, 'supportPlan', planText(ctx));
  await reviewAndCreate(ctx);
  await page.waitForFunction(() => location.hash.includes('SupportRequestDetails.ReactView/id/'), { timeout: 10_000 });
  await page.waitForSelector('.fxs-essentials');
  // The details blade shows its essentials first, then the request number.
  await detailsRequestNumber(page, 10_000);
  return page.$eval('.fxs-blade', (el) => (el as HTMLElement).innerText);
}

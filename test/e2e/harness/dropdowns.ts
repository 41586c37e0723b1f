/**
 * Picking an option the way a careful person does, for the two dropdown kinds the portals use:
 * open the list, wait until the option is on screen and still (its box unchanged across two animation
 * frames, nothing around it animating, nothing covering it), click it, then check the control shows
 * the choice. A bounded number of attempts, then an error that names the control and what it showed.
 *
 * Fluent UI callouts are positioned after they mount and slide in; a click aimed while they move lands
 * beside the option and light-dismisses the list. That race, not the product, made picks flaky.
 */
import type { ElementHandle, Frame } from 'puppeteer-core';
import { holdsWithin } from './wait.ts';

const ATTEMPTS = 4;

/** Which dropdown family a control belongs to: how it opens and where its options live. */
export type DropdownKind = 'fluent' | 'knockout';

/** In the page: the visible `[role=option]` with exactly this text, in the control's own list when it names one. */
function visibleOption(control: Element, text: string): Element | null {
  const norm = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
  const doc = control.ownerDocument;
  const listIds = [control.getAttribute('aria-controls'), control.getAttribute('aria-owns')].filter(Boolean).join(' ').split(/\s+/).filter(Boolean);
  const lists = listIds.map((id) => doc.getElementById(id)).filter((list): list is HTMLElement => list !== null);
  const scopes: ParentNode[] = lists.length > 0 ? lists : [doc];
  for (const scope of scopes) {
    const found = [...scope.querySelectorAll('[role="option"]')].find((el) => norm(el.textContent) === text && el.getClientRects().length > 0);
    if (found) return found;
  }
  return null;
}

/**
 * In the page: resolves true once `el` kept the same box for two animation frames in a row, no
 * animation runs on it or an ancestor (the callout), and it is the topmost element at its centre.
 * False after about two seconds of motion.
 */
function whenStill(el: Element): Promise<boolean> {
  el.scrollIntoView({ block: 'nearest' });
  const win = el.ownerDocument.defaultView ?? window;
  // A background tab may not run animation frames; then a short timer stands in for one frame.
  const nextFrame = () =>
    new Promise<void>((resolve) => {
      const timer = win.setTimeout(resolve, 50);
      win.requestAnimationFrame(() => {
        win.clearTimeout(timer);
        resolve();
      });
    });
  const animating = () => {
    for (let node: Element | null = el; node; node = node.parentElement) {
      if (node.getAnimations().some((animation) => animation.playState === 'running')) return true;
    }
    return false;
  };
  return (async () => {
    let last = '';
    let steady = 0;
    for (let frame = 0; frame < 40; frame++) {
      await nextFrame();
      const r = el.getBoundingClientRect();
      const box = [r.x, r.y, r.width, r.height].map((n) => Math.round(n)).join();
      const top = el.ownerDocument.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
      const clear = top !== null && (top === el || el.contains(top));
      steady = box === last && clear && !animating() && r.width > 0 ? steady + 1 : 0;
      last = box;
      if (steady >= 2) return true;
    }
    return false;
  })();
}

/** In the page: whether the control now shows `text` (a combo box's input value, or its rendered text). */
function showsChoice(control: Element, text: string): boolean {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  const shown = control instanceof HTMLInputElement ? control.value : (control.textContent ?? '');
  return norm(shown).includes(text);
}

async function findOption(control: ElementHandle<Element>, text: string): Promise<ElementHandle<Element> | null> {
  return (await control.evaluateHandle(visibleOption, text)).asElement() as ElementHandle<Element> | null;
}

/** Opens the list: Fluent Dropdowns and Fx dropdowns open on a click (Fx on its mouseup); a Fluent ComboBox from its caret. */
async function openList(kind: DropdownKind, control: ElementHandle<Element>, text: string): Promise<void> {
  await control.click();
  if (await holdsWithin(() => findOption(control, text), { timeout: 1500 })) return;
  if (kind !== 'fluent') return;
  const caret = (await control.evaluateHandle((el) => (el.tagName === 'INPUT' ? (el.parentElement?.querySelector('button') ?? null) : null))).asElement();
  if (caret) await (caret as ElementHandle<Element>).click();
  await holdsWithin(() => findOption(control, text), { timeout: 1500 });
}

async function pick(kind: DropdownKind, frame: Frame, control: ElementHandle<Element>, optionText: string, name: string): Promise<void> {
  let seen = '';
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    if (await control.evaluate(showsChoice, optionText)) return;
    if (!(await findOption(control, optionText))) await openList(kind, control, optionText);
    const option = await findOption(control, optionText);
    if (option && (await option.evaluate(whenStill))) {
      // A re-render may detach the option between the check and the click: the next attempt finds the new one.
      await option.click().catch(() => undefined);
      if (await holdsWithin(() => control.evaluate(showsChoice, optionText), { timeout: 2000 })) return;
    }
    seen = await control.evaluate((el) => (el instanceof HTMLInputElement ? el.value : (el.textContent ?? '')).replace(/\s+/g, ' ').trim()).catch(() => '(control gone)');
  }
  throw new Error(`Could not pick "${optionText}" in the ${kind} dropdown "${name}" after ${ATTEMPTS} attempts; it shows "${seen}" (${frame.url()})`);
}

/** Picks an option of a Fluent UI Dropdown or ComboBox and verifies the control shows it. */
export function pickFluentOption(frame: Frame, control: ElementHandle<Element>, optionText: string, name: string): Promise<void> {
  return pick('fluent', frame, control, optionText, name);
}

/** Picks an option of a Knockout Fx dropdown (`.fxc-dropdown-input`) and verifies the control shows it. */
export function pickKnockoutOption(frame: Frame, control: ElementHandle<Element>, optionText: string, name: string): Promise<void> {
  return pick('knockout', frame, control, optionText, name);
}

/** The family of a dropdown control, from its own classes. */
export async function dropdownKind(control: ElementHandle<Element>): Promise<DropdownKind> {
  return (await control.evaluate((el) => el.classList.contains('fxc-dropdown-input') || el.closest('.fxc-dropdown') !== null)) ? 'knockout' : 'fluent';
}

/** Picks an option in whichever kind of dropdown `control` is. */
export async function pickOption(frame: Frame, control: ElementHandle<Element>, optionText: string, name: string): Promise<void> {
  return (await dropdownKind(control)) === 'knockout' ? pickKnockoutOption(frame, control, optionText, name) : pickFluentOption(frame, control, optionText, name);
}

import { describe, expect, it } from 'vitest';
import { hasLayout, isUsable } from '../../../lib/form/usable';

function control(html: string): Element {
  document.body.innerHTML = html;
  const found = document.querySelector('#c');
  if (!found) throw new Error('no #c');
  return found;
}

const STYLE_ONLY = { geometry: false };

describe('isUsable (style and state; geometry is checked in the browser suites)', () => {
  it.each([
    ['a plain input', '<input id="c">', true],
    ['display:none on an ancestor', '<div style="display:none"><input id="c"></div>', false],
    ['visibility:hidden', '<input id="c" style="visibility:hidden">', false],
    ['a transparent ancestor', '<div style="opacity:0"><input id="c"></div>', false],
    ['nearly transparent through nesting', '<div style="opacity:0.2"><div style="opacity:0.2"><input id="c"></div></div>', false],
    ['faded but readable', '<div style="opacity:0.6"><input id="c"></div>', true],
    ['an inert ancestor', '<div inert><input id="c"></div>', false],
    ['an aria-hidden ancestor', '<div aria-hidden="true"><input id="c"></div>', false],
    ['a closed <details>', '<details><summary>More</summary><input id="c"></details>', false],
    ['an open <details>', '<details open><summary>More</summary><input id="c"></details>', true],
    ['disabled', '<input id="c" disabled>', false],
    ['aria-disabled', '<div role="combobox" id="c" aria-disabled="true"></div>', false],
  ])('%s → %s', (_name, html, expected) => {
    expect(isUsable(control(html), STYLE_ONLY)).toBe(expected);
  });

  it('this engine has no layout, so geometry is not judged here', () => {
    expect(hasLayout(document)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { isSingleButton } from '../../../lib/form/submit-control';

function first(html: string): Element {
  document.body.innerHTML = html;
  return document.body.firstElementChild!;
}

describe('isSingleButton', () => {
  it.each([
    ['a Fluent primary button', '<button class="ms-Button ms-Button--primary"><span class="ms-Button-label">Create</span></button>', true],
    ['an input button', '<input type="submit" value="Crear">', true],
    ['an Fx button with an aria-label', '<div role="button" aria-label="Create" class="fxs-button"><span>Create</span></div>', true],
    ['a wrapper named Create around the form', '<div role="button" aria-label="Create"><label>Title <input></label><button>Next</button></div>', false],
    ['a wrapper whose text is the whole blade', `<div role="button">${'Description of the problem '.repeat(5)}</div>`, false],
    ['a nameless button', '<button></button>', false],
  ])('%s → %s', (_, html, expected) => {
    expect(isSingleButton(first(html))).toBe(expected);
  });
});

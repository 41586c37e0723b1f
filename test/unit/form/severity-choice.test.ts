import { describe, expect, it } from 'vitest';
import { severityChoiceShown } from '../../../lib/form/severity-choice';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('severityChoiceShown', () => {
  it.each([
    ['a Fluent dropdown', '<label id="l">Severity</label><div role="combobox" aria-labelledby="l v" class="ms-Dropdown"><span id="v">A - Critical impact</span></div>', 'A'],
    ['a Spanish select', '<label for="s">Gravedad</label><select id="s"><option>C - Impacto mínimo</option><option selected>B - Impacto moderado</option></select>', 'B'],
    ['Emergency', '<label for="s">Severity</label><select id="s"><option selected>Emergency - Severe impact</option></select>', 'E'],
  ])('reads %s', (_, html, expected) => {
    expect(severityChoiceShown(page(`<section role="dialog">${html}<button>Change</button></section>`))).toBe(expected);
  });

  it('null without a Severity control, or when it shows nothing the assistant knows', () => {
    expect(severityChoiceShown(page('<dl><dt>Severity</dt><dd>A - Critical impact</dd></dl>'))).toBeNull();
    expect(severityChoiceShown(page('<label for="s">Severity</label><select id="s"><option selected>Select</option></select>'))).toBeNull();
  });
});

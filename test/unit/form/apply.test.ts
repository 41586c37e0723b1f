import { afterEach, describe, expect, it } from 'vitest';
import { applyPlan, FILLED_MARK } from '../../../lib/form/apply';
import type { FoundControl } from '../../../lib/form/fields';
import type { FillAction } from '../../../lib/form/plan';

/**
 * A list that shows its pick only a task after the click, as a controlled Fluent v8 Dropdown does (its
 * selected index follows the prop in an effect). `log` records what happened, in order.
 */
function laggingList(id: string, options: string[], log: string[]): HTMLElement {
  const combobox = document.createElement('div');
  combobox.setAttribute('role', 'combobox');
  combobox.tabIndex = 0;
  combobox.setAttribute('aria-controls', `${id}-list`);
  combobox.innerHTML = '<span class="ms-Dropdown-title ms-Dropdown-titleIsPlaceHolder">Select an option</span>';
  const title = combobox.querySelector('span') as HTMLElement;
  combobox.addEventListener('click', () => {
    combobox.focus(); // as a list does when it opens
    log.push(`${id} opened`);
    const list = document.body.appendChild(document.createElement('div'));
    list.id = `${id}-list`;
    list.setAttribute('role', 'listbox');
    for (const text of options) {
      const option = list.appendChild(document.createElement('button'));
      option.setAttribute('role', 'option');
      option.textContent = text;
      option.addEventListener('click', () => {
        list.remove();
        setTimeout(() => {
          title.className = 'ms-Dropdown-title';
          title.textContent = text;
          log.push(`${id} shows ${text}`);
        }, 0);
      });
    }
  });
  return document.body.appendChild(combobox);
}

function textInput(log: string[]): HTMLInputElement {
  const input = document.body.appendChild(document.createElement('input'));
  input.addEventListener('input', () => log.push(`text ${input.value}`));
  return input;
}

const found = (element: HTMLElement, kind: FoundControl['kind']): FoundControl => ({ element, kind, label: '', via: 'label-element' });

afterEach(() => {
  document.body.innerHTML = '';
});

describe('applyPlan', () => {
  it('fills the text fields after a list without waiting for the list to show its pick, and verifies the pick before the next list opens', async () => {
    const log: string[] = [];
    const plan = laggingList('plan', ['Azure support plan - Developer', 'Cloud Solution Provider (CSP)'], log);
    const email = textInput(log);
    const country = laggingList('country', ['France', 'Spain'], log);
    const actions: FillAction[] = [
      { field: 'supportPlan', target: { type: 'option', group: 'supportPlan', key: 'csp' } },
      { field: 'email', target: { type: 'text', value: 'support@fabrikam.example' } },
      { field: 'country', target: { type: 'country', code: 'ES' } },
    ];
    const result = await applyPlan(actions, { supportPlan: found(plan, 'fluent-dropdown'), email: found(email, 'text'), country: found(country, 'fluent-dropdown') }, 'en');

    expect(log).toEqual(['plan opened', 'text support@fabrikam.example', 'plan shows Cloud Solution Provider (CSP)', 'country opened', 'country shows Spain']);
    expect(result.applied.map(({ field, value }) => [field, value])).toEqual([
      ['supportPlan', 'Cloud Solution Provider (CSP)'],
      ['email', 'support@fabrikam.example'],
      ['country', 'Spain'],
    ]);
    expect(result.failed).toEqual([]);
    expect(plan.hasAttribute(FILLED_MARK)).toBe(true);
  });

  it('a list that never shows the pick counts as refused, in the plan order of the results', async () => {
    const log: string[] = [];
    const stubborn = laggingList('plan', ['Cloud Solution Provider (CSP)'], log);
    // The page takes the click but keeps showing the placeholder.
    stubborn.querySelector('span')?.replaceWith(Object.assign(document.createElement('span'), { className: 'ms-Dropdown-title ms-Dropdown-titleIsPlaceHolder', textContent: 'Select an option' }));
    const email = textInput(log);
    const result = await applyPlan(
      [
        { field: 'supportPlan', target: { type: 'option', group: 'supportPlan', key: 'csp' } },
        { field: 'email', target: { type: 'text', value: 'a@b.example' } },
      ],
      { supportPlan: found(stubborn, 'fluent-dropdown'), email: found(email, 'text') },
      'en',
    );
    expect(result.failed).toEqual(['supportPlan']);
    expect(result.applied.map(({ field }) => field)).toEqual(['email']);
    expect(stubborn.hasAttribute(FILLED_MARK)).toBe(false);
  });

  it('gives the focus back to where the partner had it (a list takes it to open), or takes it off the list when nothing had it', async () => {
    const log: string[] = [];
    const next = document.body.appendChild(document.createElement('button'));
    next.textContent = 'Next';
    const plan = laggingList('plan', ['Cloud Solution Provider (CSP)'], log);
    const action: FillAction[] = [{ field: 'supportPlan', target: { type: 'option', group: 'supportPlan', key: 'csp' } }];
    next.focus();
    await applyPlan(action, { supportPlan: found(plan, 'fluent-dropdown') }, 'en');
    expect(log).toContain('plan opened');
    expect(document.activeElement).toBe(next);
    next.blur();
    const again = laggingList('again', ['Cloud Solution Provider (CSP)'], log);
    await applyPlan(action, { supportPlan: found(again, 'fluent-dropdown') }, 'en');
    expect(log).toContain('again opened');
    expect(document.activeElement).toBe(document.body);
    // A field the partner clicked into while the lists were being filled keeps the focus.
    const field = textInput(log);
    const third = laggingList('third', ['Cloud Solution Provider (CSP)'], log);
    third.addEventListener('click', () => setTimeout(() => field.focus(), 0));
    await applyPlan(action, { supportPlan: found(third, 'fluent-dropdown') }, 'en');
    expect(document.activeElement).toBe(field);
  });
});

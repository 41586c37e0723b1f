/**
 * Small look-alike snippets of each markup style the support forms have used or may use. They are
 * reconstructions from public selectors (docs/research/portal-facts.md §1.4, §6) and the Fluent UI sources, not copies
 * of the live portal; add the live shape here first whenever a detection miss is fixed.
 */

/** Knockout-Fx form row: label text in .azc-form-labelcontainer, control in a following .azc-formElementContainer. */
export function knockoutRow(label: string, value: string, options: { labelTag?: 'label' | 'div'; id?: string } = {}): string {
  const tag = options.labelTag ?? 'label';
  return `
  <div class="azc-form-row fxc-section-row">
    <div class="azc-form-labelcontainer azc-text-label"><${tag}>${label}<span class="azc-required-marker">*</span></${tag}></div>
    <div class="azc-form-content">
      <div class="azc-formElementContainer">
        <div class="azc-formControl azc-input fxc-dropdown-input msportalfx-tooltip-overflow" tabindex="0" ${options.id ? `id="${options.id}"` : ''}>
          <span class="fxc-dropdown-value">${value}</span>
        </div>
      </div>
    </div>
  </div>`;
}

/** Knockout-Fx text box row. */
export function knockoutTextRow(label: string, value: string): string {
  return `
  <div class="azc-form-row">
    <div class="azc-form-labelcontainer"><div class="azc-text-label">${label}</div></div>
    <div><div class="azc-formElementContainer"><div class="azc-inputbox-wrapper"><input class="azc-input azc-formControl" type="text" value="${value}"></div></div></div>
  </div>`;
}

/** Fluent UI v8 Dropdown (a div role=combobox labelled by a sibling ms-Label). */
export function fluentDropdown(id: string, label: string, value: string | null): string {
  const title =
    value === null ? `<span id="${id}-option" class="ms-Dropdown-title ms-Dropdown-titleIsPlaceHolder">Select an option</span>` : `<span id="${id}-option" class="ms-Dropdown-title">${value}</span>`;
  return `
  <div class="ms-Dropdown-container">
    <label class="ms-Label ms-Dropdown-label" id="${id}-label">${label}</label>
    <div data-is-focusable="true" id="${id}" class="ms-Dropdown" tabindex="0" role="combobox" aria-haspopup="listbox"
         aria-expanded="false" aria-labelledby="${id}-label ${id}-option">
      ${title}<span class="ms-Dropdown-caretDownWrapper"><i data-icon-name="ChevronDown" aria-hidden="true"></i></span>
    </div>
  </div>`;
}

/** Fluent UI v8 TextField. */
export function fluentTextField(id: string, label: string, value = '', multiline = false): string {
  const control = multiline ? `<textarea id="${id}" class="ms-TextField-field">${value}</textarea>` : `<input id="${id}" type="text" class="ms-TextField-field" value="${value}">`;
  return `
  <div class="ms-TextField">
    <div class="ms-TextField-wrapper">
      <label for="${id}" id="${id}-label" class="ms-Label">${label}</label>
      <div class="ms-TextField-fieldGroup">${control}</div>
    </div>
  </div>`;
}

/** Fluent UI v8 ChoiceGroup (role=radiogroup labelled by its ms-Label). */
export function fluentChoiceGroup(id: string, label: string, options: Array<{ value: string; text: string; checked?: boolean }>): string {
  const items = options
    .map(
      (option) => `
      <div class="ms-ChoiceField"><div class="ms-ChoiceField-wrapper">
        <input id="${id}-${option.value}" class="ms-ChoiceField-input" type="radio" name="${id}" value="${option.value}" ${option.checked ? 'checked' : ''}>
        <label for="${id}-${option.value}" class="ms-ChoiceField-field"><span class="ms-ChoiceFieldLabel">${option.text}</span></label>
      </div></div>`,
    )
    .join('');
  return `
  <div class="ms-ChoiceFieldGroup" role="radiogroup" aria-labelledby="${id}-label">
    <label class="ms-Label" id="${id}-label">${label}</label>
    <div class="ms-ChoiceFieldGroup-flexContainer">${items}</div>
  </div>`;
}

/** Fluent UI v9 Field + Dropdown (a button role=combobox). */
export function fluentV9Combobox(id: string, label: string, value: string | null): string {
  const shown = value === null ? '<span class="fui-Dropdown__placeholder">Select severity</span>' : `<span>${value}</span>`;
  return `
  <div class="fui-Field">
    <label class="fui-Label" id="${id}__label" for="${id}">${label}<span aria-hidden="true" class="fui-Label__required"> *</span></label>
    <div class="fui-Dropdown">
      <button id="${id}" type="button" role="combobox" class="fui-Dropdown__button" aria-expanded="false" aria-labelledby="${id}__label">
        ${shown}<span class="fui-Dropdown__expandIcon"><svg aria-hidden="true"></svg></span>
      </button>
    </div>
  </div>`;
}

/** Native select with label[for]. */
export function nativeSelect(id: string, label: string, options: string[], selected: number): string {
  return `
  <div class="row"><label for="${id}">${label}</label>
  <select id="${id}">${options.map((option, index) => `<option ${index === selected ? 'selected' : ''}>${option}</option>`).join('')}</select></div>`;
}

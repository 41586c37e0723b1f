import { beforeEach, describe, expect, it } from 'vitest';
import { controlLabel, findField, findFields } from '../../../lib/form/fields';
import { readControlValue } from '../../../lib/form/value';
import { fluentChoiceGroup, fluentDropdown, fluentTextField, fluentV9Combobox, knockoutRow, knockoutTextRow, nativeSelect } from './fixtures';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('findField by markup style', () => {
  it('Knockout-Fx row with a <label> and a dropdown', () => {
    page(knockoutRow('Subscription', 'Contoso production'));
    const found = findField(document, 'subscription');
    expect(found).toMatchObject({ kind: 'knockout-dropdown', via: 'knockout-row' });
    expect(found?.element.classList.contains('fxc-dropdown-input')).toBe(true);
    expect(found && readControlValue(found)).toBe('Contoso production');
  });

  it('Knockout-Fx row whose label is a div, in Spanish with a required marker', () => {
    page(knockoutRow('Plan de soporte técnico', 'Proveedor de soluciones en la nube', { labelTag: 'div' }));
    expect(findField(document, 'supportPlan')).toMatchObject({ kind: 'knockout-dropdown', via: 'knockout-row', label: 'Plan de soporte técnico*' });
  });

  it('Knockout-Fx text box row', () => {
    page(knockoutTextRow('First name', 'Lucía'));
    const found = findField(document, 'firstName');
    expect(found).toMatchObject({ kind: 'text', via: 'knockout-row' });
    expect(found && readControlValue(found)).toBe('Lucía');
  });

  it('Fluent v8 Dropdown labelled by aria-labelledby with two ids', () => {
    page(fluentDropdown('Dropdown7', 'Support plan', 'Cloud Solution Provider'));
    const found = findField(document, 'supportPlan');
    expect(found).toMatchObject({ kind: 'fluent-dropdown', via: 'accessible-name', label: 'Support plan' });
    expect(found?.element.id).toBe('Dropdown7');
    expect(found && readControlValue(found)).toBe('Cloud Solution Provider');
  });

  it('Fluent v8 Dropdown showing its placeholder reads as empty', () => {
    page(fluentDropdown('Dropdown8', 'Severity', null));
    const found = findField(document, 'severity');
    expect(found?.kind).toBe('fluent-dropdown');
    expect(found && readControlValue(found)).toBe('');
  });

  it('Fluent v8 TextField (label for) and multiline', () => {
    page(fluentTextField('TextField1', 'Email', 'support@fabrikam.example') + fluentTextField('TextField2', 'Description', 'VM down', true));
    expect(findField(document, 'email')).toMatchObject({ kind: 'text', via: 'accessible-name' });
    const description = findField(document, 'description');
    expect(description?.kind).toBe('textarea');
    expect(description && readControlValue(description)).toBe('VM down');
  });

  it('Fluent v8 ChoiceGroup: the group is the contact method, its "Email" radio is not the Email field', () => {
    page(
      fluentChoiceGroup('ChoiceGroup3', 'Preferred contact method', [
        { value: 'email', text: 'Email', checked: true },
        { value: 'phone', text: 'Phone' },
      ]),
    );
    const found = findField(document, 'contactMethod');
    expect(found).toMatchObject({ kind: 'radio-group', via: 'accessible-name' });
    expect(found?.element.getAttribute('role')).toBe('radiogroup');
    expect(found && readControlValue(found)).toBe('Email');
    expect(findField(document, 'email')).toBeNull();
    expect(findField(document, 'phone')).toBeNull();
  });

  it('Fluent v9 combobox button', () => {
    page(fluentV9Combobox('field-r3', 'Gravedad', 'B - Impacto moderado') + fluentV9Combobox('field-r4', 'Support language', null));
    const severity = findField(document, 'severity');
    expect(severity).toMatchObject({ kind: 'fluent-combobox', via: 'accessible-name' });
    expect(severity && readControlValue(severity)).toBe('B - Impacto moderado');
    const language = findField(document, 'supportLanguage');
    expect(language && readControlValue(language)).toBe('');
  });

  it('native select with label[for]: reads the selected option', () => {
    page(nativeSelect('country', 'País/región', ['España', 'México'], 1));
    const found = findField(document, 'country');
    expect(found).toMatchObject({ kind: 'select', label: 'País/región' });
    expect(found && readControlValue(found)).toBe('México');
  });

  it('select whose first option is a prompt reads as empty', () => {
    page('<label for="s">Time zone</label><select id="s"><option value="" selected>Select…</option><option>UTC</option></select>');
    const found = findField(document, 'timeZone');
    expect(found && readControlValue(found)).toBe('');
  });

  it('wrapping label: the label text leaves out the select options', () => {
    page('<label>Severity <select><option>A - Critical impact</option><option selected>C - Minimal impact</option></select></label>');
    const found = findField(document, 'severity');
    expect(found?.kind).toBe('select');
    expect(found && controlLabel(found.element)).toBe('Severity');
    expect(found && readControlValue(found)).toBe('C - Minimal impact');
  });

  it('aria-labelledby with several ids, one of them a section heading', () => {
    page('<h3 id="sec">Contact info</h3><span id="lab">Last name</span><input id="ln" aria-labelledby="sec lab" value="García">');
    const found = findField(document, 'lastName');
    expect(found?.element.id).toBe('ln');
    expect(found && controlLabel(found.element)).toBe('Contact info Last name');
  });

  it('aria-label and placeholder', () => {
    page('<input aria-label="Phone number" id="p"><input placeholder="Correo electrónico" id="e" type="email">');
    expect(findField(document, 'phone')?.element.id).toBe('p');
    expect(findField(document, 'email')?.element.id).toBe('e');
  });

  it('fieldset with a legend and native radios', () => {
    page(`<fieldset id="fs"><legend>Método de contacto preferido</legend>
      <label><input type="radio" name="m" value="email"> Correo electrónico</label>
      <label><input type="radio" name="m" value="phone" checked> Teléfono</label></fieldset>`);
    const found = findField(document, 'contactMethod');
    expect(found).toMatchObject({ kind: 'radio-group' });
    expect(found?.element.id).toBe('fs');
    expect(found && readControlValue(found)).toBe('Teléfono');
    expect(findField(document, 'email')).toBeNull();
  });

  it('radios under a plain heading are found by proximity', () => {
    page(`<div class="section"><div class="q"><div>Advanced diagnostic information</div>
      <div><span role="radio" aria-checked="true">Yes</span><span role="radio" aria-checked="false">No</span></div></div></div>`);
    const found = findField(document, 'advancedDiagnostics');
    expect(found).toMatchObject({ kind: 'radio-group', via: 'proximity' });
    expect(found && readControlValue(found)).toBe('Yes');
  });

  it('checkbox with its own label', () => {
    page('<input type="checkbox" id="c" checked><label for="c">Allow collection of advanced diagnostic information</label>');
    const found = findField(document, 'advancedDiagnostics');
    expect(found?.kind).toBe('checkbox');
    expect(found && readControlValue(found)).toBe(true);
  });

  it('Fluent v8 ComboBox input inside its wrapper is one fluent-combobox', () => {
    page(
      '<label id="cl" for="cb-input">Country/region</label><div class="ms-ComboBox"><input id="cb-input" role="combobox" aria-labelledby="cl" value="Spain"><button aria-hidden="true" tabindex="-1"></button></div>',
    );
    const found = findField(document, 'country');
    expect(found).toMatchObject({ kind: 'fluent-combobox' });
    expect(found && readControlValue(found)).toBe('Spain');
  });

  it('a Knockout dropdown with an inner combobox input is one control', () => {
    page('<span id="kl">Service</span><div class="fxc-dropdown-input" id="outer"><input role="combobox" aria-labelledby="kl" value=""></div>');
    const found = findField(document, 'service');
    expect(found?.element.id).toBe('outer');
    expect(found?.kind).toBe('knockout-dropdown');
  });
});

describe('findField guards', () => {
  it.each([
    ['hidden attribute', '<div hidden><label for="x">Email</label><input id="x"></div>'],
    ['aria-hidden ancestor', '<div aria-hidden="true"><label for="x">Email</label><input id="x"></div>'],
    ['inline display:none', '<div style="display: none"><label for="x">Email</label><input id="x"></div>'],
    ['inline visibility:hidden', '<div style="visibility:hidden"><label for="x">Email</label><input id="x"></div>'],
    ['type=hidden', '<input type="hidden" aria-label="Email">'],
    ['our own UI', '<div data-csp-assistant><label for="x">Email</label><input id="x"></div>'],
  ])('skips controls under %s', (_name, html) => {
    page(html);
    expect(findField(document, 'email')).toBeNull();
  });

  it('takes the visible control when a hidden copy comes first', () => {
    page('<div hidden><label for="a">Email</label><input id="a"></div><label for="b">Email</label><input id="b">');
    expect(findField(document, 'email')?.element.id).toBe('b');
  });

  it('does not let "Subscription management" (an option) name the Subscription field', () => {
    page('<div><span>Subscription management</span><input id="x"></div>');
    expect(findField(document, 'subscription')).toBeNull();
  });

  it('gives up when a label sits beside two controls it cannot tell apart', () => {
    page('<div><span>Email</span><input id="a"><input id="b"></div>');
    expect(findField(document, 'email')).toBeNull();
  });

  it('does not climb past another field label', () => {
    page('<div><div><span>Phone</span></div><div><span>Email</span><input id="e"></div></div>');
    expect(findField(document, 'phone')).toBeNull();
    expect(findField(document, 'email')?.element.id).toBe('e');
  });

  it('never takes the option text of a dropdown as a label', () => {
    page(fluentDropdown('D1', 'Preferred contact method', 'Email'));
    expect(findField(document, 'email')).toBeNull();
    expect(findField(document, 'contactMethod')?.kind).toBe('fluent-dropdown');
  });

  it('searches only inside the given root element', () => {
    page(`<section id="a">${fluentTextField('t1', 'Email')}</section><section id="b">${fluentTextField('t2', 'Email')}</section>`);
    expect(findField(document.getElementById('b') as Element, 'email')?.element.id).toBe('t2');
  });

  it('searches inside open shadow roots', () => {
    page('<div id="host"></div>');
    const shadow = (document.getElementById('host') as HTMLElement).attachShadow({ mode: 'open' });
    shadow.innerHTML = fluentTextField('inner', 'Phone number', '+34 600');
    expect(findField(document, 'phone')?.element.id).toBe('inner');
    expect(findField(shadow, 'phone')?.element.id).toBe('inner');
  });
});

describe('a label shared by two fields (ES "Tipo de problema")', () => {
  it('names Issue type first and Problem type second', () => {
    page(fluentDropdown('D1', 'Tipo de problema', 'Técnico') + fluentDropdown('D2', 'Servicio', 'Máquina virtual') + fluentDropdown('D3', 'Tipo de problema', 'No se puede conectar'));
    const fields = findFields(document);
    expect(fields.issueType?.element.id).toBe('D1');
    expect(fields.service?.element.id).toBe('D2');
    expect(fields.problemType?.element.id).toBe('D3');
  });

  it('with one occurrence it is Issue type only', () => {
    page(knockoutRow('Tipo de problema', 'Técnico') + knockoutRow('Suscripción', 'Contoso'));
    const fields = findFields(document);
    expect(fields.issueType).toBeDefined();
    expect(fields.problemType).toBeUndefined();
  });
});

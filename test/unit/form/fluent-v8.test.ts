import { act, createElement as h, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Checkbox, ChoiceGroup, ComboBox, Dropdown, setIconOptions, TextField } from '@fluentui/react';
import { detectForm } from '../../../lib/form/detect';
import { findFields } from '../../../lib/form/fields';
import { readControlValue } from '../../../lib/form/value';

/**
 * The real Fluent UI v8 components (the library React views of the Azure portal use), rendered into
 * happy-dom: guards the field finder against markup the hand-written fixtures only approximate.
 */

let root: Root | null = null;

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  setIconOptions({ disableWarnings: true }); // icons are not registered in tests
});

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

function render(element: ReactElement): void {
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root?.render(element));
}

function additionalDetails(lang: 'en' | 'es'): ReactElement {
  const t =
    lang === 'en'
      ? {
          plan: 'Support plan',
          severity: 'Severity',
          method: 'Preferred contact method',
          email: 'Email',
          phone: 'Phone',
          first: 'First name',
          last: 'Last name',
          country: 'Country/region',
          save: 'Save contact changes for future support requests',
          emailOption: 'Email',
          phoneOption: 'Phone',
        }
      : {
          plan: 'Plan de soporte técnico',
          severity: 'Gravedad',
          method: 'Método de contacto preferido',
          email: 'Correo electrónico',
          phone: 'Teléfono',
          first: 'Nombre',
          last: 'Apellidos',
          country: 'País o región',
          save: 'Guardar los cambios de contacto',
          emailOption: 'Correo electrónico',
          phoneOption: 'Teléfono',
        };
  return h(
    'div',
    null,
    h(Dropdown, {
      label: t.plan,
      required: true,
      options: [
        { key: 'csp', text: 'Cloud Solution Provider' },
        { key: 'dev', text: 'Developer' },
      ],
      defaultSelectedKey: 'csp',
    }),
    h(Dropdown, {
      label: t.severity,
      required: true,
      placeholder: 'Select',
      options: [
        { key: 'a', text: 'A - Critical impact' },
        { key: 'c', text: 'C - Minimal impact' },
      ],
    }),
    h(ChoiceGroup, {
      label: t.method,
      options: [
        { key: 'email', text: t.emailOption },
        { key: 'phone', text: t.phoneOption },
      ],
      defaultSelectedKey: 'phone',
    }),
    h(TextField, { label: t.first, required: true, defaultValue: 'Lucía' }),
    h(TextField, { label: t.last, required: true, defaultValue: 'García' }),
    h(TextField, { label: t.email, required: true, defaultValue: 'soporte@fabrikam.example' }),
    h(TextField, { label: t.phone }),
    h(ComboBox, {
      label: t.country,
      options: [
        { key: 'es', text: 'España' },
        { key: 'mx', text: 'México' },
      ],
      defaultSelectedKey: 'mx',
    }),
    h(Checkbox, { label: t.save, defaultChecked: true }),
  );
}

describe('real Fluent UI v8 controls', () => {
  it.each(['en', 'es'] as const)('finds and reads every field (%s)', (lang) => {
    render(additionalDetails(lang));
    const fields = findFields(document);
    expect(fields.supportPlan?.kind).toBe('fluent-dropdown');
    expect(fields.severity?.kind).toBe('fluent-dropdown');
    expect(fields.contactMethod?.kind).toBe('radio-group');
    expect(fields.country?.kind).toBe('fluent-combobox');
    const read = (key: keyof typeof fields) => {
      const found = fields[key];
      return found ? readControlValue(found) : undefined;
    };
    expect(read('supportPlan')).toBe('Cloud Solution Provider');
    expect(read('severity')).toBe('');
    expect(read('contactMethod')).toBe(lang === 'en' ? 'Phone' : 'Teléfono');
    expect(read('firstName')).toBe('Lucía');
    expect(read('lastName')).toBe('García');
    expect(read('email')).toBe('soporte@fabrikam.example');
    expect(read('phone')).toBe('');
    expect(read('country')).toBe('México');
  });

  it('detects the step and language from the rendered page', () => {
    render(additionalDetails('es'));
    expect(detectForm(document)).toMatchObject({ detected: true, portal: 'azure', language: 'es', step: 'additionalDetails', missing: ['supportLanguage', 'timeZone'] });
  });
});

import { describe, expect, it } from 'vitest';
import { formSnapshot } from '../../../lib/assistant/form-snapshot';

describe('formSnapshot', () => {
  const base = { severity: 'B - Moderate impact', issueType: 'Technical', summary: 'VM down', supportLanguage: 'English', contactMethod: 'Email' };

  it('reads severity, issue type, title, language and contact method from what the form showed', () => {
    expect(formSnapshot('azure', base, null)).toEqual({
      portal: 'azure',
      severity: 'B',
      response24x7: false,
      issueType: 'technical',
      title: 'VM down',
      service: null,
      supportLanguage: 'en',
      contactMethod: 'email',
    });
  });

  it.each([
    ['a Yes in the 24x7 choice', { response24x7: 'Yes' }, true],
    ['a Spanish Sí', { severity: 'B - Impacto moderado', response24x7: 'Sí' }, true],
    ['a No', { response24x7: 'No' }, false],
    ['a severity option naming 24x7', { severity: 'Severity B (Moderate Business Impact - 24x7 Response)' }, true],
    ['"24/7" in the option', { severity: 'B - Moderate impact (24/7)' }, true],
    ['a Yes on severity A (the choice belongs to B only)', { severity: 'A - Critical impact', response24x7: 'Yes' }, false],
    ['no choice and a plain B', {}, false],
  ])('24x7 response: %s', (_, over, expected) => {
    expect(formSnapshot('azure', { ...base, ...over }, null).response24x7).toBe(expected);
  });

  it('Emergency - Severe impact is recorded as E', () => {
    expect(formSnapshot('azure', { ...base, severity: 'Emergency - Severe impact' }, null).severity).toBe('E');
  });
});
